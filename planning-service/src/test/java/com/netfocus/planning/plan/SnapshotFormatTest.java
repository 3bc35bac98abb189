package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.eventstore.AttendanceIdSnapshotFilter;
import com.netfocus.planning.eventstore.AxonSerializers;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.objective;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is the aggregate as Jackson writes it (AxonSerializers: its fields, the state's fields within). The
 * stored snapshots must keep loading as they are: the literal files are a snapshot of this history and the view it
 * showed, as written before the state left the plan package and the view was rendered apart from it (the view with
 * the fields added since). A snapshot that no longer read as a plan would make every command and read of that plan
 * fail. One written before attendances had ids in the state no longer knows them, so it is passed over and the plan
 * rebuilt from its events ({@link AttendanceIdSnapshotFilter}); one written now is used.
 */
class SnapshotFormatTest {

    private static final Instant CALLED = Instant.parse("2030-02-03T10:00:00Z");
    private static final List<PlanEvent> HISTORY = List.of(
            CREATED,
            new ObjectiveDefined(PLAN, "o1", "Learn how hospital CFOs buy", "two pilots", "CFOs met", 10, DEADLINE,
                    new SmartVerdicts(SmartVerdict.met("names CFOs"), SmartVerdict.met("10 CFOs met"),
                            SmartVerdict.failed("too many"), SmartVerdict.met("150 days"),
                            SmartVerdict.met("due 2030-06-30"))),
            objective("o2"),
            TARGET,
            new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null),
            CHOSEN,
            new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
                    List.of(new PersonMet(null, "Ann", "St. Mary", null, null, null, null, "t1")),
                    List.of(new FollowUp("f1", null, "Ann", "t1", DEADLINE, "send pricing")), "good"),
            new OutreachLogged(PLAN, "r1", "t2", OutreachChannel.PHONE, CALLED, "budget in Q3"),
            new ObjectiveProgressRecorded(PLAN, "o1", 3, "referrals"),
            new FollowUpScheduled(PLAN, new FollowUp("f2", "c-7", null, null, DEADLINE, "demo")),
            new FollowUpCompleted(PLAN, "f1", CALLED, "sent"),
            new ObjectiveAbandoned(PLAN, "o2", "no budget"),
            new PersonalDataErased(PLAN, "c-9", CALLED));
    /** How the API writes a view (dates as text), so that views compare as the client sees them. */
    private static final ObjectMapper VIEW_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The sequence of the attendance in {@link #HISTORY}, logged before attendances had ids. */
    private static final int ATTENDANCE_SEQUENCE = 6;

    private final Serializer snapshots = AxonSerializers.jackson();

    @Test
    void aSnapshotStoredBeforeLoadsAsThePlanItsEventsMake() throws IOException {
        NetworkingPlan restored = snapshots.deserialize(new SimpleSerializedObject<>(
                resource("networking-plan-snapshot.json"), String.class, NetworkingPlan.class.getName(), null));

        assertThat(viewOf(restored)).isEqualTo(VIEW_JSON.readTree(resource("networking-plan-view.json")));
        assertThat(viewOf(restored)).isEqualTo(withoutAttendanceIds(viewOf(replayed())));
        assertThat(restored.version()).isEqualTo(HISTORY.size() - 1);
        assertThat(restored.ownership()).isEqualTo(replayed().ownership());
    }

    @Test
    void aSnapshotStoredBeforeAttendancesHadIdsIsPassedOverAndOneWrittenNowIsUsed() throws IOException {
        AttendanceIdSnapshotFilter filter = new AttendanceIdSnapshotFilter();
        String written = snapshots.serialize(replayed(), String.class).getData();

        assertThat(filter.test(snapshot(resource("networking-plan-snapshot.json")))).isFalse();
        assertThat(filter.test(snapshot(written))).isTrue();
        NetworkingPlan restored = snapshots.deserialize(new SimpleSerializedObject<>(written, String.class,
                NetworkingPlan.class.getName(), null));
        assertThat(viewOf(restored)).isEqualTo(viewOf(replayed()));
        assertThat(restored.view().attendance().get(0).attendanceId())
                .isEqualTo(AttendanceIds.of((EventAttended) HISTORY.get(ATTENDANCE_SEQUENCE), ATTENDANCE_SEQUENCE));
    }

    @Test
    void theAggregateIsSnapshottedInTheShapeStoredBefore() throws IOException {
        SerializedObject<String> written = snapshots.serialize(replayed(), String.class);

        assertThat(written.getType().getName()).isEqualTo("com.netfocus.planning.plan.NetworkingPlan");
        assertThat(VIEW_JSON.readTree(written.getData())).isEqualTo(storedBeforeWithFieldsAddedSince());
    }

    /**
     * The stored snapshot with the fields added to its shape since, which an older snapshot lacks and loads as null
     * or empty: an attendance's id (one logged before ids is named by its plan and sequence), the outreach that
     * reached a follow-up, the retired targets and retracted attendances, whether the plan is closed and the plans it
     * was carried from and to.
     */
    private JsonNode storedBeforeWithFieldsAddedSince() throws IOException {
        JsonNode stored = VIEW_JSON.readTree(resource("networking-plan-snapshot.json"));
        ObjectNode state = (ObjectNode) stored.path("state");
        String attendanceId = AttendanceIds.of((EventAttended) HISTORY.get(ATTENDANCE_SEQUENCE), ATTENDANCE_SEQUENCE);
        state.path("attendance").forEach(attendance -> ((ObjectNode) attendance).put("attendanceId", attendanceId));
        state.path("followUps").forEach(followUp -> ((ObjectNode) followUp).putNull("outreachId"));
        state.putArray("retiredTargets");
        state.putArray("retractedAttendances");
        state.put("closed", false);
        state.putNull("previousPlanId");
        state.putNull("nextPlanId");
        return stored;
    }

    private static JsonNode withoutAttendanceIds(JsonNode view) {
        view.path("attendance").forEach(attendance -> ((ObjectNode) attendance).putNull("attendanceId"));
        return view;
    }

    private static GenericDomainEventEntry<String> snapshot(String json) {
        return new GenericDomainEventEntry<>(NetworkingPlan.class.getName(), PLAN, HISTORY.size() - 1, "snapshot-1",
                CALLED, NetworkingPlan.class.getName(), null, json, "{}");
    }

    /** The plan as its event sourcing handler builds it from the events. */
    private static NetworkingPlan replayed() {
        NetworkingPlan plan = new NetworkingPlan();
        for (int sequence = 0; sequence < HISTORY.size(); sequence++) {
            plan.on(HISTORY.get(sequence), sequence);
        }
        return plan;
    }

    /** The view as a client reads it: written as text and parsed again (a long version reads as an int then). */
    private static JsonNode viewOf(NetworkingPlan plan) throws IOException {
        return VIEW_JSON.readTree(VIEW_JSON.writeValueAsString(plan.view()));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SnapshotFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
