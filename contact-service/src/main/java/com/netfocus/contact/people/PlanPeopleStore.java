package com.netfocus.contact.people;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import com.netfocus.support.guarded.GuardedWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads and updates the plan people projection; every event is one guarded single-document update. */
@Component
public class PlanPeopleStore {

    private static final Logger log = LoggerFactory.getLogger(PlanPeopleStore.class);

    private final MongoTemplate mongo;

    public PlanPeopleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The plan once its PlanCreated is applied, whatever its org: the caller's access is decided on what it holds
     * (see {@link com.netfocus.support.access.ReadAccess}). Before that the plan is not known here.
     */
    public Optional<PlanPeople> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanPeople.class)).filter(PlanPeople::isKnown);
    }

    /**
     * Whether the event must not be applied now ({@link PlanSequenceGuard}): applied already (a redelivery), or a
     * plan's later event seen before its first.
     */
    boolean mayNotApply(String planId, long sequence) {
        PlanPeople plan = mongo.findById(planId, PlanPeople.class);
        long applied = plan == null ? PlanSequenceGuard.NOTHING_APPLIED : plan.appliedSequence();
        return !PlanSequenceGuard.mayApply(applied, sequence);
    }

    /**
     * Applies {@code change} to the plan's document unless an event of this or a later sequence of the plan
     * was applied already. The change and the new sequence are written together in one update, so a crash
     * can never leave one without the other (the wire server has no transactions, and none is needed). The
     * document is read by id and written back with a compare-and-set on the sequence read ({@link GuardedWrite}),
     * both served by an index on the embedded wire server too.
     */
    void apply(String planId, long sequence, Update change) {
        PlanPeople current = mongo.findById(planId, PlanPeople.class);
        if (current == null) {
            ensureDocument(planId);
            current = mongo.findById(planId, PlanPeople.class);
        }
        if (current == null || !PlanSequenceGuard.mayApply(current.appliedSequence(), sequence)) {
            log.debug("plan {} event {} is not the next (applied {})", planId, sequence,
                    current == null ? null : current.appliedSequence());
            return;
        }
        GuardedWrite.apply(mongo, PlanPeople.class, planId, PlanPeople.APPLIED_SEQUENCE, current.appliedSequence(),
                change.set(PlanPeople.APPLIED_SEQUENCE, sequence));
    }

    /** Idempotent on its own: creating the empty document twice is one document. */
    private void ensureDocument(String planId) {
        mongo.upsert(query(where("_id").is(planId)), new Update()
                .setOnInsert(PlanPeople.APPLIED_SEQUENCE, PlanSequenceGuard.NOTHING_APPLIED), PlanPeople.class);
    }

    /** Erasure: the person (met in any plan, linked to this contact) leaves every plan's people met. */
    public void forgetPerson(String contactId) {
        mongo.updateMulti(query(where(PlanPeople.PEOPLE_MET + ".contactId").is(contactId)),
                new Update().pull(PlanPeople.PEOPLE_MET, new Document("contactId", contactId)),
                PlanPeople.class);
    }
}
