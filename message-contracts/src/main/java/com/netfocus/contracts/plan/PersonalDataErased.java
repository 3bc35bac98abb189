package com.netfocus.contracts.plan;

import java.time.Instant;

/**
 * The personal data of contact {@code contactId} in this plan was erased at the person's request: the keys their
 * fields were sealed under are destroyed, so those fields now read as {@code "[erased]"}. The history shows this
 * entry instead of the data. Recorded once per plan and contact; carries no personal data itself.
 */
public record PersonalDataErased(String planId, String contactId, Instant erasedAt) implements PlanEvent {
}
