package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import com.netfocus.catalog.platform.PlatformKind;
import com.netfocus.support.importing.LineIndex;
import com.netfocus.support.importing.ParsedFile;
import com.netfocus.support.importing.RootCause;
import com.netfocus.support.problem.PayloadTooLargeException;
import com.netfocus.support.problem.UnreadableFileException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads platforms from an iCalendar file, one per VEVENT (its line is that of its BEGIN:VEVENT):
 * <ul>
 * <li>SUMMARY → name, DESCRIPTION → topic, LOCATION → location, ORGANIZER → organizer (its CN, else the
 *     address without "mailto:");</li>
 * <li>DTSTART → programStartsAt, DTEND (or DTSTART + DURATION) → programEndsAt; times must carry a zone
 *     (UTC or TZID): a floating time or a date without time is rejected;</li>
 * <li>doors: X-NETFOCUS-DOORS-OPEN / X-NETFOCUS-DOORS-CLOSE (ISO-8601 with offset) if given, else the
 *     configured margins before and after the programme;</li>
 * <li>kind: X-NETFOCUS-KIND, else the first CATEGORIES value naming a kind ("Chamber meeting");</li>
 * <li>X-NETFOCUS-EXPECTED-ATTENDANCE, X-NETFOCUS-COST, X-NETFOCUS-NETWORKING (true/false) and
 *     X-NETFOCUS-AUDIENCE ({@code function|position|industry=share; ...}), which plain calendars lack:
 *     an event without them is rejected naming the property to add.</li>
 * </ul>
 * Recurring events (RRULE/RDATE) are rejected rather than guessed: export their occurrences as events.
 * A syntax error in the calendar refuses the whole file, with its line.
 */
final class PlatformIcsReader {

    static final String KIND = "X-NETFOCUS-KIND";
    static final String EXPECTED_ATTENDANCE = "X-NETFOCUS-EXPECTED-ATTENDANCE";
    static final String COST = "X-NETFOCUS-COST";
    static final String NETWORKING = "X-NETFOCUS-NETWORKING";
    static final String AUDIENCE = "X-NETFOCUS-AUDIENCE";
    static final String DOORS_OPEN = "X-NETFOCUS-DOORS-OPEN";
    static final String DOORS_CLOSE = "X-NETFOCUS-DOORS-CLOSE";
    private static final String MAILTO = "mailto:";

    private PlatformIcsReader() {
    }

    static ParsedFile<PlatformRow> read(String text, CatalogImportProperties properties) {
        List<Long> starts = LineIndex.linesOf(text, "BEGIN:VEVENT");
        if (LineIndex.linesOf(text, "BEGIN:VCALENDAR").isEmpty()) {
            throw new UnreadableFileException("file", "is not an iCalendar file (no BEGIN:VCALENDAR line)");
        }
        if (starts.isEmpty()) {
            throw new UnreadableFileException("file", "holds no event (no BEGIN:VEVENT line)");
        }
        if (starts.size() > properties.maxRows()) {
            throw new PayloadTooLargeException("file", "has more than " + properties.maxRows() + " events; split it into smaller files");
        }
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        List<PlatformRow> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            rows.add(row(i < starts.size() ? starts.get(i) : 0, events.get(i), properties));
        }
        return new ParsedFile<>(rows, List.of());
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new UnreadableFileException("file", "cannot be read as iCalendar at line " + e.getLineNo() + ": "
                    + RootCause.messageOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new UnreadableFileException("file", "cannot be read as iCalendar: " + RootCause.messageOf(e));
        }
    }

    private static PlatformRow row(long line, VEvent event, CatalogImportProperties properties) {
        PlatformValues values = new PlatformValues();
        if (!event.getProperties(Property.RRULE).isEmpty() || !event.getProperties(Property.RDATE).isEmpty()) {
            values.fail("programStartsAt", "the event recurs (RRULE/RDATE); recurring events are not expanded, "
                    + "export each occurrence as an event");
        }
        Instant programStartsAt = instant(values, "programStartsAt", Property.DTSTART,
                event.getProperty(Property.DTSTART));
        Instant programEndsAt = instant(values, "programEndsAt", Property.DTEND + " (or DURATION)",
                event.getEndDate(true).map(end -> (Property) end));
        Instant startsAt = values.instant("startsAt", value(event, DOORS_OPEN));
        Instant endsAt = values.instant("endsAt", value(event, DOORS_CLOSE));
        if (startsAt == null && programStartsAt != null) {
            startsAt = programStartsAt.minus(properties.doorsOpenBefore());
        }
        if (endsAt == null && programEndsAt != null) {
            endsAt = programEndsAt.plus(properties.doorsCloseAfter());
        }
        AddPlatform platform = new AddPlatform(
                PlatformValues.text(value(event, Property.SUMMARY)),
                required(values, "kind", KIND + " or a CATEGORIES value naming one of " + Arrays.toString(PlatformKind.values()),
                        kind(values, event)),
                organizer(event),
                PlatformValues.text(value(event, Property.DESCRIPTION)),
                startsAt, endsAt, programStartsAt, programEndsAt,
                PlatformValues.text(value(event, Property.LOCATION)),
                required(values, "cost", COST, values.decimal("cost", value(event, COST))),
                required(values, "networkingSupported", NETWORKING, values.bool("networkingSupported", value(event, NETWORKING))),
                required(values, "expectedAttendance", EXPECTED_ATTENDANCE,
                        values.integer("expectedAttendance", value(event, EXPECTED_ATTENDANCE))),
                values.audience("audience", value(event, AUDIENCE)));
        return new PlatformRow(line, platform, values.errors());
    }

    private static PlatformKind kind(PlatformValues values, VEvent event) {
        if (value(event, KIND) != null) {
            return values.kind("kind", value(event, KIND));
        }
        return event.getProperties(Property.CATEGORIES).stream()
                .flatMap(categories -> Arrays.stream(categories.getValue().split(",")))
                .map(PlatformValues::kindNamed)
                .flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /** Names the property to add when a value a platform needs is absent (and was not merely unreadable). */
    private static <T> T required(PlatformValues values, String field, String property, T value) {
        if (value == null && values.errors().stream().noneMatch(error -> error.field().equals(field))) {
            values.fail(field, "is missing: add " + property + " to the event");
        }
        return value;
    }

    private static Instant instant(PlatformValues values, String field, String property, Optional<Property> source) {
        if (source.isEmpty()) {
            values.fail(field, "is missing: the event has no " + property);
            return null;
        }
        Temporal time = ((DateProperty<?>) source.get()).getDate();
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time instanceof LocalDate) {
            values.fail(field, "is a date without a time; a platform needs the programme's times");
        } else if (time instanceof LocalDateTime) {
            values.fail(field, "has no time zone (a floating time); give a TZID or a UTC time");
        } else {
            values.fail(field, "cannot be read as a time");
        }
        return null;
    }

    private static String organizer(VEvent event) {
        Optional<Property> organizer = event.getProperty(Property.ORGANIZER);
        if (organizer.isEmpty()) {
            return null;
        }
        Optional<Parameter> commonName = organizer.get().getParameter(Parameter.CN);
        if (commonName.isPresent() && PlatformValues.text(commonName.get().getValue()) != null) {
            return commonName.get().getValue().strip();
        }
        String address = PlatformValues.text(organizer.get().getValue());
        return address != null && address.toLowerCase(Locale.ROOT).startsWith(MAILTO)
                ? address.substring(MAILTO.length()) : address;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
