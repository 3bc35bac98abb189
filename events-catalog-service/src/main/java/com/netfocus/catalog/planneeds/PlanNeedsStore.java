package com.netfocus.catalog.planneeds;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.guarded.GuardedBatch;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and updates the plan needs projection: the events of one plan in one poll are one guarded single-document
 * update, and the plans of a poll are read in one query and written in one round trip.
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
     * The needs of each plan as stored, to apply events to ({@link PlanNeedsChange}), in one query by {@code _id}
     * (served by its index on the embedded wire server too); for a plan not seen before, the empty needs its first
     * write creates (applied sequence {@link PlanSequenceGuard#NOTHING_APPLIED}, scoped by the org of the event that
     * named it, so that the plan is scoped even if its PlanCreated has not been read yet).
     *
     * @param orgOfPlan the plans to read, each with the org of the first event that named it
     */
    Map<String, PlanNeedsChange> read(Map<String, String> orgOfPlan) {
        Map<String, PlanNeeds> stored = new HashMap<>();
        mongo.find(query(where("_id").in(orgOfPlan.keySet())), PlanNeeds.class)
                .forEach(needs -> stored.put(needs.planId(), needs));
        Map<String, PlanNeedsChange> changes = new LinkedHashMap<>();
        orgOfPlan.forEach((planId, org) -> changes.put(planId, stored.containsKey(planId)
                ? PlanNeedsChange.from(stored.get(planId), true)
                : PlanNeedsChange.from(new PlanNeeds(planId, org, null, null, null, null, 0.0, 0.0,
                PlanSequenceGuard.NOTHING_APPLIED, List.of(), List.of(), List.of(), List.of()), false)));
        return changes;
    }

    /**
     * Writes, for each change, the fields its events set and its applied sequence in one update of its plan, so a
     * crash can never leave one without the other (the wire server has no transactions, and none is needed); all of
     * them in one round trip. Each update is a compare-and-set on the applied sequence read ({@link GuardedBatch}), or
     * creates the document the read did not find (with the empty needs' values where no event set a field): if
     * anything was applied to one of them in between, it throws {@link java.util.ConcurrentModificationException} and
     * the events are applied again from a fresh read (the whole poll is retried). A change without an applied event
     * writes nothing.
     */
    void write(Collection<PlanNeedsChange> changes) {
        GuardedBatch batch = new GuardedBatch(mongo, PlanNeeds.class, PlanNeeds.APPLIED_SEQUENCE);
        for (PlanNeedsChange change : changes) {
            if (!change.changed()) {
                continue;
            }
            String planId = change.stored().planId();
            if (change.exists()) {
                batch.apply(planId, change.stored().appliedSequence(), change.update());
            } else {
                batch.create(planId, creation(change));
            }
        }
        batch.execute();
    }

    /** The update that creates a plan's needs: what its events set, the empty needs' values for the rest. */
    private static Update creation(PlanNeedsChange change) {
        Update creation = change.update();
        PlanNeeds empty = change.stored();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(PlanNeeds.ORG, empty.org());
        defaults.put(PlanNeeds.HOURS_BUDGET, empty.hoursBudget());
        defaults.put(PlanNeeds.HOURS_SPENT, empty.hoursSpent());
        defaults.put(PlanNeeds.OBJECTIVES, List.of());
        defaults.put(PlanNeeds.TARGETS, List.of());
        defaults.put(PlanNeeds.CHOSEN_PLATFORMS, List.of());
        defaults.put(PlanNeeds.ATTENDANCES, List.of());
        defaults.put(PlanNeeds.CLOSED, false);
        defaults.forEach((field, value) -> {
            if (!creation.modifies(field)) {
                creation.setOnInsert(field, value);
            }
        });
        return creation;
    }
}
