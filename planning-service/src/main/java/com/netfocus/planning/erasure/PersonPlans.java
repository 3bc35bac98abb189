package com.netfocus.planning.erasure;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which plans reference a person, by key id (contact id or person id), so that an erasure finds them without
 * scanning the event store: {@code person_plans}, one document per key id ({@code _id}: the wire server serves no
 * secondary index). Written once the command that references the person was accepted (a refused command stores
 * nothing). A crash in between leaves the person's data in that plan sealed all the same, so an erasure still makes it
 * unreadable; only that plan's history would lack the erasure entry.
 */
@Component
public class PersonPlans {

    public static final String COLLECTION = "person_plans";
    private static final String PLANS = "plans";

    private final MongoCollection<Document> lookup;

    public PersonPlans(MongoTemplate mongo) {
        this.lookup = mongo.getCollection(COLLECTION);
    }

    public void remember(String planId, Collection<String> keyIds) {
        keyIds.stream().filter(Objects::nonNull).distinct().forEach(keyId -> lookup.updateOne(Filters.eq("_id", keyId),
                Updates.addToSet(PLANS, planId), new UpdateOptions().upsert(true)));
    }

    public Set<String> plansOf(Collection<String> keyIds) {
        Set<String> plans = new LinkedHashSet<>();
        lookup.find(Filters.in("_id", keyIds)).forEach(document -> plans.addAll(document.getList(PLANS, String.class,
                List.of())));
        return plans;
    }
}
