package com.netfocus.contracts.plan;

/**
 * A person (by contact id) or a kind of person (by profile) that an objective needs. Exactly one of
 * {@code contactId} and {@code profile} is set. Priority runs from 1 (highest) to 5.
 */
public record TargetIdentified(
        String planId,
        String targetId,
        String objectiveId,
        String contactId,
        TargetProfile profile,
        int priority,
        String rationale) implements PlanEvent {
}
