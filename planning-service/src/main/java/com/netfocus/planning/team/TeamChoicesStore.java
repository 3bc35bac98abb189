package com.netfocus.planning.team;

import com.netfocus.support.guarded.GuardedWrite;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and writes the teams' choices ({@code team_choices}, one document per org and team): a choice reads its team
 * by {@code _id}, served by the primary index on both servers; a poll's events of a team are one write, a
 * compare-and-set on the document's version ({@link GuardedWrite}, its index declared by TeamIndexes).
 */
@Component
public class TeamChoicesStore {

    private final MongoTemplate mongo;

    public TeamChoicesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The plans of teammates that chose the platform, the caller's own plans left out. */
    public List<TeammateChoice> teammatesAt(String org, String team, String platformId, String ownerId) {
        if (org == null || team == null || team.isBlank()) {
            return List.of();
        }
        TeamChoices choices = mongo.findById(TeamChoices.keyOf(org, team), TeamChoices.class);
        return choices == null ? List.of() : choices.at(platformId, ownerId);
    }

    /** The team as stored, created empty (version 0) when it is not yet. */
    TeamChoices read(String org, String team) {
        String key = TeamChoices.keyOf(org, team);
        TeamChoices current = mongo.findById(key, TeamChoices.class);
        if (current == null) {
            mongo.upsert(query(where("_id").is(key)), new Update()
                    .setOnInsert(TeamChoices.ORG, org)
                    .setOnInsert(TeamChoices.TEAM, team)
                    .setOnInsert(TeamChoices.VERSION, 0L)
                    .setOnInsert(TeamChoices.PLANS, Map.of()), TeamChoices.class);
            current = mongo.findById(key, TeamChoices.class);
        }
        if (current == null) {
            throw new IllegalStateException("team choices " + key + " not found right after it was created; retrying");
        }
        return current;
    }

    /**
     * Sets the plans the events changed and the next version in one update, if the version is still the one read;
     * else throws {@link java.util.ConcurrentModificationException} and the events are applied again from a fresh
     * read. Nothing changed, nothing written.
     */
    void write(TeamChoices stored, TeamChoices applied) {
        Map<String, TeamPlan> changed = applied.changedSince(stored);
        if (changed.isEmpty()) {
            return;
        }
        Update update = new Update().set(TeamChoices.VERSION, stored.version() + 1);
        changed.forEach((planId, plan) -> update.set(TeamChoices.PLANS + "." + planId, plan));
        GuardedWrite.apply(mongo, TeamChoices.class, stored.key(), TeamChoices.VERSION, stored.version(), update);
    }
}
