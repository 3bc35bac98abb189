package com.netfocus.support.planevents;

/**
 * A {@link PlanEventProjection} that may hold back its writes until the end of a poll, so that the many events of one
 * plan a poll holds during a replay or a backlog cost one write of the plan instead of one per event.
 *
 * <p>The consumer ({@link PlanEventBatchListener}) calls, on the thread that applies the poll: {@link #pollStarted()},
 * then {@link #apply} for each of the poll's records in order, then {@link #pollApplied()} before it returns, because
 * the container commits the poll's offsets once it has returned: every held-back write must be durable by then. If
 * anything fails before {@code pollApplied()} returned, it calls {@link #pollAbandoned()} instead and the whole poll
 * is retried (projections are idempotent, so what was already written is written again unchanged).
 *
 * <p>Polls are per consumer thread: with several consumer threads, an implementation keeps what it holds back per
 * thread (partitions never share a plan, so threads never share a plan either). {@link #apply} called outside a poll
 * (a dead letter's replay, on a request thread) writes at once, as a plain projection does. {@link HeldBackChanges}
 * keeps that state for a projection whose events change one document per key.
 */
public interface PollAwareProjection extends PlanEventProjection {

    /** A poll begins on this thread: from now on {@link #apply} may hold back its writes. */
    void pollStarted();

    /**
     * Every record of this thread's poll was given to {@link #apply}: make what was held back durable, or throw (the
     * database is away), after which {@link #pollAbandoned()} is called and the poll retried.
     */
    void pollApplied();

    /** This thread's poll failed: forget what was held back (it is applied again when the poll is retried). */
    void pollAbandoned();

    /**
     * Whether this thread's poll holds back writes not yet made durable. If it does when a record fails, the poll is
     * retried from its first record (the offsets of the records before the failed one must not be committed); if not,
     * from the failed record, as for a plain projection.
     */
    boolean holdsBackWrites();
}
