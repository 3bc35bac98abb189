package com.netfocus.planning.target;

/** The optional body of DELETE /api/v1/plans/{planId}/targets/{targetId}: why the target is retired. */
record RetirementRequest(String reason) {
}
