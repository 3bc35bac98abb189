package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PollAwareProjectionContract;
import com.netfocus.support.planevents.ProjectionFixture;
import com.netfocus.support.planevents.StoredDocuments;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The trail's projection of plan events keeps the contract of every poll-aware projection
 * ({@link PollAwareProjectionContract}), with a seeded org whose plans of three teams are created, worked on and
 * now and then touched by an erasure. An entry is compared by its event, not by its slot in its hour (which follows
 * the order the entries of an hour were written in, a storage detail); the plans' documents and the hours' counts as
 * they are.
 */
@SpringBootTest
@Import(MongoCommands.Registration.class)
class AuditProjectionContractTest extends PollAwareProjectionContract {

    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "audit-contract");
    }

    @Autowired
    PlanEventAudit projection;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeadLetterStore deadLetters;

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected List<ProjectionFixture> projections() {
        return List.of(new TrailFixture());
    }

    @Override
    protected DeadLetterStore deadLetters() {
        return deadLetters;
    }

    /** The projection on the service's trail; the org's first hour ({@code audit_orgs}) only ever moves earlier. */
    private final class TrailFixture implements ProjectionFixture {

        private final Map<String, List<PlanEventEnvelope>> streams = new HashMap<>();

        @Override
        public PollAwareProjection<?> projection() {
            return projection;
        }

        @Override
        public synchronized List<PlanEventEnvelope> events(long seed, int plans) {
            return streams.computeIfAbsent(seed + "/" + plans, key -> AuditStream.of(org, seed, plans));
        }

        @Override
        public Map<String, String> documents() {
            Map<String, String> documents = new TreeMap<>(StoredDocuments.of(mongo,
                    List.of(AuditPlans.COLLECTION, AuditTrail.HOURS), List.of()));
            mongo.findAll(Document.class, AuditTrail.ENTRIES).forEach(entry -> {
                entry.remove("_id");
                documents.put(AuditTrail.ENTRIES + "/" + entry.getString(AuditTrail.EVENT_KEY),
                        new Document(new TreeMap<>(entry)).toJson(EXTENDED));
            });
            return documents;
        }

        @Override
        public void clear() {
            StoredDocuments.clear(mongo, List.of(AuditPlans.COLLECTION, AuditTrail.HOURS, AuditTrail.ENTRIES));
        }

        @Override
        public String toString() {
            return projection.name();
        }
    }
}
