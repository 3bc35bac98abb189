package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.state.ObjectiveStatus;
import com.netfocus.planning.view.ObjectiveView;
import com.netfocus.planning.view.PlanView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a plan carried forward starts with: a copy of each still-active objective of the closed plan (its wording and
 * SMART assessment as accepted; its deadline when it lies within the new period, else the new period's end) and a copy
 * of each active target of those objectives. Progress is not copied: the new plan counts its own. Ids are derived from
 * the new plan and the original, so that the same closure always makes the same copies. Pure.
 */
final class CarriedCopies {

    private CarriedCopies() {
    }

    static String nextPlanIdOf(String planId) {
        return derived(planId + "/carried-forward");
    }

    static CarriedForward of(PlanView closed, String nextPlanId, LocalDate periodStart, LocalDate periodEnd) {
        Map<String, String> objectiveIds = new HashMap<>();
        List<ObjectiveDefined> objectives = closed.objectives().stream()
                .filter(objective -> objective.status() == ObjectiveStatus.ACTIVE)
                .map(objective -> {
                    String copyId = derived(nextPlanId + "/objective/" + objective.objectiveId());
                    objectiveIds.put(objective.objectiveId(), copyId);
                    return copy(objective, nextPlanId, copyId, periodStart, periodEnd);
                })
                .toList();
        List<TargetIdentified> targets = closed.targets().stream()
                .filter(target -> objectiveIds.containsKey(target.objectiveId()))
                .map(target -> new TargetIdentified(nextPlanId, derived(nextPlanId + "/target/" + target.targetId()),
                        objectiveIds.get(target.objectiveId()), target.contactId(), target.profile(),
                        target.priority(), target.rationale()))
                .toList();
        return new CarriedForward(closed.planId(), objectives, targets);
    }

    private static ObjectiveDefined copy(ObjectiveView objective, String nextPlanId, String copyId,
                                         LocalDate periodStart, LocalDate periodEnd) {
        LocalDate deadline = objective.deadline();
        boolean within = deadline != null && periodStart != null && periodEnd != null
                && !deadline.isBefore(periodStart) && !deadline.isAfter(periodEnd);
        return new ObjectiveDefined(nextPlanId, copyId, objective.statement(), objective.outcome(),
                objective.metric(), objective.target(), within || periodEnd == null ? deadline : periodEnd,
                objective.smart());
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
