package com.netfocus.planning.briefing;

import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.platform.KnownPlatform;
import com.netfocus.planning.platform.PlatformAudience;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.planning.team.TeammateChoice;
import com.netfocus.planning.view.PlanView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a briefing together from what planning holds: the plan (its choice, targets, outreach and follow-ups), the
 * platform as the catalog listed it (may be unknown here: a briefing still says when to come), and the teammates'
 * choices of the same platform. The targets shown are those the platform was chosen for and every other target still
 * looked for whose people its audience holds. Pure.
 */
public final class BriefingAssembly {

    private BriefingAssembly() {
    }

    /** The briefing for a chosen platform; empty when the plan did not choose it. */
    public static Optional<Briefing> of(PlanView plan, String platformId, KnownPlatform platform,
                                        List<TeammateChoice> teammates) {
        PlatformChosen chosen = plan.platforms().stream().filter(choice -> choice.platformId().equals(platformId))
                .findFirst().orElse(null);
        if (chosen == null) {
            return Optional.empty();
        }
        PlatformAudience audience = platform == null || platform.audience() == null
                ? new PlatformAudience(List.of(), null)
                : new PlatformAudience(platform.audience(), platform.expectedAttendance());
        List<Briefing.Target> targets = new ArrayList<>();
        for (TargetIdentified target : plan.targets()) {
            boolean chosenFor = chosen.targetIds().contains(target.targetId());
            double people = audience.expectedPeople(target.profile());
            if (chosenFor || people > 0) {
                targets.add(new Briefing.Target(target.targetId(), target.objectiveId(), target.profile(),
                        target.contactId(), target.priority(), chosenFor,
                        target.profile() == null || !audience.isKnown() ? null : people));
            }
        }
        Set<String> served = targets.stream().map(Briefing.Target::targetId).collect(Collectors.toSet());
        return Optional.of(new Briefing(plan.planId(), platformId,
                platform == null ? chosen.platformName() : platform.name(), platform == null ? null : platform.kind(),
                platform == null ? null : platform.location(), platform == null ? null : platform.organizer(),
                platform == null ? null : platform.cost(), chosen.programStartsAt(), chosen.programEndsAt(),
                chosen.programStartsAt().minus(Duration.ofMinutes(chosen.arriveEarlyMinutes())),
                chosen.programEndsAt().plus(Duration.ofMinutes(chosen.stayLateMinutes())),
                chosen.arriveEarlyMinutes(), chosen.stayLateMinutes(), chosen.plannedHours(),
                platform == null ? null : platform.expectedAttendance(), targets,
                plan.outreach().stream().filter(outreach -> served.contains(outreach.targetId()))
                        .map(outreach -> new Briefing.Learned(outreach.outreachId(), outreach.targetId(),
                                outreach.channel(), outreach.happenedAt(), outreach.summary()))
                        .toList(),
                teammates.stream().map(teammate -> new Briefing.Teammate(teammate.ownerId(), teammate.planId(),
                        teammate.profiles())).toList(),
                plan.followUps().stream()
                        .filter(followUp -> followUp.status() == FollowUpStatus.OPEN)
                        .filter(followUp -> followUp.targetId() != null && served.contains(followUp.targetId()))
                        .map(followUp -> new Briefing.OpenFollowUp(followUp.followUpId(), followUp.personName(),
                                followUp.contactId(), followUp.targetId(), followUp.dueOn(), followUp.action()))
                        .toList()));
    }

    /**
     * The briefing in a few lines, for a calendar event: when to arrive and leave, whom the platform serves, and who of
     * the team goes too.
     */
    public static String shortText(Briefing briefing) {
        StringBuilder text = new StringBuilder()
                .append("Arrive ").append(briefing.arriveEarlyMinutes()).append(" min before the programme, leave ")
                .append(briefing.stayLateMinutes()).append(" min after it: most networking happens then.\n");
        List<String> people = briefing.targets().stream().map(BriefingAssembly::describe).toList();
        if (!people.isEmpty()) {
            text.append("For: ").append(String.join("; ", people)).append(".\n");
        }
        if (!briefing.teammates().isEmpty()) {
            text.append("Teammates going: ").append(briefing.teammates().stream()
                    .map(teammate -> teammate.memberId() + " (" + teammate.profiles().stream()
                            .map(BriefingAssembly::words).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; "))).append(".\n");
        }
        return text.toString().strip();
    }

    private static String describe(Briefing.Target target) {
        if (target.profile() == null) {
            return "a known contact (priority " + target.priority() + ")";
        }
        String expected = target.expectedPeople() == null ? ""
                : ", about " + Math.round(target.expectedPeople()) + " expected";
        return words(target.profile()) + " (priority " + target.priority() + expected + ")";
    }

    private static String words(TargetProfile profile) {
        String words = Stream.of(profile.position(), profile.function(), profile.industry())
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? "anybody" : words;
    }
}
