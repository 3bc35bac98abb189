package com.netfocus.catalog.planneeds;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.guarded.GuardedWrite;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and updates the plan needs projection: the events of one plan in one poll (or one event outside a poll) are
 * one guarded single-document update.
 */
@Component
public class PlanNeedsStore {

    private final MongoTemplate mongo;

    public PlanNeedsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The plan's needs if the plan belongs to {@code org}; another org's plan is as absent as an unknown one. */
    public Optional<PlanNeeds> find(String org, String planId) {
        return find(planId).filter(needs -> org != null && org.equals(needs.org()));
    }

    /**
     * The plan's needs once its PlanCreated is applied, whatever its org: the caller's access is decided on what
     * it holds (see {@link com.netfocus.support.access.ReadAccess}). Before that the plan is not known here.
     */
    public Optional<PlanNeeds> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanNeeds.class)).filter(PlanNeeds::isKnown);
    }

    /**
     * The needs of every plan of a team in an org, once their PlanCreated is applied. A team's coverage and portfolio
     * read a team at a time; the embedded wire server answers it by scanning the plans, as it does for any field but
     * {@code _id}.
     */
    public List<PlanNeeds> ofTeam(String org, String team) {
        return mongo.find(query(where(PlanNeeds.ORG).is(org).and(PlanNeeds.TEAM).is(team)
                .and(PlanNeeds.APPLIED_SEQUENCE).gt(PlanSequenceGuard.NOTHING_APPLIED)), PlanNeeds.class);
    }

    /**
     * The plan's needs as stored, to apply events to ({@link PlanNeedsChange}); a plan not seen before gets its empty
     * document first (applied sequence {@link PlanSequenceGuard#NOTHING_APPLIED}), which {@link #write} then
     * compare-and-sets. Served by the {@code _id} index on the embedded wire server too.
     */
    PlanNeeds read(String planId, String org) {
        PlanNeeds current = mongo.findById(planId, PlanNeeds.class);
        if (current == null) {
            ensureDocument(planId, org);
            current = mongo.findById(planId, PlanNeeds.class);
        }
        if (current == null) {
            throw new IllegalStateException("plan needs " + planId + " not found right after it was created; retrying");
        }
        return current;
    }

    /**
     * Writes the fields the change's events set and its applied sequence in one update, so a crash can never leave
     * one without the other (the wire server has no transactions, and none is needed). The update is a
     * compare-and-set on the applied sequence read ({@link GuardedWrite}): if anything was applied in between, it
     * throws {@link java.util.ConcurrentModificationException} and the events are applied again from a fresh read
     * (the record, or the whole poll, is retried). A change without an applied event writes nothing.
     */
    void write(PlanNeedsChange change) {
        if (!change.changed()) {
            return;
        }
        GuardedWrite.apply(mongo, PlanNeeds.class, change.stored().planId(), PlanNeeds.APPLIED_SEQUENCE,
                change.stored().appliedSequence(), change.update());
    }

    /**
     * Idempotent on its own: creating the empty document twice is one document. The org comes from the
     * event's metadata, so the plan is scoped even if its PlanCreated has not been read (yet).
     */
    private void ensureDocument(String planId, String org) {
        mongo.upsert(query(where("_id").is(planId)), new Update()
                .setOnInsert(PlanNeeds.ORG, org)
                .setOnInsert(PlanNeeds.HOURS_BUDGET, 0.0)
                .setOnInsert(PlanNeeds.HOURS_SPENT, 0.0)
                .setOnInsert(PlanNeeds.APPLIED_SEQUENCE, PlanSequenceGuard.NOTHING_APPLIED)
                .setOnInsert(PlanNeeds.OBJECTIVES, List.of())
                .setOnInsert(PlanNeeds.TARGETS, List.of())
                .setOnInsert(PlanNeeds.CHOSEN_PLATFORMS, List.of())
                .setOnInsert(PlanNeeds.ATTENDANCES, List.of())
                .setOnInsert(PlanNeeds.CLOSED, false), PlanNeeds.class);
    }
}
