package com.netfocus.planning.calendar;

import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.view.PlanView;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan's chosen platforms as calendar events: each blocks the whole stay, from the arrive-early minutes before the
 * programme to the stay-late minutes after it (most networking happens then), and says whom it was chosen for. The
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

    public String ics(PlanView plan, Instant stamp) {
        Map<String, TargetIdentified> targets = plan.targets().stream()
                .collect(Collectors.toMap(TargetIdentified::targetId, Function.identity(), (a, b) -> a));
        // the chosen platform does not record where it takes place: no location until it does
        List<CalendarEvent> events = plan.platforms().stream()
                .map(chosen -> new CalendarEvent(chosen.planId() + "-" + chosen.platformId() + "@" + uidDomain,
                        chosen.programStartsAt().minus(Duration.ofMinutes(chosen.arriveEarlyMinutes())),
                        chosen.programEndsAt().plus(Duration.ofMinutes(chosen.stayLateMinutes())),
                        chosen.platformName(), null, description(chosen, targets)))
                .toList();
        return file.write(plan.title(), events, stamp);
    }

    static String description(PlatformChosen chosen, Map<String, TargetIdentified> targets) {
        String people = chosen.targetIds().stream()
                .map(id -> targets.containsKey(id) ? describe(targets.get(id)) : id)
                .collect(Collectors.joining("; "));
        return "Chosen for the people it serves: " + people + ".\n"
                + "Arrive early: " + chosen.arriveEarlyMinutes() + " min before the programme; stay late: "
                + chosen.stayLateMinutes() + " min after it. Most networking happens before and after the programme.";
    }

    private static String describe(TargetIdentified target) {
        TargetProfile profile = target.profile();
        if (profile == null) {
            return "a known contact (" + target.contactId() + ")";
        }
        String kind = java.util.stream.Stream.of(profile.position(), profile.function())
                .filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining(" "));
        String industry = profile.industry() == null || profile.industry().isBlank() ? ""
                : " in " + profile.industry();
        return (kind.isEmpty() ? "anyone" : kind) + industry + " (priority " + target.priority() + ")";
    }
}
