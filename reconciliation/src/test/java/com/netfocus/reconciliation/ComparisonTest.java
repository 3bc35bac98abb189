package com.netfocus.reconciliation;

import com.netfocus.contracts.chain.ChainBreak;
import com.netfocus.contracts.chain.ChainVerdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final String PLAN = "plan-1";
    private static final String NEEDS = ProjectionReader.CATALOG_PLAN_NEEDS;
    private static final String PEOPLE = ProjectionReader.CONTACT_PLAN_PEOPLE;

    @Test
    void stores_that_agree_show_no_difference_even_with_duplicates_on_the_topic() {
        Holdings holdings = agreeing(sequences(0, 4));
        assertThat(Comparison.differences(holdings)).isEmpty();
        assertThat(new ReconciliationReport(holdings).text()).endsWith("1 plan(s), 5 event(s) compared: no difference");
    }

    @Test
    void a_sequence_missing_on_the_topic_is_reported_with_the_plan_and_the_range() {
        SortedSet<Long> onTopic = sequences(0, 4);
        onTopic.removeAll(List.of(2L, 3L));
        Holdings holdings = with(agreeing(sequences(0, 4)), Map.of(PLAN, onTopic), null, null);
        assertThat(Comparison.differences(holdings)).containsExactly(
                new Difference(PLAN, Comparison.TOPIC, "sequences 0-4", "missing 2-3"));
    }

    @Test
    void a_sequence_on_the_topic_that_the_store_lacks_is_reported() {
        Holdings holdings = with(agreeing(sequences(0, 4)), Map.of(PLAN, sequences(0, 5)), null, null);
        assertThat(Comparison.differences(holdings)).containsExactly(
                new Difference(PLAN, Comparison.TOPIC, "sequences 0-4", "not in the store 5"));
    }

    @Test
    void a_gap_in_the_store_is_reported() {
        SortedSet<Long> stored = sequences(0, 4);
        stored.remove(1L);
        Holdings holdings = agreeing(stored);
        assertThat(Comparison.differences(holdings)).containsExactly(
                new Difference(PLAN, Comparison.EVENT_STORE, "sequences 0..4 without a gap", "missing 1"));
    }

    @Test
    void a_projection_behind_the_store_or_missing_the_plan_is_reported() {
        Holdings behind = with(agreeing(sequences(0, 4)), null,
                Map.of(NEEDS, Map.of(PLAN, new PlanProjection(PLAN, 3, 1, 1)), PEOPLE, Map.of()), null);
        assertThat(Comparison.differences(behind)).containsExactlyInAnyOrder(
                new Difference(PLAN, NEEDS, "applied sequence 4", "applied sequence 3"),
                new Difference(PLAN, PEOPLE, "applied sequence 4", "no document"));
    }

    @Test
    void a_count_applied_twice_is_reported_for_the_plan_and_the_platform() {
        Holdings twice = with(agreeing(sequences(0, 4)), null,
                Map.of(NEEDS, Map.of(PLAN, new PlanProjection(PLAN, 4, 1, 2)),
                        PEOPLE, Map.of(PLAN, new PlanProjection(PLAN, 4, 2, PlanProjection.NOT_KEPT))),
                Map.of("p-1", new PlatformCounts(2, 1, 3)));
        assertThat(Comparison.differences(twice)).containsExactlyInAnyOrder(
                new Difference(PLAN, NEEDS, "platforms chosen 1", "platforms chosen 2"),
                new Difference(PLAN, PEOPLE, "targets 1", "targets 2"),
                new Difference("platform p-1", Comparison.PLATFORM_ACTIVITY, "chosen 1, attended 1, people met 3",
                        "chosen 2, attended 1, people met 3"));
    }

    @Test
    void plans_unknown_to_the_store_and_unreadable_records_are_reported() {
        Holdings holdings = new Holdings(Map.of(), Map.of(), Map.of("ghost", sequences(0, 1)),
                Map.of(NEEDS, Map.of("ghost", new PlanProjection("ghost", 1, 0, 0))), Map.of(), 2, Map.of(), Map.of());
        assertThat(Comparison.differences(holdings)).containsExactly(
                new Difference("ghost", Comparison.TOPIC, "no event (the store has none)", "sequences 0-1"),
                new Difference("ghost", NEEDS, "no document (the store has no event)", "applied sequence 1"),
                new Difference("(topic)", Comparison.TOPIC, "only readable plan events", "2 unreadable record(s)"));
        assertThat(new ReconciliationReport(holdings).json()).contains("\"subject\" : \"ghost\"",
                "\"differences\"", "\"plans\" : 0");
    }

    @Test
    void a_plan_whose_publication_is_blocked_is_reported_with_the_sequence_and_the_reason() {
        SortedSet<Long> onTopic = sequences(0, 6);
        Holdings base = with(agreeing(sequences(0, 9)), Map.of(PLAN, onTopic),
                Map.of(NEEDS, Map.of(PLAN, new PlanProjection(PLAN, 6, 1, 1)),
                        PEOPLE, Map.of(PLAN, new PlanProjection(PLAN, 6, 1, PlanProjection.NOT_KEPT))), null);
        Instant since = Instant.parse("2026-11-26T10:15:30Z");
        Holdings blocked = new Holdings(base.store(), base.storedPlatformCounts(), base.topic(),
                base.planProjections(), base.platformActivity(), 0, Map.of(PLAN, new BlockedPublication(PLAN, 7,
                "RecordTooLargeException: The message is 2612344 bytes", since)), base.chains());

        assertThat(Comparison.differences(blocked)).containsExactlyInAnyOrder(
                new Difference(PLAN, Comparison.TOPIC, "sequences 0-9", "missing 7-9"),
                new Difference(PLAN, NEEDS, "applied sequence 9", "applied sequence 6"),
                new Difference(PLAN, PEOPLE, "applied sequence 9", "applied sequence 6"),
                new Difference(PLAN, Comparison.PUBLICATION, "every event published",
                        "blocked at sequence 7 since 2026-11-26T10:15:30Z: RecordTooLargeException: The message is"
                                + " 2612344 bytes"));
    }

    @Test
    void a_broken_hash_chain_is_reported_with_the_sequence_and_the_reason() {
        Holdings base = agreeing(sequences(0, 4));
        Holdings broken = new Holdings(base.store(), base.storedPlatformCounts(), base.topic(), base.planProjections(),
                base.platformActivity(), 0, Map.of(), Map.of(PLAN, new ChainVerdict(false, 2, 0L,
                new ChainBreak(2, "altered"))));

        assertThat(Comparison.differences(broken)).containsExactly(new Difference(PLAN, Comparison.HASH_CHAIN,
                "an intact chain from sequence 0", "broken at sequence 2: altered"));
    }

    /** One plan with one target and one platform chosen and attended (3 people met), seen alike everywhere. */
    private static Holdings agreeing(SortedSet<Long> stored) {
        long last = stored.last();
        return new Holdings(Map.of(PLAN, new StoredPlan(PLAN, stored, 1, 1)),
                Map.of("p-1", new PlatformCounts(1, 1, 3)),
                Map.of(PLAN, stored),
                Map.of(NEEDS, Map.of(PLAN, new PlanProjection(PLAN, last, 1, 1)),
                        PEOPLE, Map.of(PLAN, new PlanProjection(PLAN, last, 1, PlanProjection.NOT_KEPT))),
                Map.of("p-1", new PlatformCounts(1, 1, 3)), 0, Map.of(),
                Map.of(PLAN, new ChainVerdict(true, stored.size(), 0L, null)));
    }

    private static Holdings with(Holdings base, Map<String, SortedSet<Long>> topic,
                                 Map<String, Map<String, PlanProjection>> projections,
                                 Map<String, PlatformCounts> activity) {
        return new Holdings(base.store(), base.storedPlatformCounts(), topic == null ? base.topic() : topic,
                projections == null ? base.planProjections() : projections,
                activity == null ? base.platformActivity() : activity, base.unreadableRecords(),
                base.blockedPublications(), base.chains());
    }

    private static SortedSet<Long> sequences(long from, long to) {
        SortedSet<Long> sequences = new TreeSet<>();
        LongStream.rangeClosed(from, to).forEach(sequences::add);
        return sequences;
    }
}
