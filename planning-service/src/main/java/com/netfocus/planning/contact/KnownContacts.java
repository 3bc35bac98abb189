package com.netfocus.planning.contact;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.netfocus.contracts.contact.ContactRegistered;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids of the contacts each org has, copied locally from the contact service's events ({@code known_contacts},
 * one document per contact id): naming a contact never calls the contact service, so planning keeps accepting
 * commands while it is down. Writing the same registration twice leaves the same document.
 */
@Component
public class KnownContacts {

    public static final String COLLECTION = "known_contacts";

    private final MongoCollection<Document> contacts;

    public KnownContacts(MongoTemplate mongo) {
        this.contacts = mongo.getCollection(COLLECTION);
    }

    public void upsert(ContactRegistered registered) {
        contacts.replaceOne(Filters.eq("_id", registered.contactId()),
                new Document("_id", registered.contactId()).append("org", registered.org()),
                new ReplaceOptions().upsert(true));
    }

    /** An erased contact can no longer be named. */
    public void forget(String contactId) {
        contacts.deleteOne(Filters.eq("_id", contactId));
    }

    public boolean isKnown(String contactId, String org) {
        return contactId != null && !known(Set.of(contactId), org).isEmpty();
    }

    /**
     * Those of the given ids that are contacts of the org. Looked up by {@code _id} alone and the org compared here:
     * the embedded wire server uses the primary index only for a query on {@code _id} and nothing else.
     */
    public Set<String> known(Collection<String> contactIds, String org) {
        Set<String> wanted = contactIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        contacts.find(Filters.in("_id", wanted))
                .forEach(document -> {
                    if (org != null && org.equals(document.getString("org"))) {
                        found.add(document.getString("_id"));
                    }
                });
        return Set.copyOf(found);
    }
}
