package com.netfocus.contact.matching;

import com.netfocus.contact.contact.ContactBook;
import com.netfocus.contact.people.PlanPeople;
import com.netfocus.contact.people.PlanPeopleStore;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.consistency.PlanVersionWait;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Matches a plan's profile targets (from the plan people projection) against the plan owner's own contacts: the
 * people the owner already knows. Readable by whoever may read the plan (its owner, a manager of its team, an
 * admin of its org), who see the owner's matches, not their own. Targets naming a contact are left out: that
 * person is known already and needs no search.
 */
@Service
public class KnownMatches {

    private final PlanPeopleStore plans;
    private final ContactBook contacts;
    private final KnownMatchesProperties properties;
    private final PlanVersionWait versionWait;

    public KnownMatches(PlanPeopleStore plans, ContactBook contacts, KnownMatchesProperties properties,
                        PlanVersionWait versionWait) {
        this.plans = plans;
        this.versionWait = versionWait;
        this.contacts = contacts;
        this.properties = properties;
    }

    /**
     * @param minVersion the plan version the answer must reflect at least (see {@link PlanVersionWait}), or null
     * @throws NotFoundException  for a plan this service has not seen created, or of another org
     * @throws com.netfocus.support.access.ForbiddenException for a plan of the org the caller may not read
     */
    public KnownMatchesView of(Caller caller, String planId, Long minVersion) {
        PlanPeople plan = versionWait.read(planId, minVersion, () -> plans.find(planId), PlanPeople::appliedSequence,
                people -> ReadAccess.ensureReadable("plan", planId, people.ownership(), caller));
        List<TargetMatches> matches = plan.targets().stream()
                .filter(target -> target.profile() != null)
                .map(target -> new TargetMatches(target.targetId(), target.objectiveId(), target.profile(),
                        contacts.fitting(plan.org(), plan.ownerId(), target.profile(), properties.maxContactsPerTarget())))
                .toList();
        return new KnownMatchesView(planId, plan.appliedSequence(), matches);
    }
}
