package com.netfocus.planning.publication;

import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends of this process whose events are not yet handed over and settled, per plan. A plan's pending mark may
 * only be cleared when none is open: otherwise a command that marked and appended, but whose publication has not
 * run yet, could lose its mark and, after a crash, its events. This is the local count only; whoever closes one
 * also settles it in the store ({@link PublicationPositions}), where the appends of every planning instance are
 * counted: the publication worker together with its clear, a failed append on its own.
 */
@Component
public class PublicationObligations {

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    public void open(String planId) {
        open.merge(planId, 1, Integer::sum);
    }

    public void close(String planId) {
        open.computeIfPresent(planId, (plan, count) -> count <= 1 ? null : count - 1);
    }

    public boolean isOpen(String planId) {
        return open.containsKey(planId);
    }
}
