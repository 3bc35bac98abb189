package com.netfocus.contracts.chain;

/** Where a plan's chain breaks: the first sequence that cannot be vouched for, and why. */
public record ChainBreak(long sequence, String reason) {
}
