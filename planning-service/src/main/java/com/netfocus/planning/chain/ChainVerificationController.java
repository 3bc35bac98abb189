package com.netfocus.planning.chain;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.planning.view.PlanViews;
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
    ChainVerdict verification(Caller caller, @PathVariable String planId) {
        plans.current(planId, caller, null);
        return chains.verify(planId);
    }
}
