package com.netfocus.planning.attendance;

/** The optional body of DELETE /api/v1/plans/{planId}/attendance/{attendanceId}: why it is retracted. */
record RetractionRequest(String reason) {
}
