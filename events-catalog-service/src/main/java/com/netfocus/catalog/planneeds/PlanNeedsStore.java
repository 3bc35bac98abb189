package com.netfocus.catalog.planneeds;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.guarded.GuardedWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads and updates the plan needs projection; every event is one guarded single-document update. */
@Component
public class PlanNeedsStore {

    private static final Logger log = LoggerFactory.getLogger(PlanNeedsStore.class);

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
     * Applies {@code change} to the plan's document unless an event of this or a later sequence of the plan
     * was applied already. The change and the new sequence are written together in one update, so a crash can
     * never leave one without the other (the wire server has no transactions, and none is needed).
     */
    void apply(String planId, String org, long sequence, Update change) {
        applyComputed(planId, org, sequence, needs -> change);
    }

    /**
     * Like {@link #apply(String, String, long, Update)}, for a change computed from the document as it is (a
     * revised objective replaces its entry in the list). The document is read by id, and the update is a
     * compare-and-set on the sequence read ({@link GuardedWrite}): if anything was applied in between, it fails and
     * the record is retried, reading afresh; a redelivered event finds its sequence applied and changes nothing.
     * Both the read and the write are served by an index on the embedded wire server too.
     */
    void applyComputed(String planId, String org, long sequence, Function<PlanNeeds, Update> change) {
        PlanNeeds current = mongo.findById(planId, PlanNeeds.class);
        if (current == null) {
            ensureDocument(planId, org);
            current = mongo.findById(planId, PlanNeeds.class);
        }
        if (current == null || !PlanSequenceGuard.mayApply(current.appliedSequence(), sequence)) {
            log.debug("plan {} event {} is not the next for its needs (applied {})", planId, sequence,
                    current == null ? null : current.appliedSequence());
            return;
        }
        GuardedWrite.apply(mongo, PlanNeeds.class, planId, PlanNeeds.APPLIED_SEQUENCE, current.appliedSequence(),
                change.apply(current).set(PlanNeeds.APPLIED_SEQUENCE, sequence));
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
                .setOnInsert(PlanNeeds.CHOSEN_PLATFORMS, List.of()), PlanNeeds.class);
    }
}
