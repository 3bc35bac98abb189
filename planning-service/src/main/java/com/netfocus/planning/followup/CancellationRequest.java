package com.netfocus.planning.followup;

/** The optional body of DELETE /api/v1/plans/{planId}/follow-ups/{followUpId}: why it is cancelled. */
record CancellationRequest(String reason) {
}
