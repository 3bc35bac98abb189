package com.netfocus.contact.followup;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One follow-up promised in a plan, in its own document (id = follow-up id) so that scheduling and completing it
 * are single-document updates. {@code org}, {@code ownerId} and {@code team} are the plan's, copied at scheduling
 * so that a user's list is one query. {@code appliedSequence} is the sequence of the plan's last event applied to
 * this follow-up: the guard that keeps a redelivered or older record (a scheduling after the completion) from
 * changing it again.
 */
@Document(FollowUpEntry.COLLECTION)
public record FollowUpEntry(
        @Id String followUpId,
        String planId,
        String org,
        String ownerId,
        String team,
        String contactId,
        String personName,
        String targetId,
        LocalDate dueOn,
        String action,
        FollowUpStatus status,
        Instant scheduledAt,
        Instant completedAt,
        String outcome,
        long appliedSequence) {

    public static final String COLLECTION = "follow_ups";
    static final String PLAN_ID = "planId";
    static final String ORG = "org";
    static final String OWNER_ID = "ownerId";
    static final String TEAM = "team";
    public static final String CONTACT_ID = "contactId";
    static final String PERSON_NAME = "personName";
    static final String TARGET_ID = "targetId";
    static final String DUE_ON = "dueOn";
    static final String ACTION = "action";
    static final String STATUS = "status";
    static final String SCHEDULED_AT = "scheduledAt";
    static final String COMPLETED_AT = "completedAt";
    static final String OUTCOME = "outcome";
    static final String APPLIED_SEQUENCE = "appliedSequence";
    /**
     * Stored beside the fields, not read back: the id of the key the person's name was sealed under in the plan's
     * event (contact id or person id), by which an erasure finds the person's follow-ups.
     */
    public static final String KEY_ID = "keyId";
}
