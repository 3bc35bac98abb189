package com.netfocus.contact.contact;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The keys a contact's personal data is sealed under elsewhere: its own id, and the person ids planning gave the
 * people met by name only who became (or were merged into) this contact. Kept as a field of the contact document
 * ({@code keyIds}), beside what the Contact record maps, so that an erasure destroys every one of them.
 */
@Component
public class ContactKeyIds {

    static final String KEY_IDS = "keyIds";

    private final MongoTemplate mongo;

    public ContactKeyIds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Idempotent: keeps each contact's person ids (each once, in their order), in one round trip for all of them.
     *
     * @param personIdsOfContact per contact id, the person ids to keep
     */
    public void remember(Map<String, List<String>> personIdsOfContact) {
        if (personIdsOfContact.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Contact.class);
        personIdsOfContact.forEach((contactId, personIds) -> bulk.updateOne(query(where("_id").is(contactId)),
                new Update().addToSet(KEY_IDS).each(personIds.toArray())));
        bulk.execute();
    }

    /** The contact's id and every person id it kept. */
    public Set<String> of(String contactId) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(contactId);
        Document stored = mongo.findById(contactId, Document.class, Contact.COLLECTION);
        if (stored != null) {
            keys.addAll(stored.getList(KEY_IDS, String.class, List.of()));
        }
        return keys;
    }
}
