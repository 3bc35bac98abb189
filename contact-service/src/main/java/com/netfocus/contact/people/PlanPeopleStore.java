package com.netfocus.contact.people;

import com.netfocus.support.guarded.GuardedBatch;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and updates the plan people projection: the events of a plan in one poll are one guarded update, and the plans
 * of a poll are read in one query and written in one round trip.
 */
@Component
public class PlanPeopleStore {

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
     * The plans' documents as stored, to apply events to ({@link PlanPeopleChange}), by plan id, in one query by id;
     * a plan none of whose events was applied yet is absent.
     */
    Map<String, PlanPeople> read(Collection<String> planIds) {
        Map<String, PlanPeople> stored = new HashMap<>();
        mongo.find(query(where("_id").in(planIds)), PlanPeople.class)
                .forEach(people -> stored.put(people.planId(), people));
        return stored;
    }

    /**
     * Writes, for each change, what its events set, with the people met they made ({@code metOfPlan}, in order), and
     * the new applied sequence, in one update of its plan, so that a crash can never leave one without the other (the
     * wire server has no transactions, and none is needed); the poll's plans together, in one round trip. Targets and
     * people met are appended to the stored ones, never rewritten, so that a person an erasure took out meanwhile stays
     * out; the targets retired and the people of attendances corrected or retracted are taken out before, by their
     * ids, in one round trip of their own (safe to repeat, should the poll be retried). Each update is a
     * compare-and-set on the applied sequence read ({@link GuardedBatch}), or creates the document the read did not
     * find: if another writer got in between, it throws and the poll is applied again from a fresh read. A change of no
     * event writes nothing.
     */
    void write(Collection<PlanPeopleChange> changes, Map<String, List<MetPerson>> metOfPlan) {
        List<PlanPeopleChange> changed = changes.stream().filter(PlanPeopleChange::changed).toList();
        takeOutRemoved(changed);
        GuardedBatch batch = new GuardedBatch(mongo, PlanPeople.class, PlanPeople.APPLIED_SEQUENCE);
        for (PlanPeopleChange change : changed) {
            List<MetPerson> met = metOfPlan.getOrDefault(change.planId(), List.of());
            Update update = new Update();
            if (change.created()) {
                update.set(PlanPeople.ORG, change.org()).set(PlanPeople.TEAM, change.team())
                        .set(PlanPeople.OWNER_ID, change.ownerId());
            }
            // a list the poll touched is pushed to even when nothing is left to add (an attendance logged and
            // retracted in one poll), so that it exists as it would had its events come one poll each
            if (!change.targets().isEmpty() || !change.removedTargets().isEmpty()) {
                update.push(PlanPeople.TARGETS).each(change.targets().toArray());
            }
            if (!met.isEmpty() || !change.removedAttendances().isEmpty()) {
                update.push(PlanPeople.PEOPLE_MET).each(met.toArray());
            }
            update.set(PlanPeople.APPLIED_SEQUENCE, change.appliedSequence());
            if (change.stored() == null) {
                batch.create(change.planId(), update);
            } else {
                batch.apply(change.planId(), change.storedSequence(), update);
            }
        }
        batch.execute();
    }

    /** What corrections, retractions and retired targets took out, first: one update may change a path once. */
    private void takeOutRemoved(List<PlanPeopleChange> changes) {
        List<PlanPeopleChange> removing = changes.stream().filter(change -> change.stored() != null
                && (!change.removedTargets().isEmpty() || !change.removedAttendances().isEmpty())).toList();
        if (removing.isEmpty()) {
            return;
        }
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PlanPeople.class);
        removing.forEach(change -> pulls.updateOne(query(where("_id").is(change.planId())), new Update()
                .pull(PlanPeople.TARGETS, new Document("targetId", new Document("$in", change.removedTargets())))
                .pull(PlanPeople.PEOPLE_MET, new Document("attendanceId",
                        new Document("$in", change.removedAttendances())))));
        pulls.execute();
    }

    /** Erasure: the person (met in any plan, linked to this contact) leaves every plan's people met. */
    public void forgetPerson(String contactId) {
        mongo.updateMulti(query(where(PlanPeople.PEOPLE_MET + ".contactId").is(contactId)),
                new Update().pull(PlanPeople.PEOPLE_MET, new Document("contactId", contactId)),
                PlanPeople.class);
    }
}
