package com.netfocus.contracts.chain;

/**
 * Whether a plan's stored events are as they were written. {@code chainStartsAt} is the sequence the chain runs from
 * (0, or for a plan stored before chains existed its first event since), null while such a plan has no event since;
 * {@code checkedEvents} the events vouched for from there up to the first break (all of them when intact).
 */
public record ChainVerdict(boolean intact, long checkedEvents, Long chainStartsAt, ChainBreak firstBreak) {
}
