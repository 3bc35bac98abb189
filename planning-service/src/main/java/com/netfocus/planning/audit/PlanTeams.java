package com.netfocus.planning.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.in;

/**
 * The team of each plan ({@code audit_plan_teams}), as its {@code PlanCreated} named it: an audit entry belongs to
 * the plan's team, whoever caused it (an erasure the contact service requested carries no team of its own). Read by
 * {@code _id $in}, a chunk of plans per round trip; the most recently used are kept in memory.
 */
@Component
class PlanTeams {

    static final String COLLECTION = "audit_plan_teams";
    private static final String TEAM = "team";

    private final MongoCollection<Document> teams;
    private final int chunk;
    private final Map<String, String> remembered;

    PlanTeams(MongoTemplate mongo, AuditSettings settings) {
        this.teams = mongo.getCollection(COLLECTION);
        this.chunk = settings.readChunk();
        int rememberedPlans = settings.rememberedPlanTeams();
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > rememberedPlans;
            }
        };
    }

    /** Records the teams of plans just created; a plan recorded already keeps what it has. */
    void created(Map<String, String> teamOfPlan) {
        if (teamOfPlan.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>();
        teamOfPlan.forEach((planId, team) -> documents.add(new Document("_id", planId).append(TEAM, team)));
        try {
            teams.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException failed) {
            if (!failed.getWriteErrors().stream().allMatch(error ->
                    ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                throw failed;
            }
        }
        synchronized (remembered) {
            remembered.putAll(teamOfPlan);
        }
    }

    /** The teams of the plans, as far as they are known. */
    Map<String, String> of(Collection<String> planIds) {
        Map<String, String> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (remembered) {
            for (String planId : planIds) {
                String team = remembered.get(planId);
                if (team == null) {
                    missing.add(planId);
                } else {
                    found.put(planId, team);
                }
            }
        }
        for (int from = 0; from < missing.size(); from += chunk) {
            teams.find(in("_id", missing.subList(from, Math.min(missing.size(), from + chunk))))
                    .forEach(document -> found.put(document.getString("_id"), document.getString(TEAM)));
        }
        synchronized (remembered) {
            remembered.putAll(found);
        }
        return found;
    }
}
