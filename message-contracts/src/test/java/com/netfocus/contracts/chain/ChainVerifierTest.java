package com.netfocus.contracts.chain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTest {

    private static final String PLAN = "plan-1";

    @Test
    void an_untouched_chain_is_intact_and_every_event_is_vouched_for() {
        ChainVerdict verdict = ChainVerifier.verify(null, chained(0, 5), null);

        assertThat(verdict).isEqualTo(new ChainVerdict(true, 5, 0L, null));
    }

    @Test
    void an_altered_payload_breaks_the_chain_at_that_event() {
        List<Map<String, Object>> events = chained(0, 5);
        events.get(2).put(StoredEventFields.PAYLOAD, "{\"title\":\"changed\"}");

        ChainVerdict verdict = ChainVerifier.verify(null, events, null);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.checkedEvents()).isEqualTo(2);
        assertThat(verdict.firstBreak()).isEqualTo(new ChainBreak(2, ChainVerifier.ALTERED));
    }

    @Test
    void the_actor_and_the_time_are_covered_too() {
        List<Map<String, Object>> otherActor = chained(0, 3);
        otherActor.get(1).put(StoredEventFields.META_DATA, "{\"actor\":\"someone-else\"}");
        List<Map<String, Object>> otherTime = chained(0, 3);
        otherTime.get(1).put(StoredEventFields.TIMESTAMP, "2020-01-01T00:00:00.000Z");

        assertThat(ChainVerifier.verify(null, otherActor, null).firstBreak().sequence()).isEqualTo(1);
        assertThat(ChainVerifier.verify(null, otherTime, null).firstBreak().sequence()).isEqualTo(1);
    }

    @Test
    void a_rehashed_alteration_still_breaks_the_link_to_the_next_event() {
        List<Map<String, Object>> events = chained(0, 4);
        Map<String, Object> altered = events.get(1);
        altered.put(StoredEventFields.PAYLOAD, "{\"title\":\"changed\"}");
        altered.put(StoredEventFields.HASH, EventHash.of(altered, (String) altered.get(StoredEventFields.PREVIOUS_HASH)));

        assertThat(ChainVerifier.verify(null, events, null).firstBreak())
                .isEqualTo(new ChainBreak(2, ChainVerifier.OUT_OF_PLACE));
    }

    @Test
    void a_removed_event_is_named_by_its_sequence() {
        List<Map<String, Object>> events = chained(0, 5);
        events.remove(3);

        assertThat(ChainVerifier.verify(null, events, null).firstBreak()).isEqualTo(new ChainBreak(3, ChainVerifier.GAP));
    }

    @Test
    void a_removed_last_event_shows_against_what_was_published() {
        List<Map<String, Object>> events = chained(0, 5);
        events.remove(4);

        assertThat(ChainVerifier.verify(null, events, null).intact()).isTrue();
        assertThat(ChainVerifier.verify(null, events, 4L).firstBreak().sequence()).isEqualTo(4);
        assertThat(ChainVerifier.verify(null, events, 3L).intact()).isTrue();
    }

    @Test
    void a_reordered_pair_breaks_at_the_first_of_them() {
        List<Map<String, Object>> events = chained(0, 5);
        events.get(1).put(StoredEventFields.SEQUENCE, 2L);
        events.get(2).put(StoredEventFields.SEQUENCE, 1L);

        assertThat(ChainVerifier.verify(null, events, null).firstBreak()).isEqualTo(new ChainBreak(1, ChainVerifier.ALTERED));
    }

    @Test
    void events_offered_in_any_order_give_the_same_verdict() {
        List<Map<String, Object>> events = chained(0, 8);
        List<Map<String, Object>> shuffled = new ArrayList<>(events);
        Collections.reverse(shuffled);

        assertThat(ChainVerifier.verify(null, shuffled, null)).isEqualTo(ChainVerifier.verify(null, events, null));
        events.get(5).put(StoredEventFields.PAYLOAD, "{}");
        assertThat(ChainVerifier.verify(null, shuffled, null).firstBreak().sequence()).isEqualTo(5);
    }

    @Test
    void a_plan_stored_before_chains_is_chained_from_its_recorded_start() {
        List<Map<String, Object>> events = unchained(0, 3);
        events.addAll(chained(3, 6));

        ChainVerdict verdict = ChainVerifier.verify(3L, events, null);

        assertThat(verdict).isEqualTo(new ChainVerdict(true, 3, 3L, null));
        assertThat(ChainVerifier.verify(null, unchained(0, 3), 2L)).isEqualTo(new ChainVerdict(true, 0, null, null));
    }

    @Test
    void a_chain_start_whose_record_was_removed_or_hashes_stripped_inside_the_chain_are_breaks() {
        List<Map<String, Object>> startLost = unchained(0, 3);
        startLost.addAll(chained(3, 5));
        List<Map<String, Object>> stripped = unchained(0, 2);
        stripped.addAll(chained(2, 5));
        stripped.get(3).remove(StoredEventFields.HASH);

        assertThat(ChainVerifier.verify(null, startLost, null).firstBreak())
                .isEqualTo(new ChainBreak(0, ChainVerifier.UNRECORDED_START));
        assertThat(ChainVerifier.verify(2L, stripped, null).firstBreak().sequence()).isEqualTo(3);
    }

    @Test
    void a_second_chain_started_inside_the_first_is_out_of_place() {
        List<Map<String, Object>> events = chained(0, 3);
        events.addAll(chained(3, 5));

        assertThat(ChainVerifier.verify(null, events, null).firstBreak())
                .isEqualTo(new ChainBreak(3, ChainVerifier.OUT_OF_PLACE));
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive), chained from a chain start at {@code from}. */
    static List<Map<String, Object>> chained(long from, long to) {
        List<Map<String, Object>> events = unchained(from, to);
        String previous = EventHash.CHAIN_START;
        for (Map<String, Object> event : events) {
            String hash = EventHash.of(event, previous);
            event.put(StoredEventFields.HASH, hash);
            event.put(StoredEventFields.PREVIOUS_HASH, previous);
            previous = hash;
        }
        return events;
    }

    static List<Map<String, Object>> unchained(long from, long to) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (long sequence = from; sequence < to; sequence++) {
            Map<String, Object> event = new HashMap<>();
            event.put(StoredEventFields.PLAN_ID, PLAN);
            event.put(StoredEventFields.AGGREGATE_TYPE, "NetworkingPlan");
            event.put(StoredEventFields.SEQUENCE, sequence);
            event.put(StoredEventFields.EVENT_ID, "event-" + sequence);
            event.put(StoredEventFields.TIMESTAMP, "2026-03-01T10:00:0" + (sequence % 10) + ".000Z");
            event.put(StoredEventFields.PAYLOAD_TYPE, "com.netfocus.contracts.plan.ObjectiveDefined");
            event.put(StoredEventFields.PAYLOAD, "{\"statement\":\"step " + sequence + "\"}");
            event.put(StoredEventFields.META_DATA, "{\"actor\":\"rep-1\",\"org\":\"org-1\",\"team\":\"north\"}");
            events.add(event);
        }
        return events;
    }
}
