package com.netfocus.planning.target;

import com.netfocus.contracts.plan.TargetProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Name a person (contactId) or a kind of person (profile) that an objective needs. {@code contactKnown} says whether
 * the contact id is one of the caller's org's contacts, as looked up locally before sending.
 */
public record IdentifyTarget(
        @TargetAggregateIdentifier String planId,
        String targetId,
        String objectiveId,
        String contactId,
        TargetProfile profile,
        Integer priority,
        String rationale,
        boolean contactKnown) {

    public boolean namesContact() {
        return contactId != null && !contactId.isBlank();
    }

    public boolean namesProfile() {
        return profile != null;
    }
}
