package com.netfocus.planning.view;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.state.ObjectiveEntry;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.access.Ownership;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a plan's state as the API shows it: its status along the chain, the hours planned and spent, and each
 * objective's progress, all derived from what the events left, never stored. Pure.
 */
public final class PlanViewRenderer {

    private PlanViewRenderer() {
    }

    public static PlanView render(PlanState state) {
        Ownership ownership = state.ownership();
        List<TargetIdentified> targets = state.targets();
        List<EventAttended> attendance = state.attendance();
        List<PlatformChosen> platforms = state.platforms();
        List<OutreachLogged> outreach = state.outreach();
        List<ObjectiveEntry> objectives = state.objectives();
        PlanStatus status = state.isClosed() ? PlanStatus.CLOSED : status(objectives, platforms, attendance);
        return new PlanView(state.planId(), state.title(), state.periodStart(), state.periodEnd(), status,
                ownership.ownerId(), ownership.org(), ownership.team(), state.version(),
                new PlanView.Hours(state.hoursBudget(), state.plannedHours(), spentHours(attendance)),
                objectives.stream().map(objective -> viewOf(objective, progressOf(objective, targets, attendance,
                        outreach))).toList(), state.activeTargets(), outreach, platforms, attendance,
                state.followUps(), state.retiredTargets(), state.previousPlanId(), state.nextPlanId());
    }

    private static ObjectiveView viewOf(ObjectiveEntry objective, ObjectiveProgress progress) {
        return new ObjectiveView(objective.objectiveId(), objective.statement(), objective.outcome(),
                objective.metric(), objective.target(), objective.deadline(), objective.smart(), objective.warnings(),
                objective.status(), objective.closingNote(), progress);
    }

    /** How far the plan's objective has come, as its view shows it; null when the plan has no such objective. */
    public static ObjectiveProgress progress(PlanState state, String objectiveId) {
        ObjectiveEntry objective = state.objective(objectiveId);
        return objective == null ? null
                : progressOf(objective, state.targets(), state.attendance(), state.outreach());
    }

    /**
     * People met at events on the objective's targets, outreach logged on its targets, and progress recorded by hand.
     * A person met counts once per attendance that names one of the targets.
     */
    private static ObjectiveProgress progressOf(ObjectiveEntry objective, List<TargetIdentified> targets,
                                                List<EventAttended> attendance, List<OutreachLogged> outreach) {
        Set<String> targetIds = targets.stream()
                .filter(target -> Objects.equals(target.objectiveId(), objective.objectiveId()))
                .map(TargetIdentified::targetId)
                .collect(Collectors.toSet());
        int peopleMet = (int) attendance.stream()
                .flatMap(attended -> attended.contactsMet().stream())
                .map(PersonMet::targetId)
                .filter(targetIds::contains)
                .count();
        int outreachDone = (int) outreach.stream()
                .filter(logged -> targetIds.contains(logged.targetId()))
                .count();
        return ObjectiveProgress.of(peopleMet, outreachDone, objective.manualProgress(), objective.target());
    }

    private static PlanStatus status(List<ObjectiveEntry> objectives, List<PlatformChosen> platforms,
                                     List<EventAttended> attendance) {
        if (!attendance.isEmpty()) {
            return PlanStatus.ACTIVE;
        }
        if (!platforms.isEmpty()) {
            return PlanStatus.SCHEDULED;
        }
        return objectives.isEmpty() ? PlanStatus.OPEN : PlanStatus.FOCUSED;
    }

    private static double spentHours(List<EventAttended> attendance) {
        return attendance.stream().mapToDouble(EventAttended::hoursInvested).sum();
    }
}
