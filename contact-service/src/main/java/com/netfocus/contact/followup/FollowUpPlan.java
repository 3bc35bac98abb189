package com.netfocus.contact.followup;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whose a plan is (from its PlanCreated), kept by the follow-ups projection itself so that it can be rebuilt
 * on its own: follow-up events do not name the plan's owner, and the due list is the owner's.
 */
@Document(FollowUpPlan.COLLECTION)
public record FollowUpPlan(@Id String planId, String org, String ownerId, String team) {

    public static final String COLLECTION = "follow_up_plans";
    static final String ORG = "org";
    static final String OWNER_ID = "ownerId";
    static final String TEAM = "team";
}
