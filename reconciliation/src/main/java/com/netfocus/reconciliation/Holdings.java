package com.netfocus.reconciliation;

import com.netfocus.contracts.chain.ChainVerdict;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Everything read for one reconciliation: the event store's plans and the platform counts its events imply, the
 * distinct sequences per plan on the Kafka topic (a duplicate is not a difference: consumers drop it), each
 * projection's documents per plan, the platform activity projection's counts, the plans whose publication
 * planning-service found blocked, and each plan's hash chain as verified on the stored documents.
 */
public record Holdings(
        Map<String, StoredPlan> store,
        Map<String, PlatformCounts> storedPlatformCounts,
        Map<String, SortedSet<Long>> topic,
        Map<String, Map<String, PlanProjection>> planProjections,
        Map<String, PlatformCounts> platformActivity,
        long unreadableRecords,
        Map<String, BlockedPublication> blockedPublications,
        Map<String, ChainVerdict> chains) {

    public Holdings {
        store = new TreeMap<>(store);
        storedPlatformCounts = new TreeMap<>(storedPlatformCounts);
        topic = new TreeMap<>(topic);
        planProjections = new TreeMap<>(planProjections);
        platformActivity = new TreeMap<>(platformActivity);
        blockedPublications = new TreeMap<>(blockedPublications);
        chains = new TreeMap<>(chains);
    }

    public long storedEvents() {
        return store.values().stream().mapToLong(plan -> plan.sequences().size()).sum();
    }
}
