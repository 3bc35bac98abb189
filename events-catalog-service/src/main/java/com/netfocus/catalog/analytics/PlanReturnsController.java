package com.netfocus.catalog.analytics;

import com.netfocus.contracts.caller.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's return per objective and per money, for the plan's results and the dashboards. */
@RestController
@Tag(name = "Analytics")
class PlanReturnsController {

    private final PlanReturnsReader reader;

    PlanReturnsController(PlanReturnsReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/plans/{planId}/returns")
    @Operation(operationId = "planReturns", summary = "The plan's return per objective and per money", description =
            "Per objective and in all: the platforms attended that served it and their hours (a platform chosen for "
                    + "targets of two objectives counts for both), target people met for it and per hour, the "
                    + "recommendation's forecast of them against those met, what the platforms cost and the cost per "
                    + "target person met. Read as the plan is: its owner, a MANAGER of its team, an ADMIN of its org.")
    @ApiResponse(responseCode = "200", description = "The returns")
    @ApiResponse(responseCode = "403", description = "A plan of the org the caller may not read")
    @ApiResponse(responseCode = "404", description = "No such plan in the caller's org")
    PlanReturns returns(Caller caller, @PathVariable String planId) {
        return reader.of(caller, planId);
    }
}
