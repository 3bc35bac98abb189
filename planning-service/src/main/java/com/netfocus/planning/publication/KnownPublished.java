package com.netfocus.planning.publication;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last sequence one worker put on Kafka per plan, for the plans it published most recently: spares a read of
 * the position in the common case (a plan's next events handed over from memory). Only its worker's thread uses it.
 */
final class KnownPublished {

    private final Map<String, Long> published;

    KnownPublished(int rememberedPlans) {
        this.published = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > rememberedPlans;
            }
        };
    }

    /** The plan's last sequence this worker saw acknowledged, or null if it does not know. */
    Long of(String planId) {
        return published.get(planId);
    }

    void acknowledged(String planId, long sequence) {
        published.put(planId, sequence);
    }

    /** After a failure the position in the store decides again. */
    void forget(String planId) {
        published.remove(planId);
    }
}
