package com.netfocus.contact.followup;

import com.mongodb.bulk.BulkWriteResult;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and writes the follow-ups projection. Every change to a follow-up is a guarded single-document update: it
 * applies only if the document still has the applied sequence the poll read (or still does not exist), so that a
 * redelivered or out-of-order record, or another writer meanwhile, changes nothing twice (no transactions needed,
 * none exist on the wire server). The follow-ups a poll changed go in one round trip, its plans' owners in another.
 */
@Component
public class FollowUpStore {

    private final MongoTemplate mongo;

    FollowUpStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The plans' owners as stored, by plan id: one query by id. */
    Map<String, FollowUpPlan> plans(Collection<String> planIds) {
        Map<String, FollowUpPlan> stored = new HashMap<>();
        if (!planIds.isEmpty()) {
            mongo.find(query(where("_id").in(planIds)), FollowUpPlan.class)
                    .forEach(plan -> stored.put(plan.planId(), plan));
        }
        return stored;
    }

    /** Those of the follow-ups that are stored, by id: one query by id. */
    Map<String, FollowUpEntry> followUps(Collection<String> followUpIds) {
        Map<String, FollowUpEntry> stored = new HashMap<>();
        if (!followUpIds.isEmpty()) {
            mongo.find(query(where("_id").in(followUpIds)), FollowUpEntry.class)
                    .forEach(entry -> stored.put(entry.followUpId(), entry));
        }
        return stored;
    }

    /**
     * Writes, for each plan, its owner if the poll learnt it (a document the plan's PlanCreated makes once; idempotent:
     * the owner never changes), then the follow-ups the poll changed, each with its fields and new applied sequence in
     * one update guarded by the sequence read ({@link GuardedWrite}): the owners in one round trip, then the follow-ups
     * in one. If another writer got in between, it throws {@link ConcurrentModificationException} and the poll is
     * applied again from a fresh read (the follow-ups already written find their events applied).
     */
    void write(Collection<FollowUpsChange> changes) {
        writePlans(changes.stream().filter(FollowUpsChange::planChanged).toList());
        List<FollowUpChange> changed = changes.stream().flatMap(change -> change.followUps().values().stream())
                .filter(FollowUpChange::changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, FollowUpEntry.class);
        for (FollowUpChange followUp : changed) {
            Update update = new Update();
            followUp.set().forEach(update::set);
            update.set(FollowUpEntry.APPLIED_SEQUENCE, followUp.appliedSequence());
            Criteria guard = where("_id").is(followUp.followUpId()).and(FollowUpEntry.APPLIED_SEQUENCE)
                    .is(followUp.stored() == null ? null : followUp.stored().appliedSequence());
            if (followUp.stored() == null) {
                bulk.upsert(query(guard), update);
            } else {
                bulk.updateOne(query(guard), update);
            }
        }
        BulkWriteResult result;
        try {
            result = bulk.execute();
        } catch (DuplicateKeyException | BulkOperationException createdMeanwhile) {
            throw changedMeanwhile(changes);
        }
        if (result.getMatchedCount() + result.getUpserts().size() < changed.size()) {
            throw changedMeanwhile(changes);
        }
    }

    /** The owners as their PlanCreated set them: each created once (another writer creating it meanwhile fails). */
    private void writePlans(List<FollowUpsChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, FollowUpPlan.COLLECTION);
        for (FollowUpsChange change : changes) {
            FollowUpPlan plan = change.plan();
            if (change.storedPlan() != null) {
                bulk.updateOne(query(where("_id").is(plan.planId())), new Update().set(FollowUpPlan.ORG, plan.org())
                        .set(FollowUpPlan.OWNER_ID, plan.ownerId()).set(FollowUpPlan.TEAM, plan.team()));
            } else {
                bulk.insert(new Document("_id", plan.planId()).append(FollowUpPlan.ORG, plan.org())
                        .append(FollowUpPlan.OWNER_ID, plan.ownerId()).append(FollowUpPlan.TEAM, plan.team()));
            }
        }
        try {
            bulk.execute();
        } catch (DuplicateKeyException | BulkOperationException createdMeanwhile) {
            throw changedMeanwhile(changes);
        }
    }

    private static ConcurrentModificationException changedMeanwhile(Collection<FollowUpsChange> changes) {
        return new ConcurrentModificationException("the follow-ups of plans " + changes.stream()
                .map(FollowUpsChange::planId).toList() + " changed while events were applied to them; retrying from "
                + "a fresh read");
    }

    /** Erasure: the follow-ups promised to the person (by contact id, or by a key of theirs) are deleted. */
    public void forgetPerson(String contactId, Collection<String> keyIds) {
        mongo.remove(query(new Criteria().orOperator(
                where(FollowUpEntry.CONTACT_ID).is(contactId), where(FollowUpEntry.KEY_ID).in(keyIds))),
                FollowUpEntry.class);
    }
}
