package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
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
            Map.of("plan%2Ea", 3L), 6L);

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
                .append("appliedSequences.plan-b", 0L));
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
