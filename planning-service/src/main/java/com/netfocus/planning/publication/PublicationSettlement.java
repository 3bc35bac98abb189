package com.netfocus.planning.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what a plan's publication did, in one write of its position: the appends it settles, the sequence Kafka
 * acknowledged, and, when it succeeded and no append of this process is still open, the mark cleared (if allowed).
 * A plan held back by its block only settles its appends; one that failed for a lasting reason is found blocked.
 */
final class PublicationSettlement {

    private static final Logger log = LoggerFactory.getLogger(PublicationSettlement.class);

    private final PublicationPositions positions;
    private final PublicationObligations obligations;
    private final KnownPublished known;
    private final PublicationFailures failures;
    private final PlanBlocking blocking;

    PublicationSettlement(PublicationPositions positions, PublicationObligations obligations, KnownPublished known,
                          PublicationFailures failures, PlanBlocking blocking) {
        this.positions = positions;
        this.obligations = obligations;
        this.known = known;
        this.failures = failures;
        this.blocking = blocking;
    }

    void settle(PlanPublication plan) {
        String planId = plan.planId();
        try {
            long acknowledged = plan.acknowledgedSequence();
            if (plan.succeeded()) {
                known.acknowledged(planId, acknowledged);
                if (plan.advanced()) {
                    log.debug("published plan {} up to sequence {}", planId, acknowledged);
                }
                blocking.published(plan);
            } else {
                known.forget(planId);
                plan.failure().ifPresent(failure -> {
                    failures.failed();
                    if (failure.lasting()) {
                        blocking.blocked(planId, failure);
                    }
                });
            }
            int settled = plan.settledAppends();
            // this process's count drops first: only then does isOpen tell whether another of its appends (handed
            // over later, not yet published) still needs the mark
            for (int i = 0; i < settled; i++) {
                obligations.close(planId);
            }
            if (plan.succeeded() && !obligations.isOpen(planId)) {
                positions.settleAndClear(planId, settled, acknowledged, plan.observedMarks());
            } else {
                positions.settleAndAdvance(planId, settled, acknowledged);
            }
        } catch (RuntimeException e) {
            // the store is away: the appends stay open there, and the mark with them, until the lease ends (safe)
            log.warn("could not record the publication of plan {}; it stays marked until the lease ends: {}", planId,
                    e.toString());
        }
    }
}
