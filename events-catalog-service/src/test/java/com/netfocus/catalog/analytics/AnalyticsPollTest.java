package com.netfocus.catalog.analytics;

import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.PolledEvent;
import com.netfocus.support.planevents.StoredDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static com.netfocus.support.planevents.PollAwareProjectionContract.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The analytics written once per plan and poll ({@link AnalyticsProjection}), beyond the contract every poll-aware
 * projection keeps (see the catalog's {@code CatalogProjectionsContractTest}): the figures are written before the
 * facts' compare-and-set, so a poll that loses it to a writer further along the plan (a second consumer during a
 * rebalance) may have set figures older than that writer's. It sets them again from the facts that won before the poll
 * is retried, and the retry, finding every event applied, writes nothing: the figures are the plan's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsPollTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "analyticspoll");
    private static final int PLANS = 20;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlatformChoiceForecasts forecasts;
    @Autowired
    DeadLetterStore deadLetters;

    @Test
    void figuresSetByAPollThatLostTheFactsToAWriterFurtherAlongAreSetAgainFromItsFacts() {
        Personas personas = new Personas();
        List<PlanEventEnvelope> stream = PolledEvents.stream(personas.org, AnalyticsStream.addPlatforms(http,
                personas, 4), 20261206, PLANS);
        // a plan whose first events set a month's figures that its later events change
        List<PlanEventEnvelope> plan = null;
        List<PlanEventEnvelope> firstEvents = null;
        PlanFactsUpdate update = new PlanFactsUpdate(forecasts, properties("reference").attendancePlausibility());
        for (String planId : stream.stream().map(PlanEventEnvelope::planId).distinct().toList()) {
            List<PlanEventEnvelope> ofPlan = stream.stream().filter(e -> e.planId().equals(planId)).distinct()
                    .sorted(Comparator.comparingLong(PlanEventEnvelope::sequence)).toList();
            List<PlanFacts> factsAfter = new ArrayList<>();
            PlanFacts facts = PlanFacts.empty(planId);
            for (PlanEventEnvelope envelope : ofPlan) {
                facts = update.apply(facts, envelope, PlanEventCodec.payloadOf(envelope).orElseThrow());
                factsAfter.add(facts);
            }
            Map<String, Figures> whole = PlanFigures.monthly(facts);
            for (int cut = 1; cut < ofPlan.size() && firstEvents == null; cut++) {
                if (PlanFigures.monthly(factsAfter.get(cut - 1)).entrySet().stream()
                        .anyMatch(month -> !Objects.equals(whole.get(month.getKey()), month.getValue()))) {
                    plan = ofPlan;
                    firstEvents = ofPlan.subList(0, cut);
                }
            }
        }
        assertThat(firstEvents).as("a plan whose later events change the figures of its first ones").isNotNull();
        List<PlanEventEnvelope> wholePlan = plan;
        List<PlanEventEnvelope> poll = List.copyOf(firstEvents);
        consumer(projection("reference")).onMessage(records(wholePlan));
        AnalyticsStore store = store("contended");
        // Right after the poll read the plan, another writer applies the whole plan.
        AnalyticsProjection contended = new AnalyticsProjection(store, new PlanFiguresWriter(), forecasts,
                properties("contended")) {
            private boolean meanwhile = true;

            @Override
            protected Map<String, FactsChange> readAll(Map<String, List<PolledEvent>> eventsOfPlan) {
                Map<String, FactsChange> read = super.readAll(eventsOfPlan);
                if (meanwhile) {
                    meanwhile = false;
                    consumer(projection("contended")).onMessage(records(wholePlan));
                }
                return read;
            }
        };

        BatchListenerFailedException lost = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(contended).onMessage(records(poll)));

        assertThat(lost).hasRootCauseInstanceOf(ConcurrentModificationException.class);
        assertThat(documents("contended")).isEqualTo(documents("reference"));
        consumer(contended).onMessage(records(poll));
        assertThat(documents("contended")).isEqualTo(documents("reference"));
    }

    private AnalyticsStore store(String prefix) {
        AnalyticsStore store = new AnalyticsStore(mongo, properties(prefix));
        mongo.indexOps(store.guardIndex().collection()).ensureIndex(store.guardIndex().index());
        return store;
    }

    private AnalyticsProjection projection(String prefix) {
        AnalyticsStore store = store(prefix);
        return new AnalyticsProjection(store, new PlanFiguresWriter(), forecasts, properties(prefix));
    }

    private static AnalyticsProperties properties(String prefix) {
        return new AnalyticsProperties(prefix, 2, 20, 100, Duration.ofMinutes(5), Duration.ofDays(1096));
    }

    private PlanEventBatchListener consumer(AnalyticsProjection projection) {
        return new PlanEventBatchListener(List.of(projection), deadLetters, "analytics-poll-test");
    }

    private Map<String, String> documents(String prefix) {
        AnalyticsCollections collections = new AnalyticsCollections(prefix);
        Map<String, String> documents = new TreeMap<>();
        StoredDocuments.of(mongo, List.of(collections.plans(), collections.planFigures(), collections.planLists(),
                collections.subjects()), List.of("plans", "months", "members", "platforms"))
                .forEach((id, json) -> documents.put(id.substring(prefix.length()), json));
        return documents;
    }
}
