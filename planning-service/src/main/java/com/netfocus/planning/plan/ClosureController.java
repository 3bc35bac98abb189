package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.checks.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Closing a plan, optionally carrying its open objectives and their targets forward into a new plan. */
@RestController
@Tag(name = "Plans", description = "Open a plan, read it now or as of a moment, and its audit history.")
class ClosureController {

    private final PlanClosures closures;

    ClosureController(PlanClosures closures) {
        this.closures = closures;
    }

    /** {@code nextPlanId} is set when the closure carried the plan forward. */
    public record Closed(String planId,
                         @Schema(description = "The plan carrying this one forward; null without carry-forward")
                         String nextPlanId, long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/closure")
    @Operation(operationId = "closePlan", summary = "Close a plan, carrying it forward if asked", description = "A "
            + "closed plan takes no more changes (409) and stays readable with its history. With carryForward a new "
            + "plan for the period and budget given starts with copies of the still-open objectives and their active "
            + "targets; both plans name each other. Asking again answers the same and stores nothing more.")
    @ApiResponse(responseCode = "200", description = "Closed; nextPlanId names the plan carrying it forward")
    @ApiResponse(responseCode = "422", description = "With carryForward: a period or budget missing or invalid; "
            + "without it: a period or budget given; nothing was stored.")
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
