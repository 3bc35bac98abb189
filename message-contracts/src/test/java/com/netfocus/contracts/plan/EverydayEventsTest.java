package com.netfocus.contracts.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EverydayEventsTest {

    private static final Instant AT = Instant.parse("2027-01-20T08:00:00Z");

    @Test
    void every_change_event_survives_the_wire_with_its_type_name() {
        var objective = new ObjectiveDefined("p2", "o2", "Learn from CFOs in retail", "pipeline", "CFOs met", 3,
                LocalDate.of(2027, 6, 1), null);
        var target = new TargetIdentified("p2", "t2", "o2", null, new TargetProfile("Finance", "CFO", "Retail"), 1,
                "they sign");
        List<PlanEvent> events = List.of(
                new PlanRevised("p", "New title", LocalDate.of(2027, 6, 30), 24.5, "more time"),
                new PlanClosed("p", "p2", "quarter over"),
                new PlanCreated("p2", "Next", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), 20, "u", "o", "t",
                        new CarriedForward("p", List.of(objective), List.of(target))),
                new PlatformWithdrawn("p", "x", "clash with a customer visit"),
                new TargetRetired("p", "t", null),
                new AttendanceCorrected("p", "a", "x", AT, AT.plusSeconds(3600), 30, 15, 1.0,
                        List.of(new PersonMet(null, "Ada", "Acme", "Finance", "CFO", "Retail", null, "t")), "n", "typo"),
                new AttendanceRetracted("p", "a", "wrong platform", "x"),
                new FollowUpRevised("p", "f", LocalDate.of(2027, 2, 1), "Send the deck", "she is away"),
                new FollowUpCancelled("p", "f", null),
                new FollowUpCompleted("p", "f", AT, "called", "out-1"),
                new EventAttended("p", "a", "x", AT, AT.plusSeconds(3600), 30, 15, 1.0, List.of(), List.of(), null));

        for (PlanEvent event : events) {
            var envelope = PlanEventCodec.envelope("e", 4, AT, "u", "o", "t", "c", event);
            var decoded = PlanEventCodec.decode(PlanEventCodec.encode(envelope));
            assertThat(decoded.type()).isEqualTo(event.getClass().getSimpleName());
            assertThat(PlanEventCodec.payloadOf(decoded)).contains(event);
        }
    }

    @Test
    void events_stored_before_these_fields_existed_read_with_them_absent() {
        var created = decode("PlanCreated", "{\"planId\":\"p\",\"title\":\"t\",\"periodStart\":\"2027-01-01\","
                + "\"periodEnd\":\"2027-06-30\",\"hoursBudget\":10,\"ownerId\":\"u\",\"org\":\"o\",\"team\":\"t\"}");
        var completed = decode("FollowUpCompleted", "{\"planId\":\"p\",\"followUpId\":\"f\","
                + "\"completedAt\":\"2027-01-01T10:00:00Z\",\"outcome\":\"done\"}");
        var attended = decode("EventAttended", "{\"planId\":\"p\",\"platformId\":\"x\","
                + "\"arrivedAt\":\"2027-01-01T10:00:00Z\",\"leftAt\":\"2027-01-01T11:00:00Z\",\"contactsMet\":[]}");
        var retracted = decode("AttendanceRetracted", "{\"planId\":\"p\",\"attendanceId\":\"a\",\"reason\":null}");

        assertThat(((PlanCreated) created).carriedForward()).isNull();
        assertThat(((FollowUpCompleted) completed).outreachId()).isNull();
        assertThat(((EventAttended) attended).attendanceId()).isNull();
        assertThat(((AttendanceRetracted) retracted).platformId()).isNull();
        assertThat(((AttendanceRetracted) retracted).attendanceId()).isEqualTo("a");
    }

    @Test
    void an_attendance_without_an_id_is_named_by_its_plan_and_sequence_the_same_way_everywhere() {
        var legacy = new EventAttended("p", "x", AT, AT.plusSeconds(60), 0, 0, 0.1, List.of(), List.of(), null);
        var identified = new EventAttended("p", "own-id", "x", AT, AT.plusSeconds(60), 0, 0, 0.1, List.of(), List.of(),
                null);

        assertThat(AttendanceIds.of(legacy, 7)).isEqualTo(AttendanceIds.of(legacy, 7))
                .isNotEqualTo(AttendanceIds.of(legacy, 8))
                .isNotEqualTo(AttendanceIds.of(new EventAttended("q", "x", AT, AT, 0, 0, 0, List.of(), List.of(),
                        null), 7))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(AttendanceIds.of(identified, 7)).isEqualTo("own-id");
    }

    @Test
    void with_people_keeps_every_other_field() {
        var attended = new EventAttended("p", "a", "x", AT, AT.plusSeconds(60), 5, 6, 0.5,
                List.of(new PersonMet(null, "sealed", null, null, null, null, null, null)), List.of(), "notes");
        var revealed = attended.withPeople(List.of(new PersonMet(null, "Ada", null, null, null, null, null, null)),
                List.of());

        assertThat(revealed.attendanceId()).isEqualTo("a");
        assertThat(revealed.notes()).isEqualTo("notes");
        assertThat(revealed.minutesAfterProgram()).isEqualTo(6);
        assertThat(revealed.contactsMet().get(0).name()).isEqualTo("Ada");
    }

    private static PlanEvent decode(String type, String payload) {
        try {
            var tree = PlanEventCodec.mapper().readTree(payload.getBytes(StandardCharsets.UTF_8));
            return PlanEventCodec.payloadOf(new PlanEventEnvelope("e", "p", 0, type, AT, "u", "o", "t", "c", tree))
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
