package com.netfocus.planning.calendar;

import com.netfocus.planning.briefing.Briefing;
import com.netfocus.planning.briefing.BriefingAssembly;
import com.netfocus.planning.view.PlanView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A plan's chosen platforms as calendar events: each blocks the whole stay, from the arrive-early minutes before the
 * programme to the stay-late minutes after it (most networking happens then), takes place where the catalog says, and
 * carries a short briefing (when to arrive and leave, whom the platform serves, which teammates go). The
 * UID is stable per plan and platform, so a calendar that imports the file again updates the event instead of
 * adding a copy. Pure.
 */
final class PlanCalendar {

    private final IcsFile file;
    private final String uidDomain;

    PlanCalendar(IcsFile file, String uidDomain) {
        this.file = file;
        this.uidDomain = uidDomain;
    }

    /**
     * @param briefings the briefing of each chosen platform, by platform id: its short text is the event's
     *                  description, and its platform's place the event's location (none while the catalog has not said)
     */
    public String ics(PlanView plan, Map<String, Briefing> briefings, Instant stamp) {
        List<CalendarEvent> events = plan.platforms().stream()
                .map(chosen -> {
                    Briefing briefing = briefings.get(chosen.platformId());
                    return new CalendarEvent(chosen.planId() + "-" + chosen.platformId() + "@" + uidDomain,
                            briefing.arriveAt(), briefing.leaveAt(), chosen.platformName(), briefing.location(),
                            BriefingAssembly.shortText(briefing));
                })
                .toList();
        return file.write(plan.title(), events, stamp);
    }
}
