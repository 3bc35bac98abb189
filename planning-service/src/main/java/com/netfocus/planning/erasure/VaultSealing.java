package com.netfocus.planning.erasure;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import org.springframework.stereotype.Component;

import java.util.List;

/** Seals personal fields with the shared key vault, one vault look-up per person per command. */
@Component
class VaultSealing implements PersonalFieldSealing {

    private final PersonalData personalData;

    VaultSealing(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public List<PersonMet> people(List<PersonMet> people) {
        return PersonalFields.sealPeople(personalData.session(), people);
    }

    @Override
    public List<FollowUp> followUps(List<FollowUp> followUps) {
        return PersonalFields.sealFollowUps(personalData.session(), followUps);
    }
}
