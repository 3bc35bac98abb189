package com.netfocus.contact.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One follow-up of a due list. {@code personName} is the contact's current name when the follow-up names a
 * contact of the org, else the name given when it was scheduled. {@code overdue}: still open and due before
 * today.
 */
public record FollowUpView(String followUpId, String planId, String contactId, String personName, String targetId,
                           LocalDate dueOn, String action, FollowUpStatus status, boolean overdue,
                           Instant scheduledAt, Instant completedAt, String outcome) {

    static FollowUpView of(FollowUpEntry entry, String contactName, LocalDate today) {
        boolean overdue = entry.status() == FollowUpStatus.OPEN && entry.dueOn() != null
                && entry.dueOn().isBefore(today);
        return new FollowUpView(entry.followUpId(), entry.planId(), entry.contactId(),
                contactName != null ? contactName : entry.personName(), entry.targetId(), entry.dueOn(),
                entry.action(), entry.status(), overdue, entry.scheduledAt(), entry.completedAt(), entry.outcome());
    }
}
