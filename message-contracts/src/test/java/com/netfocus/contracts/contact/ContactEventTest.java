package com.netfocus.contracts.contact;

import com.netfocus.contracts.plan.PlanEventCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactEventTest {

    @Test
    void both_types_travel_on_one_topic_and_are_told_apart() throws Exception {
        var erased = new ContactErased("c-1", "org-1", Instant.parse("2026-05-01T10:00:00Z"), "rep-1", "corr-1",
                List.of("c-1", "p-9"));
        var registered = new ContactRegistered("c-2", "org-1");

        String erasedJson = PlanEventCodec.mapper().writeValueAsString(erased);
        String registeredJson = PlanEventCodec.mapper().writeValueAsString(registered);

        assertThat(erasedJson).contains("\"type\":\"ContactErased\"");
        assertThat(ContactEvent.decode(erasedJson)).isEqualTo(erased);
        assertThat(ContactEvent.decode(registeredJson)).isEqualTo(registered);
    }

    @Test
    void a_record_written_before_types_existed_is_a_registration() throws Exception {
        assertThat(ContactEvent.decode("{\"contactId\":\"c-3\",\"org\":\"org-2\"}"))
                .isEqualTo(new ContactRegistered("c-3", "org-2"));
        assertThatThrownBy(() -> ContactEvent.decode("[1]")).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void an_update_names_the_changed_fields_and_is_told_apart() throws Exception {
        var updated = new ContactUpdated("c-4", "org-1", Instant.parse("2027-01-02T10:00:00Z"), "rep-1", "corr-2",
                List.of("company", "position"), "changed jobs");

        String json = PlanEventCodec.mapper().writeValueAsString(updated);

        assertThat(json).contains("\"type\":\"ContactUpdated\"").doesNotContain("Acme");
        assertThat(ContactEvent.decode(json)).isEqualTo(updated);
    }

    @Test
    void a_registration_names_who_added_the_contact_and_when() throws Exception {
        var registered = new ContactRegistered("c-5", "org-1", "rep-1", Instant.parse("2027-01-02T10:00:00Z"));

        String json = PlanEventCodec.mapper().writeValueAsString(registered);

        assertThat(ContactEvent.decode(json)).isEqualTo(registered);
        assertThat(ContactEvent.decode("{\"contactId\":\"c-5\",\"org\":\"org-1\",\"type\":\"ContactRegistered\"}"))
                .isEqualTo(new ContactRegistered("c-5", "org-1"));
    }
}
