package com.netfocus.planning.followup;

import java.time.LocalDate;

/**
 * The body of PATCH /api/v1/plans/{planId}/follow-ups/{followUpId}: a new due date, a new wording of what was
 * promised, or both (what is left out stays as it is), and why, if the owner says.
 */
record ReviseFollowUpRequest(LocalDate dueOn, String action, String reason) {
}
