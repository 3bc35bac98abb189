package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventEnvelope;

import java.util.List;
import java.util.Map;

/**
 * One poll-aware projection of a service, as {@link PollAwareProjectionContract} runs it: the projection on the
 * service's database, a seeded stream of its events, and its documents.
 */
public interface ProjectionFixture {

    PollAwareProjection<?> projection();

    /**
     * A seeded stream of many plans' events, interleaved as concurrent reps make them, then some of them again
     * (redeliveries, as after a rebalance). The same seed gives the same events.
     */
    List<PlanEventEnvelope> events(long seed, int plans);

    /** Every document the projection keeps, by collection and id, in a form that compares equal whatever order its
     * fields were written in (see {@link StoredDocuments}). */
    Map<String, String> documents();

    /** Forgets every document the projection keeps, leaving what it reads of the service's own data as it was. */
    void clear();
}
