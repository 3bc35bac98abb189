package com.netfocus.contact.followup;

import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.support.planevents.PlanSequenceGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes the follow-ups projection. Every change to a follow-up is one guarded single-document update: it applies
 * only when the document has not yet seen this or a later event of its plan, so redelivered and out-of-order
 * records change nothing (no transactions needed, none exist on the wire server).
 */
@Component
public class FollowUpStore {

    private static final Logger log = LoggerFactory.getLogger(FollowUpStore.class);

    private final MongoTemplate mongo;

    FollowUpStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent: the plan's owner never changes, so writing it again writes the same values. */
    void rememberPlan(FollowUpPlan plan) {
        mongo.upsert(query(where("_id").is(plan.planId())), new Update()
                .set(FollowUpPlan.ORG, plan.org())
                .set(FollowUpPlan.OWNER_ID, plan.ownerId())
                .set(FollowUpPlan.TEAM, plan.team()), FollowUpPlan.class);
    }

    Optional<FollowUpPlan> plan(String planId) {
        return Optional.ofNullable(mongo.findById(planId, FollowUpPlan.class));
    }

    void schedule(FollowUpPlan plan, long sequence, FollowUp followUp, Instant scheduledAt) {
        ensureDocument(followUp.followUpId());
        apply(plan.planId(), sequence, followUp.followUpId(), new Update()
                .set(FollowUpEntry.PLAN_ID, plan.planId())
                .set(FollowUpEntry.ORG, plan.org())
                .set(FollowUpEntry.OWNER_ID, plan.ownerId())
                .set(FollowUpEntry.TEAM, plan.team())
                .set(FollowUpEntry.CONTACT_ID, followUp.contactId())
                .set(FollowUpEntry.PERSON_NAME, followUp.personName())
                .set(FollowUpEntry.KEY_ID, followUp.keyId())
                .set(FollowUpEntry.TARGET_ID, followUp.targetId())
                .set(FollowUpEntry.DUE_ON, followUp.dueOn())
                .set(FollowUpEntry.ACTION, followUp.action())
                .set(FollowUpEntry.STATUS, FollowUpStatus.OPEN)
                .set(FollowUpEntry.SCHEDULED_AT, scheduledAt)
                .set(FollowUpEntry.COMPLETED_AT, null)
                .set(FollowUpEntry.OUTCOME, null));
    }

    /**
     * A completion of a follow-up this projection never saw scheduled changes nothing: per plan the scheduling
     * always comes first, so that can only be an id of another plan.
     */
    void complete(String planId, long sequence, String followUpId, Instant completedAt, String outcome) {
        apply(planId, sequence, followUpId, new Update()
                .set(FollowUpEntry.STATUS, FollowUpStatus.DONE)
                .set(FollowUpEntry.COMPLETED_AT, completedAt)
                .set(FollowUpEntry.OUTCOME, outcome));
    }

    /**
     * The change and the new sequence are written together in one update, so that a crash can never leave one
     * without the other. A document of another plan (an id clash) is never touched: sequences of different plans
     * are not comparable. The document is read by id and written back with a compare-and-set on the sequence read
     * ({@link GuardedWrite}), both served by an index on the embedded wire server too.
     */
    private void apply(String planId, long sequence, String followUpId, Update change) {
        FollowUpEntry current = mongo.findById(followUpId, FollowUpEntry.class);
        boolean applicable = current != null
                && (current.planId() == null || current.planId().equals(planId))
                && current.appliedSequence() < sequence;
        if (!applicable) {
            log.debug("plan {} event {} not applied to follow-up {}: already applied, unknown, or of another plan",
                    planId, sequence, followUpId);
            return;
        }
        GuardedWrite.apply(mongo, FollowUpEntry.class, followUpId, FollowUpEntry.APPLIED_SEQUENCE,
                current.appliedSequence(), change.set(FollowUpEntry.APPLIED_SEQUENCE, sequence));
    }

    /** Idempotent on its own: creating the empty document twice is one document (and it is listed for nobody). */
    private void ensureDocument(String followUpId) {
        mongo.upsert(query(where("_id").is(followUpId)), new Update()
                .setOnInsert(FollowUpEntry.APPLIED_SEQUENCE, PlanSequenceGuard.NOTHING_APPLIED), FollowUpEntry.class);
    }

    /** Erasure: the follow-ups promised to the person (by contact id, or by a key of theirs) are deleted. */
    public void forgetPerson(String contactId, Collection<String> keyIds) {
        mongo.remove(query(new Criteria().orOperator(
                where(FollowUpEntry.CONTACT_ID).is(contactId), where(FollowUpEntry.KEY_ID).in(keyIds))),
                FollowUpEntry.class);
    }
}
