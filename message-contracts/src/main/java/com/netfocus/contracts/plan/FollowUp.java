package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * Something promised to a person: what, by when. The person is a known contact ({@code contactId}) or named;
 * {@code targetId}, when set, is the plan target the person serves.
 *
 * <p>{@code personName} is personal data, sealed in stored events under the key of {@link #keyId()}: the contact
 * id, else {@code personId}, which planning assigns (the person met of the same name at the same attendance, so
 * that one erasure covers both). Events stored before keys existed have no personId and read as they are.
 */
public record FollowUp(
        String followUpId,
        String contactId,
        String personName,
        String targetId,
        LocalDate dueOn,
        String action,
        String personId) {

    /** A follow-up as a client describes it: no person id yet. */
    public FollowUp(String followUpId, String contactId, String personName, String targetId, LocalDate dueOn,
                    String action) {
        this(followUpId, contactId, personName, targetId, dueOn, action, null);
    }

    /** The id of the key the person's name is sealed under: the contact id, else the person id. */
    public String keyId() {
        return contactId != null && !contactId.isBlank() ? contactId : personId;
    }

    public FollowUp withPersonName(String personName, String personId) {
        return new FollowUp(followUpId, contactId, personName, targetId, dueOn, action, personId);
    }
}
