package com.netfocus.planning.state;

import com.netfocus.contracts.plan.FollowUp;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up of a plan as the plan shows it: what was promised, and whether and how it was done. */
public record FollowUpEntry(
        String followUpId,
        String contactId,
        String personName,
        String targetId,
        LocalDate dueOn,
        String action,
        FollowUpStatus status,
        Instant completedAt,
        String outcome,
        String personId) {

    public static FollowUpEntry open(FollowUp followUp) {
        return new FollowUpEntry(followUp.followUpId(), followUp.contactId(), followUp.personName(),
                followUp.targetId(), followUp.dueOn(), followUp.action(), FollowUpStatus.OPEN, null, null,
                followUp.personId());
    }

    public FollowUpEntry done(Instant at, String how) {
        return new FollowUpEntry(followUpId, contactId, personName, targetId, dueOn, action, FollowUpStatus.DONE, at,
                how, personId);
    }

    /** The key the person's name is sealed under (see {@link FollowUp#keyId()}). */
    public String keyId() {
        return contactId != null && !contactId.isBlank() ? contactId : personId;
    }
}
