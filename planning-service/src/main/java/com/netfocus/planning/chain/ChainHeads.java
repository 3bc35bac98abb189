package com.netfocus.planning.chain;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last hash of each recently used plan, in memory, so that the command path chains a new event without reading
 * the store. Filled by appends and by every read of a plan's events (loading a plan into the aggregate cache reads
 * its newest events, so a plan loaded from its snapshot and events is remembered as well). Only ever moves forward: a
 * read that passes older events cannot undo a newer append. An entry is used only when it is exactly the event
 * before the one appended; anything else (another instance appended meanwhile, the plan was evicted) goes to the
 * store.
 */
@Component
public class ChainHeads {

    private final Map<String, ChainHead> heads;

    public ChainHeads(ChainSettings settings) {
        int remembered = settings.rememberedPlans();
        this.heads = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ChainHead> eldest) {
                return size() > remembered;
            }
        };
    }

    /** The plan's remembered head, if it is the event at {@code sequence}. */
    synchronized Optional<ChainHead> at(String planId, long sequence) {
        ChainHead head = heads.get(planId);
        return head != null && head.sequence() == sequence ? Optional.of(head) : Optional.empty();
    }

    /** Remembers a stored event of the plan, unless a later one is remembered already. */
    synchronized void stored(String planId, ChainHead head) {
        heads.merge(planId, head, (known, seen) -> seen.sequence() > known.sequence() ? seen : known);
    }

    /** Forgets every plan (a test that alters the store behind the service's back, or a restart). */
    public synchronized void forgetAll() {
        heads.clear();
    }
}
