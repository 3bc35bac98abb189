package com.netfocus.planning.audit;

import com.netfocus.planning.startup.StartupRetry;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The trail's document of each plan ({@code audit_plans}): its team and the last sequence recorded, read by id and
 * written with a compare-and-set on that sequence ({@link GuardedWrite}), so that two consumers of one plan (a
 * rebalance, a dead letter's replay) never both believe they recorded its events.
 */
@Component
class AuditPlans {

    static final String COLLECTION = "audit_plans";
    private static final String RECORDED = "recordedSequence";
    private static final String TEAM = "team";

    private final MongoTemplate mongo;

    AuditPlans(MongoTemplate mongo) {
        this.mongo = mongo;
        StartupRetry.retry("audit plan index", () -> mongo.indexOps(COLLECTION).ensureIndex(
                GuardedWrite.index(RECORDED)));
    }

    PlanAudit read(String planId) {
        Document found = mongo.findOne(query(where("_id").is(planId)), Document.class, COLLECTION);
        if (found == null) {
            return PlanAudit.unknown(planId);
        }
        return new PlanAudit(planId, true, ((Number) found.get(RECORDED)).longValue(), found.getString(TEAM),
                List.of());
    }

    /** Writes what {@code applied} recorded; another writer since {@code stored} was read fails it. */
    void write(PlanAudit stored, PlanAudit applied) {
        Document document = new Document("_id", applied.planId()).append(RECORDED, applied.recorded());
        if (applied.team() != null) {
            document.append(TEAM, applied.team());
        }
        GuardedWrite.replace(mongo, COLLECTION, applied.planId(), stored.stored(), RECORDED, stored.recorded(),
                document);
    }
}
