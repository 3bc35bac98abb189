package com.netfocus.planning.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends of this process whose events are not yet handed over and settled, per plan. A plan's pending mark may
 * only be cleared when none is open: otherwise a command that marked and appended, but whose publication has not
 * run yet, could lose its mark and, after a crash, its events. Closing one also settles it in the store
 * ({@link PublicationPositions#settle}), where the appends of every planning instance are counted.
 */
@Component
public class PublicationObligations {

    private static final Logger log = LoggerFactory.getLogger(PublicationObligations.class);

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final PublicationPositions positions;

    public PublicationObligations(PublicationPositions positions) {
        this.positions = positions;
    }

    public void open(String planId) {
        open.merge(planId, 1, Integer::sum);
    }

    /** An append whose mark was never set (the store refused it): nothing to settle in the store. */
    public void closeUnmarked(String planId) {
        open.computeIfPresent(planId, (plan, count) -> count <= 1 ? null : count - 1);
    }

    public void close(String planId) {
        closeUnmarked(planId);
        try {
            positions.settle(planId);
        } catch (RuntimeException e) {
            // the store is away: the open count stays up until the lease runs out, and the mark with it (safe)
            log.warn("could not settle an append of plan {}; its mark stays until the lease ends: {}", planId,
                    e.toString());
        }
    }

    public boolean isOpen(String planId) {
        return open.containsKey(planId);
    }
}
