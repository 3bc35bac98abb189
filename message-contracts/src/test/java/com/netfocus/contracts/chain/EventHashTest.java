package com.netfocus.contracts.chain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    @Test
    void the_same_content_after_the_same_event_has_the_same_hash_and_any_other_a_different_one() {
        Map<String, Object> event = ChainVerifierTest.unchained(4, 5).get(0);
        String hash = EventHash.of(event, "abc");

        assertThat(EventHash.of(new HashMap<>(event), "abc")).isEqualTo(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(EventHash.of(event, "abd")).isNotEqualTo(hash);
        Map<String, Object> moved = new HashMap<>(event);
        moved.put(StoredEventFields.SEQUENCE, 5L);
        assertThat(EventHash.of(moved, "abc")).isNotEqualTo(hash);
    }

    @Test
    void text_moved_from_one_field_to_the_next_changes_the_hash() {
        Map<String, Object> event = ChainVerifierTest.unchained(0, 1).get(0);
        event.put(StoredEventFields.PAYLOAD_TYPE, "ab");
        event.put(StoredEventFields.PAYLOAD, "c");
        Map<String, Object> shifted = new HashMap<>(event);
        shifted.put(StoredEventFields.PAYLOAD_TYPE, "a");
        shifted.put(StoredEventFields.PAYLOAD, "bc");

        assertThat(EventHash.of(shifted, "")).isNotEqualTo(EventHash.of(event, ""));
    }

    @Test
    void the_chain_fields_themselves_are_not_part_of_the_content() {
        Map<String, Object> event = ChainVerifierTest.unchained(0, 1).get(0);
        String hash = EventHash.of(event, "");
        event.put(StoredEventFields.HASH, hash);
        event.put(StoredEventFields.PREVIOUS_HASH, "");

        assertThat(EventHash.of(event, "")).isEqualTo(hash);
    }
}
