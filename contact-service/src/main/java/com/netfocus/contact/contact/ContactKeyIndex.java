package com.netfocus.contact.contact;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The duplicate keys of every owner's contacts ({@code contact_keys}: one document per owner and key, its {@code _id}
 * the key, pointing at the contact), so that finding the stored contacts an incoming person may duplicate is a lookup
 * by {@code _id}. A query on the contacts by org, owner and key would scan every contact on the embedded wire server,
 * which has no secondary indexes: once per attendance with people met, over a book that grows with every one of them.
 *
 * <p>A merge only adds keys (it fills empty fields, so a contact gains keys and never loses one); an edit registers the
 * new keys before the contact is written and takes the contact out of its old ones after, each key listing every
 * contact registered under it. They are registered before the contact is written, so a crash in between leaves
 * at worst a key naming a contact that does not exist, which the lookup passes over; never a contact its keys miss.
 * The intake compares the candidates' actual fields, as before. Filled at start-up from the contacts when it is empty
 * (data written before it existed).
 *
 * <p>A key is made of personal data (an e-mail, a name), so it is stored as its SHA-256 digest, and an erasure takes
 * the person's keys out ({@link #forget(Contact)}): nothing readable about an erased person stays here.
 */
@Component
public class ContactKeyIndex implements SmartInitializingSingleton {

    static final String COLLECTION = "contact_keys";
    private static final String CONTACT_IDS = "contactIds";
    private static final int BACKFILL_BATCH = 500;

    private final MongoTemplate mongo;

    public ContactKeyIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Registers the contacts' keys (idempotent: one round trip of upserts adding the id to each key's set). */
    void register(Collection<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Contact contact : contacts) {
            add(bulk, contact.org(), contact.ownerId(), contact.id(), contact.emailKey(), contact.nameKey());
        }
        bulk.execute();
    }

    /** Registers one contact's keys (after a merge filled the fields they are made of). */
    void register(String org, String ownerId, String contactId, String emailKey, String nameKey) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        add(bulk, org, ownerId, contactId, emailKey, nameKey);
        bulk.execute();
    }

    private static void add(BulkOperations bulk, String org, String ownerId, String contactId, String emailKey,
                            String nameKey) {
        for (String key : keysOf(org, ownerId, emailKey, nameKey)) {
            bulk.upsert(query(where("_id").is(key)), new Update().addToSet(CONTACT_IDS, contactId));
        }
    }

    /** Erasure: the contact leaves every key of its own; a key that then names nobody is deleted. */
    public void forget(Contact contact) {
        forget(contact.org(), contact.ownerId(), contact.id(), contact.emailKey(), contact.nameKey());
    }

    /**
     * The contact leaves these keys (null: none of that kind), after an edit changed what they are made of; a key
     * that then names nobody is deleted.
     */
    void forget(String org, String ownerId, String contactId, String emailKey, String nameKey) {
        List<String> keys = keysOf(org, ownerId, emailKey, nameKey);
        if (keys.isEmpty()) {
            return;
        }
        for (String key : keys) {
            mongo.updateFirst(query(where("_id").is(key)), new Update().pull(CONTACT_IDS, contactId), COLLECTION);
        }
        mongo.remove(query(where("_id").in(keys).and(CONTACT_IDS).size(0)), COLLECTION);
    }

    /** The ids of the owner's contacts registered under any of these e-mail or name keys. */
    Set<String> contactIds(String org, String ownerId, Collection<String> emailKeys, Collection<String> nameKeys) {
        List<String> keys = new ArrayList<>();
        emailKeys.forEach(key -> keys.add(key(org, ownerId, "e", key)));
        nameKeys.forEach(key -> keys.add(key(org, ownerId, "n", key)));
        if (keys.isEmpty()) {
            return Set.of();
        }
        Query byKeys = query(where("_id").in(keys));
        Set<String> ids = new LinkedHashSet<>();
        mongo.find(byKeys, Document.class, COLLECTION)
                .forEach(found -> ids.addAll(found.getList(CONTACT_IDS, String.class, List.of())));
        return ids;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (mongo.getCollection(COLLECTION).estimatedDocumentCount() == 0
                && mongo.getCollection(Contact.COLLECTION).estimatedDocumentCount() > 0) {
            List<Contact> batch = new ArrayList<>();
            try (var contacts = mongo.stream(new Query(), Contact.class)) {
                contacts.forEach(contact -> {
                    batch.add(contact);
                    if (batch.size() == BACKFILL_BATCH) {
                        register(batch);
                        batch.clear();
                    }
                });
            }
            register(batch);
        }
    }

    private static List<String> keysOf(String org, String ownerId, String emailKey, String nameKey) {
        List<String> keys = new ArrayList<>(2);
        if (emailKey != null) {
            keys.add(key(org, ownerId, "e", emailKey));
        }
        if (nameKey != null) {
            keys.add(key(org, ownerId, "n", nameKey));
        }
        return keys;
    }

    /**
     * The digest of org, owner, kind and key, separated by a newline (which no key contains: keys are trimmed,
     * normalised text): the stored key names no one.
     */
    private static String key(String org, String ownerId, String kind, String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    (org + "\n" + ownerId + "\n" + kind + ":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
