package com.netfocus.contact.matching;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.consistency.PlanVersionWait;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnownMatchesController {

    private final KnownMatches knownMatches;

    KnownMatchesController(KnownMatches knownMatches) {
        this.knownMatches = knownMatches;
    }

    /**
     * "Start with the people you already know": per profile target, the plan owner's contacts who fit it.
     * {@code minVersion}: wait, bounded, until the projection reflects that plan version, else 503 with Retry-After.
     */
    @GetMapping("/api/v1/plans/{planId}/known-matches")
    KnownMatchesView knownMatches(Caller caller, @PathVariable String planId,
                                  @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion) {
        return knownMatches.of(caller, planId, minVersion);
    }
}
