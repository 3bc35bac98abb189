package com.netfocus.planning.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes a plan's blocked publication known, and its end: in this instance's {@link BlockedPlans} (health details,
 * gauge, back-off), in the plan's stored position (the reconciliation and other instances read it there), and in
 * one log line per plan and sequence, however often the plan is tried again and however many instances try it.
 */
final class PlanBlocking {

    private static final Logger log = LoggerFactory.getLogger(PlanBlocking.class);

    private final BlockedPlans blocked;
    private final PublicationPositions positions;
    private final Clock clock;

    PlanBlocking(BlockedPlans blocked, PublicationPositions positions, Clock clock) {
        this.blocked = blocked;
        this.positions = positions;
        this.clock = clock;
    }

    void blocked(String planId, PublicationFailure failure) {
        Instant now = clock.instant();
        boolean knownHere = blocked.find(planId).filter(block -> block.sequence() == failure.sequence()).isPresent();
        Optional<Position> before = Optional.empty();
        try {
            before = positions.block(planId, failure.sequence(), failure.reason());
        } catch (RuntimeException e) {
            log.debug("could not store the block of plan {}: {}", planId, e.toString());
        }
        boolean known = knownHere || before.filter(position -> position.blockedSequence() == failure.sequence())
                .isPresent();
        Instant since = before.map(Position::blockedSince).filter(at -> at != null).orElse(now);
        PublicationBlock block = blocked.blocked(planId, failure.sequence(), failure.reason(), since);
        if (known) {
            log.debug("plan {} is still blocked at sequence {} (attempt {}): {}", planId, block.sequence(),
                    block.attempts(), block.reason());
        } else {
            log.error("publication of plan {} is blocked at sequence {}: none of its later events is published until"
                            + " this one is; tried again from {} on (back-off) and at every start-up. Reason: {}",
                    planId, block.sequence(), block.nextAttempt(), block.reason());
        }
    }

    /** The plan's publication succeeded: a block known here or stored ends. */
    void published(PlanPublication plan) {
        String planId = plan.planId();
        Optional<PublicationBlock> ended = blocked.unblocked(planId);
        if (ended.isEmpty() && !plan.storedBlock()) {
            return;
        }
        try {
            positions.unblock(planId);
        } catch (RuntimeException e) {
            // a stored block at or below the published sequence no longer counts (see Position)
            log.debug("could not remove the stored block of plan {}: {}", planId, e.toString());
        }
        log.info("publication of plan {} goes on: published up to sequence {}{}", planId, plan.acknowledgedSequence(),
                ended.map(block -> ", blocked at sequence " + block.sequence() + " since " + block.since()).orElse(""));
    }
}
