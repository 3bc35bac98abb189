package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a poll's events add up at one platform, and what the one update of them writes. */
class ActivityChangeTest {

    private static final ActivityCounts CHOSEN = new ActivityCounts(1, 0, 0);
    private static final PlatformActivity STORED = new PlatformActivity("platform-1", "org-1", 4, 2, 5,
            Map.of("plan%2Ea", 3L), 6L);

    @Test
    void theEventsOfManyPlansAddUpAndEachPlanKeepsItsLastSequence() {
        ActivityChange change = ActivityChange.from(STORED)
                .applied(envelope("plan.a", 4), CHOSEN)
                .applied(envelope("plan.a", 5), new ActivityCounts(0, 1, 3))
                .applied(envelope("plan-b", 0), CHOSEN);

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
        ActivityChange fresh = ActivityChange.from(STORED);
        assertThat(fresh.applied(envelope("plan.a", 3), CHOSEN)).isSameAs(fresh);
        assertThat(fresh.changed()).isFalse();

        ActivityChange once = fresh.applied(envelope("plan-b", 2), CHOSEN);
        assertThat(once.applied(envelope("plan-b", 2), CHOSEN)).isSameAs(once);
        assertThat(once.applied(envelope("plan-b", 1), CHOSEN)).isSameAs(once);
    }

    @Test
    void onlyTheCountsAnEventRaisedAreWritten() {
        ActivityChange chosen = ActivityChange.from(STORED).applied(envelope("plan-b", 0), CHOSEN);
        assertThat(chosen.update().getUpdateObject().get("$inc", Document.class))
                .isEqualTo(new Document("timesChosen", 1L).append("revision", 1L));

        ActivityChange metNobody = ActivityChange.from(STORED).applied(envelope("plan-b", 0),
                new ActivityCounts(0, 1, 0));
        assertThat(metNobody.update().getUpdateObject().get("$inc", Document.class))
                .isEqualTo(new Document("attendances", 1L).append("peopleMet", 0L).append("revision", 1L));
    }

    private static PlanEventEnvelope envelope(String planId, long sequence) {
        return PlanEventCodec.envelope("event-" + planId + sequence, sequence, Instant.parse("2031-01-01T00:00:00Z"),
                "rep-1", "org-1", "team-1", "c", new ObjectiveProgressRecorded(planId, "o1", 1, "n"));
    }
}
