package com.netfocus.support.planevents;

/**
 * Whether a projection that remembers the last sequence it applied to a plan (and applies every event of the plan)
 * should apply an event now. Only the next one: an earlier or equal sequence is a redelivery, and a later one means
 * an event before it has not arrived yet. Kafka can show a later event first: when a producer batch expires while the
 * broker is away, a batch sent after it may still be written. The publisher then re-sends everything after the plan's
 * last acknowledged sequence, in order, so the skipped event comes again after the missing ones; applying it now
 * would make the missing ones look like redeliveries and lose them.
 */
public final class PlanSequenceGuard {

    private PlanSequenceGuard() {
    }

    /** True only for the event right after the last one applied ({@code applied} is -1 before any). */
    public static boolean isNext(long applied, long sequence) {
        return sequence == applied + 1;
    }
}
