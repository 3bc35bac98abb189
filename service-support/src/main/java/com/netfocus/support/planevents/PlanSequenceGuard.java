package com.netfocus.support.planevents;

/**
 * Whether a projection that remembers the last sequence it applied to a plan should apply an event now: not one at
 * or below it (a redelivery changes nothing), and, for a plan it has applied nothing of yet, only the plan's first
 * event. A plan's later events seen before its first ones mean those are still to come (the publisher re-sends a
 * plan from its last acknowledged sequence, in order); applying them first would make the first ones look like
 * redeliveries and lose them. Past the first event a gap is let through, so that an event a projection can never
 * read (dead-lettered) does not stop the plan's later ones.
 */
public final class PlanSequenceGuard {

    /**
     * The applied sequence of a plan nothing is applied of yet: below every real sequence (they start at 0), so that a
     * new projection document accepts the plan's first event.
     */
    public static final long NOTHING_APPLIED = -1;

    private PlanSequenceGuard() {
    }

    /** {@code applied} is {@link #NOTHING_APPLIED} before any event of the plan. */
    public static boolean mayApply(long applied, long sequence) {
        return sequence > applied && (applied > NOTHING_APPLIED || sequence == 0);
    }
}
