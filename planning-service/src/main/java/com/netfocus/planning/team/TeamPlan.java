package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanSequenceGuard;

import java.util.ArrayList;
import java.util.List;

/**
 * What planning keeps of one plan for its teammates: its owner, its profile targets (a retired one marked) and the
 * platforms it chose, with the targets each was chosen for (a withdrawn choice gone). A closed plan keeps nothing: it
 * goes nowhere any more. {@code appliedSequence} is the plan's last event applied: a redelivered one changes nothing.
 * Immutable and pure.
 */
public record TeamPlan(String planId, String ownerId, long appliedSequence, boolean closed, List<KeptTarget> targets,
                       List<KeptChoice> choices) {

    public TeamPlan {
        targets = targets == null ? List.of() : List.copyOf(targets);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A plan nothing is known of yet. */
    public static TeamPlan unknown(String planId) {
        return new TeamPlan(planId, null, PlanSequenceGuard.NOTHING_APPLIED, false, List.of(), List.of());
    }

    /** A profile target of the plan (named contacts are met directly, never at a platform for the team). */
    public record KeptTarget(String targetId, TargetProfile profile, boolean retired) {
    }

    /** A platform the plan chose, and the targets it chose it for. */
    public record KeptChoice(String platformId, List<String> targetIds) {

        public KeptChoice {
            targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        }
    }

    /**
     * The plan with the event applied; itself for an event already applied or early (see {@link PlanSequenceGuard}).
     * Every applied event moves the applied sequence. Throws {@link UnreadableEventException} for an event that lacks
     * what it must name.
     */
    public TeamPlan applied(PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(appliedSequence, envelope.sequence())) {
            return this;
        }
        TeamPlan next = changedBy(envelope, event);
        return new TeamPlan(planId, next.ownerId, envelope.sequence(), next.closed, next.targets, next.choices);
    }

    /** The profiles, as the plan wrote them, of the targets it chose the platform for; none if it did not choose it. */
    public List<TargetProfile> profilesAt(String platformId) {
        List<TargetProfile> profiles = new ArrayList<>();
        choices.stream().filter(choice -> choice.platformId().equals(platformId)).findFirst()
                .ifPresent(choice -> choice.targetIds().forEach(targetId -> targets.stream()
                        .filter(target -> target.targetId().equals(targetId) && !target.retired())
                        .findFirst()
                        .ifPresent(target -> profiles.add(target.profile()))));
        return profiles;
    }

    private TeamPlan changedBy(PlanEventEnvelope envelope, PlanEvent event) {
        if (event instanceof PlanCreated created) {
            return with(created.ownerId() != null ? created.ownerId() : envelope.actor(), closed, targets, choices);
        }
        if (closed) {
            return this;
        }
        if (event instanceof TargetIdentified identified && identified.profile() != null) {
            List<KeptTarget> more = new ArrayList<>(targets);
            more.add(new KeptTarget(required(envelope, identified.targetId(), "targetId"), identified.profile(),
                    false));
            return with(ownerId, false, more, choices);
        }
        if (event instanceof TargetRetired retired) {
            String targetId = required(envelope, retired.targetId(), "targetId");
            return with(ownerId, false, targets.stream()
                    .map(target -> target.targetId().equals(targetId)
                            ? new KeptTarget(targetId, target.profile(), true) : target)
                    .toList(), choices);
        }
        if (event instanceof PlatformChosen chosen) {
            List<KeptChoice> more = new ArrayList<>(choices);
            more.add(new KeptChoice(required(envelope, chosen.platformId(), "platformId"), chosen.targetIds()));
            return with(ownerId, false, targets, more);
        }
        if (event instanceof PlatformWithdrawn withdrawn) {
            String platformId = required(envelope, withdrawn.platformId(), "platformId");
            return with(ownerId, false, targets, choices.stream()
                    .filter(choice -> !choice.platformId().equals(platformId)).toList());
        }
        if (event instanceof PlanClosed) {
            return with(ownerId, true, List.of(), List.of());
        }
        return this;
    }

    private TeamPlan with(String owner, boolean isClosed, List<KeptTarget> keptTargets, List<KeptChoice> keptChoices) {
        return new TeamPlan(planId, owner, appliedSequence, isClosed, keptTargets, keptChoices);
    }

    private static String required(PlanEventEnvelope envelope, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " has no " + field, null);
        }
        return value;
    }
}
