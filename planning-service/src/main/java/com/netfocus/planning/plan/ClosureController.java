package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.checks.Violations;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Closing a plan, optionally carrying its open objectives and their targets forward into a new plan. */
@RestController
class ClosureController {

    private final PlanClosures closures;

    ClosureController(PlanClosures closures) {
        this.closures = closures;
    }

    /** {@code nextPlanId} is set when the closure carried the plan forward. */
    public record Closed(String planId, String nextPlanId, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/closure")
    public Closed close(Caller caller, @PathVariable String planId,
                        @Valid @RequestBody(required = false) ClosePlanRequest request) {
        CarryForwardTerms terms = null;
        if (request != null && request.carriesForward()) {
            terms = new CarryForwardTerms(request.periodStart(), request.periodEnd(), request.hoursBudget());
        } else if (request != null) {
            new Violations()
                    .check(request.periodStart() == null, "periodStart", "only read with carryForward: true")
                    .check(request.periodEnd() == null, "periodEnd", "only read with carryForward: true")
                    .check(request.hoursBudget() == null, "hoursBudget", "only read with carryForward: true")
                    .throwIfAny();
        }
        PlanClosures.Closure closure = closures.close(planId, caller, terms, request == null ? null : request.reason());
        return new Closed(closure.planId(), closure.nextPlanId(), closure.version());
    }
}
