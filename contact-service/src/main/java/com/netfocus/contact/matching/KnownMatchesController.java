package com.netfocus.contact.matching;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.consistency.PlanVersionWait;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts")
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
    @Operation(operationId = "knownMatches", summary = "Known contacts who fit the plan's profile targets",
            description = "\"Start with the people you already know\": per profile target, the plan owner's "
                    + "contacts who fit it. A plan this service has not seen yet, or of another org, is 404.\n\n"
                    + "Roles: the plan's owner, a MANAGER of its team or an ADMIN of its org (anyone else: 403).")
    @ApiResponse(responseCode = "200", description = "Per profile target, the contacts who fit it")
    @ApiResponse(responseCode = "403", description = "A plan of the org the caller may not read")
    KnownMatchesView knownMatches(Caller caller, @PathVariable String planId,
                                  @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion) {
        return knownMatches.of(caller, planId, minVersion);
    }
}
