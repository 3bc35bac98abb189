package com.netfocus.planning.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.util.List;

/**
 * An iCalendar (RFC 5545) file of events, built with ical4j, which names the properties, escapes TEXT values and
 * writes the times in UTC ("Z" form). The file is published (METHOD:PUBLISH) for calendars to subscribe to or import;
 * each event blocks time (TRANSP:OPAQUE). Pure.
 */
final class IcsFile {

    /** The calendar's display name, as the common calendar clients read it. */
    private static final String CALENDAR_NAME = "X-WR-CALNAME";

    private final String productId;

    IcsFile(String productId) {
        this.productId = productId;
    }

    String write(String name, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty(CALENDAR_NAME, text(name)));
        events.forEach(event -> calendar.add(event(event, stamp)));
        // written unfolded and folded here: ical4j folds by characters, splitting a character that takes two (😀)
        return ContentLineFolding.fold(calendar.toString());
    }

    private static VEvent event(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(event.start()));
        vevent.add(new DtEnd<>(event.end()));
        vevent.add(new Summary(text(event.summary())));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(text(event.location())));
        }
        vevent.add(new Description(text(event.description())));
        vevent.add(ImmutableTransp.OPAQUE);
        return vevent;
    }

    /**
     * Every line break as one LF, which ical4j escapes as "\n": a lone CR would otherwise end the content line early.
     * Absent text is empty.
     */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
