package com.netfocus.contact.personaldata;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import com.netfocus.support.planevents.PlanEventPreparation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The plan events as the contact service's projections read them: the personal fields revealed (or
 * {@link PersonalData#ERASED}), once per poll for all of them, the keys of the poll's people looked up in one go. The
 * plan's people are made into contacts and deduplicated by name and e-mail; the follow-ups keep the name promised to
 * until the person is erased (then they are deleted).
 */
@Component
class RevealedPlanEvents implements PlanEventPreparation {

    private final PersonalData personalData;

    RevealedPlanEvents(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public List<PlanEvent> prepared(List<PlanEvent> events) {
        return PersonalFields.revealAll(personalData, events);
    }
}
