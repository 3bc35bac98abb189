package com.netfocus.contact.people;

import com.netfocus.contracts.plan.TargetProfile;

/** A person (contact id) or a kind of person (profile) a plan's objective needs. */
public record PlanTarget(String targetId, String objectiveId, String contactId, TargetProfile profile, int priority,
                         String rationale) {
}
