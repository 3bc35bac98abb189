package com.netfocus.contact.people;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanPeopleController {

    private final PlanPeopleStore store;

    PlanPeopleController(PlanPeopleStore store) {
        this.store = store;
    }

    /** A plan this service has not seen created (or of another org) is not found, never shown half-known. */
    @GetMapping("/api/v1/plans/{planId}/people")
    PlanPeopleView people(Caller caller, @PathVariable String planId) {
        return store.find(planId)
                .filter(people -> caller.org().equals(people.org()))
                .map(PlanPeopleView::of)
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }
}
