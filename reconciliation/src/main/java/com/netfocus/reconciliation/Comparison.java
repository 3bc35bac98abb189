package com.netfocus.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules of the reconciliation, on what was read (no I/O here). The event store is the truth: every plan's
 * sequences run from 0 without a gap and its hash chain is intact (no stored event altered, removed or moved); the
 * topic holds each of them at least once and nothing else; every projection has applied exactly up to the plan's last
 * sequence and counts what the events say (no event missed, none applied twice); no plan's publication is blocked.
 */
public final class Comparison {

    static final String EVENT_STORE = "event store";
    static final String TOPIC = "kafka topic";
    static final String PLATFORM_ACTIVITY = "catalog " + CatalogProjections.PLATFORM_ACTIVITY;
    static final String PUBLICATION = "planning publication";
    static final String HASH_CHAIN = "event store hash chain";

    private Comparison() {
    }

    public static List<Difference> differences(Holdings holdings) {
        List<Difference> differences = new ArrayList<>();
        holdings.store().values().forEach(plan -> storeGaps(plan, differences));
        holdings.chains().forEach((planId, chain) -> {
            if (!chain.intact()) {
                differences.add(new Difference(planId, HASH_CHAIN, "an intact chain from sequence "
                        + (chain.chainStartsAt() == null ? 0 : chain.chainStartsAt()), "broken at sequence "
                        + chain.firstBreak().sequence() + ": " + chain.firstBreak().reason()));
            }
        });
        topic(holdings, differences);
        holdings.planProjections().forEach((name, documents) -> projection(name, documents, holdings, differences));
        platformActivity(holdings, differences);
        holdings.blockedPublications().values().forEach(blocked -> differences.add(new Difference(blocked.planId(),
                PUBLICATION, "every event published", "blocked at sequence " + blocked.sequence()
                + (blocked.since() == null ? "" : " since " + blocked.since()) + ": " + blocked.reason())));
        if (holdings.unreadableRecords() > 0) {
            differences.add(new Difference("(topic)", TOPIC, "only readable plan events",
                    holdings.unreadableRecords() + " unreadable record(s)"));
        }
        return differences;
    }

    private static void storeGaps(StoredPlan plan, List<Difference> differences) {
        SortedSet<Long> missing = missing(expectedSequences(plan), plan.sequences());
        if (!missing.isEmpty()) {
            differences.add(new Difference(plan.planId(), EVENT_STORE,
                    "sequences 0.." + plan.lastSequence() + " without a gap", "missing " + Ranges.of(missing)));
        }
    }

    private static void topic(Holdings holdings, List<Difference> differences) {
        holdings.store().values().forEach(plan -> {
            SortedSet<Long> onTopic = holdings.topic().getOrDefault(plan.planId(), new TreeSet<>());
            SortedSet<Long> missing = missing(plan.sequences(), onTopic);
            SortedSet<Long> unknown = missing(onTopic, plan.sequences());
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                differences.add(new Difference(plan.planId(), TOPIC, "sequences " + Ranges.of(plan.sequences()),
                        (missing.isEmpty() ? "" : "missing " + Ranges.of(missing))
                                + (missing.isEmpty() || unknown.isEmpty() ? "" : ", ")
                                + (unknown.isEmpty() ? "" : "not in the store " + Ranges.of(unknown))));
            }
        });
        holdings.topic().forEach((planId, sequences) -> {
            if (!holdings.store().containsKey(planId)) {
                differences.add(new Difference(planId, TOPIC, "no event (the store has none)",
                        "sequences " + Ranges.of(sequences)));
            }
        });
    }

    private static void projection(String name, Map<String, PlanProjection> documents, Holdings holdings,
                                   List<Difference> differences) {
        holdings.store().values().forEach(plan -> {
            PlanProjection document = documents.get(plan.planId());
            if (document == null) {
                differences.add(new Difference(plan.planId(), name, "applied sequence " + plan.lastSequence(),
                        "no document"));
                return;
            }
            compare(plan.planId(), name, "applied sequence", plan.lastSequence(), document.appliedSequence(), differences);
            if (document.targets() != PlanProjection.NOT_KEPT) {
                compare(plan.planId(), name, "targets", plan.targets(), document.targets(), differences);
            }
            if (document.platformsChosen() != PlanProjection.NOT_KEPT) {
                compare(plan.planId(), name, "platforms chosen", plan.platformsChosen(), document.platformsChosen(),
                        differences);
            }
        });
        documents.keySet().stream().filter(planId -> !holdings.store().containsKey(planId)).forEach(planId ->
                differences.add(new Difference(planId, name, "no document (the store has no event)",
                        "applied sequence " + documents.get(planId).appliedSequence())));
    }

    private static void compare(String planId, String where, String what, long expected, long found,
                                List<Difference> differences) {
        if (expected != found) {
            differences.add(new Difference(planId, where, what + " " + expected, what + " " + found));
        }
    }

    private static void platformActivity(Holdings holdings, List<Difference> differences) {
        Map<String, PlatformCounts> all = new TreeMap<>(holdings.storedPlatformCounts());
        holdings.platformActivity().keySet().forEach(platformId -> all.putIfAbsent(platformId, PlatformCounts.NONE));
        all.forEach((platformId, expected) -> {
            PlatformCounts found = holdings.platformActivity().getOrDefault(platformId, PlatformCounts.NONE);
            if (!expected.equals(found)) {
                differences.add(new Difference("platform " + platformId, PLATFORM_ACTIVITY, expected.toString(),
                        found.toString()));
            }
        });
    }

    private static SortedSet<Long> expectedSequences(StoredPlan plan) {
        SortedSet<Long> expected = new TreeSet<>();
        for (long sequence = 0; sequence <= plan.lastSequence(); sequence++) {
            expected.add(sequence);
        }
        return expected;
    }

    private static SortedSet<Long> missing(SortedSet<Long> wanted, SortedSet<Long> present) {
        SortedSet<Long> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }
}
