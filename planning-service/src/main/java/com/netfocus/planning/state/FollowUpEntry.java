package com.netfocus.planning.state;

import com.netfocus.contracts.plan.FollowUp;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up of a plan as the plan shows it: what was promised, and whether and how it was done.
 * {@code outreachId} names the outreach with the person that was logged while the follow-up was open: the rep was in
 * touch, so the follow-up counts as done; the completion naming that outreach follows it (one event each). Null when
 * no outreach reached the person, and in follow-ups stored before outreach completed them.
 */
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
        String personId,
        String outreachId) {

    public static FollowUpEntry open(FollowUp followUp) {
        return new FollowUpEntry(followUp.followUpId(), followUp.contactId(), followUp.personName(),
                followUp.targetId(), followUp.dueOn(), followUp.action(), FollowUpStatus.OPEN, null, null,
                followUp.personId(), null);
    }

    /** Done, and how; {@code byOutreach} is the outreach that completed it, or null when the owner marked it done. */
    public FollowUpEntry done(Instant at, String how, String byOutreach) {
        return new FollowUpEntry(followUpId, contactId, personName, targetId, dueOn, action, FollowUpStatus.DONE, at,
                how, personId, byOutreach != null ? byOutreach : outreachId);
    }

    public FollowUpEntry revised(LocalDate newDueOn, String newAction) {
        return new FollowUpEntry(followUpId, contactId, personName, targetId, newDueOn, newAction, status, completedAt,
                outcome, personId, outreachId);
    }

    public FollowUpEntry cancelled() {
        return new FollowUpEntry(followUpId, contactId, personName, targetId, dueOn, action, FollowUpStatus.CANCELLED,
                completedAt, outcome, personId, outreachId);
    }

    /** Outreach with the person was logged while this follow-up was open: its completion is due. */
    public FollowUpEntry reachedBy(String outreach) {
        return new FollowUpEntry(followUpId, contactId, personName, targetId, dueOn, action, status, completedAt,
                outcome, personId, outreach);
    }

    public boolean open() {
        return status == FollowUpStatus.OPEN;
    }

    /** Open, and reached by this outreach: what completing the follow-ups of that outreach completes. */
    public boolean awaitsCompletionBy(String outreach) {
        return open() && outreach != null && outreach.equals(outreachId);
    }

    /** The key the person's name is sealed under (see {@link FollowUp#keyId()}). */
    public String keyId() {
        return contactId != null && !contactId.isBlank() ? contactId : personId;
    }
}
