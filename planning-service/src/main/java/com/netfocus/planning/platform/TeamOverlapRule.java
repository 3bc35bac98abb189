package com.netfocus.planning.platform;

import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.state.PlanState;
import com.netfocus.planning.team.TeammateChoice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether choosing a platform sends a second rep of the team to the same people: a teammate's plan chose the same
 * platform for a target of the same profile ({@link TargetProfile#normalised()}) as one this choice names. The
 * teammates' choices travel in the command (planning's own projection of its plan events, read before the command is
 * sent), so the aggregate decides without reading anything. Beside the other choice rules: the org decides whether an
 * overlap is a warning in the answer or a refusal ({@link PlatformChoiceRules}).
 */
public final class TeamOverlapRule {

    private TeamOverlapRule() {
    }

    public static Optional<TeamOverlap> overlap(PlanState plan, ChoosePlatform command) {
        List<TeammateChoice> choices = command.teammates().of(plan.ownership().team());
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        Set<String> teammates = new LinkedHashSet<>();
        List<TargetProfile> profiles = new ArrayList<>();
        for (String targetId : command.targetIds()) {
            TargetProfile own = plan.targets().stream().filter(target -> target.targetId().equals(targetId))
                    .map(TargetIdentified::profile).filter(profile -> profile != null).findFirst().orElse(null);
            if (own == null) {
                continue;
            }
            boolean shared = false;
            for (TeammateChoice teammate : choices) {
                if (teammate.profiles().stream().anyMatch(theirs -> theirs.normalised().equals(own.normalised()))) {
                    teammates.add(teammate.ownerId());
                    shared = true;
                }
            }
            if (shared && profiles.stream().noneMatch(known -> known.normalised().equals(own.normalised()))) {
                profiles.add(own);
            }
        }
        return teammates.isEmpty() ? Optional.empty() : Optional.of(new TeamOverlap(List.copyOf(teammates), profiles));
    }

    /** The overlap in words, for a refusal: who goes already, and for whom. */
    static String refusal(TeamOverlap overlap) {
        return String.join(", ", overlap.teammates()) + (overlap.teammates().size() == 1 ? " already goes" : " already go")
                + " there for " + describe(overlap.profiles()) + ": your org asks that two reps of a team do not "
                + "spend an evening on the same people; choose another platform, or agree with them who goes";
    }

    private static String describe(List<TargetProfile> profiles) {
        List<String> words = new ArrayList<>();
        for (TargetProfile profile : profiles) {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] {profile.function(), profile.position(), profile.industry()}) {
                if (part != null && !part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            words.add(parts.isEmpty() ? "anybody" : String.join(" ", parts));
        }
        return String.join(", ", words);
    }
}
