package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a poll's events add up at one platform, and what the one update of them writes. */
class ActivityChangeTest {

    private static final Instant AT = Instant.parse("2031-01-01T00:00:00Z");
    private static final PlatformActivity STORED = new PlatformActivity("platform-1", "org-1", 4, 2, 5,
            Map.of("plan%2Ea", 3L), 6L, Map.of("att-1", 2L, "att-2", 3L));

    @Test
    void theEventsOfManyPlansAddUpAndEachPlanKeepsItsLastSequence() {
        ActivityChange change = ActivityChange.from("org-1", STORED)
                .applied(envelope("plan.a", 4, "org-1"), chosen("plan.a"))
                .applied(envelope("plan.a", 5, "org-1"), attended("plan.a", 3))
                .applied(envelope("plan-b", 0, "org-1"), chosen("plan-b"));

        assertThat(change.added()).isEqualTo(new ActivityCounts(2, 1, 3));
        assertThat(change.events()).isEqualTo(3);
        Document update = change.update().getUpdateObject();
        assertThat(update.get("$inc", Document.class)).isEqualTo(new Document("timesChosen", 2L)
                .append("attendances", 1L).append("peopleMet", 3L).append("revision", 3L));
        assertThat(update.get("$set", Document.class)).isEqualTo(new Document("appliedSequences.plan%2Ea", 5L)
                .append("appliedSequences.plan-b", 0L)
                .append("attendancePeople." + AttendanceIds.of(attended("plan.a", 3), 5), 3L));
    }

    @Test
    void aWithdrawalACorrectionAndARetractionTakeBackWhatTheirChoiceOrAttendanceCounted() {
        ActivityChange change = ActivityChange.from("org-1", STORED)
                .applied(envelope("plan-b", 4, "org-1"), new PlatformWithdrawn("plan-b", "platform-1", null))
                .applied(envelope("plan-b", 5, "org-1"), corrected("plan-b", "att-1", 5))
                .applied(envelope("plan-b", 6, "org-1"), new AttendanceRetracted("plan-b", "att-2", null, "platform-1"))
                .applied(envelope("plan-b", 7, "org-1"), corrected("plan-b", "att-unknown", 1));

        // -1 choice; att-1 from 2 to 5 people (+3); att-2 retracted (-1 attendance, -3 people); an attendance
        // counted before attendances were remembered: its new people only (+1)
        assertThat(change.added()).isEqualTo(new ActivityCounts(-1, -1, 1));
        Document update = change.update().getUpdateObject();
        assertThat(update.get("$inc", Document.class)).isEqualTo(new Document("timesChosen", -1L)
                .append("attendances", -1L).append("peopleMet", 1L).append("revision", 4L));
        assertThat(update.get("$set", Document.class)).containsEntry("attendancePeople.att-1", 5L)
                .containsEntry("attendancePeople.att-unknown", 1L).containsEntry("attendancePeople.att-2", 0L);

        // a correction in the same poll as its attendance starts from what the poll counted
        ActivityChange attendedThenCorrected = ActivityChange.from("org-1", STORED)
                .applied(envelope("plan-c", 0, "org-1"), new EventAttended("plan-c", "att-3", "platform-1", AT,
                        AT.plusSeconds(3600), 0, 0, 1, Collections.nCopies(2, new PersonMet(null, "Ann", "Co", null,
                        null, null, null, null)), List.of(), null))
                .applied(envelope("plan-c", 1, "org-1"), corrected("plan-c", "att-3", 4));
        assertThat(attendedThenCorrected.added()).isEqualTo(new ActivityCounts(0, 1, 4));
    }

    @Test
    void aRedeliveryStoredOrInThePollChangesNothing() {
        ActivityChange fresh = ActivityChange.from("org-1", STORED);
        assertThat(fresh.applied(envelope("plan.a", 3, "org-1"), chosen("plan.a"))).isSameAs(fresh);
        assertThat(fresh.changed()).isFalse();

        ActivityChange once = fresh.applied(envelope("plan-b", 2, "org-1"), chosen("plan-b"));
        assertThat(once.applied(envelope("plan-b", 2, "org-1"), chosen("plan-b"))).isSameAs(once);
        assertThat(once.applied(envelope("plan-b", 1, "org-1"), chosen("plan-b"))).isSameAs(once);
    }

    @Test
    void anEventOfAnotherOrgThanThePlatformsOrOfAPlatformNotInTheCatalogCountsNothing() {
        ActivityChange fresh = ActivityChange.from("org-1", STORED);
        assertThat(fresh.applied(envelope("plan-b", 0, "org-2"), chosen("plan-b"))).isSameAs(fresh);

        ActivityChange notInCatalog = ActivityChange.from(null, null);
        assertThat(notInCatalog.applied(envelope("plan-b", 0, "org-1"), chosen("plan-b"))).isSameAs(notInCatalog);
    }

    @Test
    void eventsThatNeitherChooseNorAttendCountNothing() {
        ActivityChange fresh = ActivityChange.from("org-1", STORED);
        assertThat(fresh.applied(envelope("plan-b", 0, "org-1"), new ObjectiveProgressRecorded("plan-b", "o1", 1,
                "n"))).isSameAs(fresh);
    }

    @Test
    void onlyTheCountsAnEventRaisedAreWritten() {
        ActivityChange chosen = ActivityChange.from("org-1", STORED).applied(envelope("plan-b", 0, "org-1"),
                chosen("plan-b"));
        assertThat(chosen.update().getUpdateObject().get("$inc", Document.class))
                .isEqualTo(new Document("timesChosen", 1L).append("revision", 1L));

        ActivityChange metNobody = ActivityChange.from("org-1", STORED).applied(envelope("plan-b", 0, "org-1"),
                attended("plan-b", 0));
        assertThat(metNobody.update().getUpdateObject().get("$inc", Document.class))
                .isEqualTo(new Document("attendances", 1L).append("peopleMet", 0L).append("revision", 1L));
    }

    private static AttendanceCorrected corrected(String planId, String attendanceId, int met) {
        return new AttendanceCorrected(planId, attendanceId, "platform-1", AT, AT.plusSeconds(7200), 0, 0, 2,
                Collections.nCopies(met, new PersonMet(null, "Ann", "Co", null, null, null, null, null)), null, null);
    }

    private static PlatformChosen chosen(String planId) {
        return new PlatformChosen(planId, "platform-1", "p", List.of(), AT, AT.plusSeconds(7200), 0, 0, 2);
    }

    private static EventAttended attended(String planId, int met) {
        return new EventAttended(planId, "platform-1", AT, AT.plusSeconds(7200), 0, 0, 2, Collections.nCopies(met,
                new PersonMet(null, "Ann", "Co", null, null, null, null, null)), List.of(), "n");
    }

    private static PlanEventEnvelope envelope(String planId, long sequence, String org) {
        PlanEvent any = new ObjectiveProgressRecorded(planId, "o1", 1, "n");
        return PlanEventCodec.envelope("event-" + planId + sequence, sequence, AT, "rep-1", org, "team-1", "c", any);
    }
}
