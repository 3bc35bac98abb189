package com.netfocus.contact.people;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ReadAccess;
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
class PlanPeopleController {

    private final PlanPeopleStore store;
    private final PlanVersionWait versionWait;

    PlanPeopleController(PlanPeopleStore store, PlanVersionWait versionWait) {
        this.store = store;
        this.versionWait = versionWait;
    }

    /**
     * The plan's targets and people met, for its owner, a manager of its team or an admin of its org (others of the
     * org 403; another org's plan, or one this service has not seen created, 404 — never shown half-known).
     * {@code minVersion}: wait, bounded, until the projection reflects that plan version, else 503 with Retry-After.
     */
    @GetMapping("/api/v1/plans/{planId}/people")
    @Operation(operationId = "planPeople", summary = "The plan's targets and the people met",
            description = "A plan this service has not seen yet, or of another org, is 404.\n\nRoles: the plan's "
                    + "owner, a MANAGER of its team or an ADMIN of its org (anyone else: 403).")
    @ApiResponse(responseCode = "200", description = "Targets and people met")
    @ApiResponse(responseCode = "403", description = "A plan of the org the caller may not read")
    PlanPeopleView people(Caller caller, @PathVariable String planId,
                          @RequestParam(name = PlanVersionWait.MIN_VERSION, required = false) Long minVersion) {
        return PlanPeopleView.of(versionWait.read(planId, minVersion, () -> store.find(planId),
                PlanPeople::appliedSequence,
                people -> ReadAccess.ensureReadable("plan", planId, people.ownership(), caller)));
    }
}
