package com.netfocus.contracts.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEventCodecTest {

    @Test
    void an_envelope_survives_the_wire_with_its_typed_payload() {
        var event = new EventAttended("plan-1", "platform-9", Instant.parse("2026-03-01T17:30:00Z"),
                Instant.parse("2026-03-01T21:00:00Z"), 30, 45, 3.5,
                List.of(new PersonMet(null, "Ada", "Acme", "Procurement", "Director", "Retail", "ada@acme.test", "t-1")),
                List.of(new FollowUp("f-1", null, "Ada", "t-1", java.time.LocalDate.of(2026, 3, 8), "send the benchmark")),
                "good crowd");
        var envelope = PlanEventCodec.envelope("e-1", 7, Instant.parse("2026-03-01T21:05:00Z"),
                "rep-1", "org-1", "team-1", "corr-1", event);

        var decoded = PlanEventCodec.decode(PlanEventCodec.encode(envelope));

        assertThat(decoded.type()).isEqualTo("EventAttended");
        assertThat(decoded.sequence()).isEqualTo(7);
        assertThat(decoded.planId()).isEqualTo("plan-1");
        assertThat(PlanEventCodec.payloadOf(decoded)).contains(event);
    }

    @Test
    void dates_travel_as_iso_text_not_numbers() {
        var created = new PlanCreated("p", "t", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 40, "u", "o", "tm");
        var json = new String(PlanEventCodec.encode(PlanEventCodec.envelope("e", 0, Instant.EPOCH, "u", "o", "tm", "c", created)),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"periodStart\":\"2026-01-01\"").contains("\"occurredAt\":\"1970-01-01T00:00:00Z\"");
    }

    @Test
    void an_unknown_type_is_skipped_and_garbage_is_reported() {
        var unknown = new PlanEventEnvelope("e", "p", 0, "SomethingNew", Instant.EPOCH, "u", "o", "t", "c",
                PlanEventCodec.mapper().createObjectNode());
        assertThat(PlanEventCodec.payloadOf(unknown)).isEmpty();
        assertThatThrownBy(() -> PlanEventCodec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void a_person_met_stored_before_person_ids_existed_still_reads() {
        String old = "{\"planId\":\"p\",\"platformId\":\"x\",\"arrivedAt\":\"2026-03-01T17:30:00Z\","
                + "\"leftAt\":\"2026-03-01T21:00:00Z\",\"contactsMet\":[{\"name\":\"Ada\",\"email\":\"a@b.test\"}],"
                + "\"followUps\":[{\"followUpId\":\"f\",\"personName\":\"Ada\"}]}";
        var envelope = new PlanEventEnvelope("e", "p", 3, "EventAttended", Instant.EPOCH, "u", "o", "t", "c",
                readTree(old));

        var attended = (EventAttended) PlanEventCodec.payloadOf(envelope).orElseThrow();

        assertThat(attended.contactsMet().get(0).name()).isEqualTo("Ada");
        assertThat(attended.contactsMet().get(0).personId()).isNull();
        assertThat(attended.followUps().get(0).keyId()).isNull();
    }

    @Test
    void an_erasure_travels_with_its_type() {
        var erased = new PersonalDataErased("p", "c-1", Instant.parse("2026-05-01T10:00:00Z"));
        var decoded = PlanEventCodec.decode(PlanEventCodec.encode(
                PlanEventCodec.envelope("e", 9, Instant.EPOCH, "system", "o", "t", "c", erased)));
        assertThat(decoded.type()).isEqualTo("PersonalDataErased");
        assertThat(PlanEventCodec.payloadOf(decoded)).contains(erased);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return PlanEventCodec.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
