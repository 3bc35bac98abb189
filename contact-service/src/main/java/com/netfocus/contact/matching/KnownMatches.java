package com.netfocus.contact.matching;

import com.netfocus.contact.contact.ContactBook;
import com.netfocus.contact.people.PlanPeople;
import com.netfocus.contact.people.PlanPeopleStore;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Matches a plan's profile targets (from the plan people projection) against the org's contacts. Targets
 * naming a contact are left out: that person is known already and needs no search.
 */
@Service
public class KnownMatches {

    private final PlanPeopleStore plans;
    private final ContactBook contacts;
    private final KnownMatchesProperties properties;

    public KnownMatches(PlanPeopleStore plans, ContactBook contacts, KnownMatchesProperties properties) {
        this.plans = plans;
        this.contacts = contacts;
        this.properties = properties;
    }

    /** @throws NotFoundException for a plan this service has not seen created, or of another org */
    public KnownMatchesView of(Caller caller, String planId) {
        PlanPeople plan = plans.find(planId)
                .filter(people -> caller.org().equals(people.org()))
                .orElseThrow(() -> new NotFoundException("plan", planId));
        List<TargetMatches> matches = plan.targets().stream()
                .filter(target -> target.profile() != null)
                .map(target -> new TargetMatches(target.targetId(), target.objectiveId(), target.profile(),
                        contacts.fitting(plan.org(), target.profile(), properties.maxContactsPerTarget())))
                .toList();
        return new KnownMatchesView(planId, plan.appliedSequence(), matches);
    }
}
