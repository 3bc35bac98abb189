package com.netfocus.planning.erasure;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;

import java.util.List;

/**
 * What the plan does to personal fields before they go into an event: seal them under their person's key (see
 * {@link VaultSealing}). An Axon handler parameter, so that the aggregate's own rules stay testable without a vault.
 */
public interface PersonalFieldSealing {

    List<PersonMet> people(List<PersonMet> people);

    List<FollowUp> followUps(List<FollowUp> followUps);
}
