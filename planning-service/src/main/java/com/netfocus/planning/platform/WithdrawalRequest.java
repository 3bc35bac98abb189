package com.netfocus.planning.platform;

/** The optional body of DELETE /api/v1/plans/{planId}/platforms/{platformId}: why the choice is withdrawn. */
record WithdrawalRequest(String reason) {
}
