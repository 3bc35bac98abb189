package com.netfocus.contact.matching;

import com.netfocus.contracts.caller.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnownMatchesController {

    private final KnownMatches knownMatches;

    KnownMatchesController(KnownMatches knownMatches) {
        this.knownMatches = knownMatches;
    }

    /** "Start with the people you already know": per profile target, the org's contacts who fit it. */
    @GetMapping("/api/v1/plans/{planId}/known-matches")
    KnownMatchesView knownMatches(Caller caller, @PathVariable String planId) {
        return knownMatches.of(caller, planId);
    }
}
