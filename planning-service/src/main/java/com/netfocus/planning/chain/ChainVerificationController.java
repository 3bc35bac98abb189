package com.netfocus.planning.chain;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.planning.view.PlanViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a plan's stored events are as they were written, and where its hash chain breaks if not: for whoever may
 * read the plan (404 for another org, 403 for a rep of the org who may not, as for the plan itself).
 */
@RestController
class ChainVerificationController {

    private final PlanViews plans;
    private final PlanChains chains;

    ChainVerificationController(PlanViews plans, PlanChains chains) {
        this.plans = plans;
        this.chains = chains;
    }

    @GetMapping("/api/v1/plans/{planId}/history/verification")
    @Tag(name = "Plans")
    @Operation(operationId = "verifyPlanHistory", summary = "Whether the plan's stored events are as they were "
            + "written", description = "Every stored event of a plan carries a hash over its content as stored "
            + "(payload with personal fields sealed, type, sequence, plan id, timestamp, actor, org, team, correlation "
            + "id) and the hash of the plan's event before it: a chain per plan. This walks the plan's event documents "
            + "exactly as they lie in the store and answers whether the chain is intact and, if not, the first "
            + "sequence that cannot be vouched for and why (altered, removed, moved, or without a hash where the chain "
            + "runs). `chainStartsAt` is 0, or for a plan stored before chains existed the sequence of its first event "
            + "since (null while it has had none). Erasing a person destroys a key, never a stored byte: chains stay "
            + "intact.")
    @ApiResponse(responseCode = "200", description = "The verdict on the plan's chain", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ChainVerdict.class), examples =
            @ExampleObject(value = "{\"intact\":false,\"checkedEvents\":2,\"chainStartsAt\":0,\"firstBreak\":"
                    + "{\"sequence\":2,\"reason\":\"the event's content does not match its hash: it was altered, or "
                    + "moved to this sequence, after it was stored\"}}")))
    ChainVerdict verification(Caller caller, @PathVariable String planId) {
        plans.current(planId, caller, null);
        return chains.verify(planId);
    }
}
