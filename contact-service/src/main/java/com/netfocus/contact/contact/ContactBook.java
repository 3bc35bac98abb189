package com.netfocus.contact.contact;

import com.netfocus.contact.publication.ContactRegisteredPublisher;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.access.ReadScope;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The contacts of an org's users. Every read is scoped by the org and by {@link ReadAccess}: a REP reads their own
 * contacts, a MANAGER also their team's, an ADMIN the whole org's; a contact of the org the caller may not read is
 * refused (403), one of another org is not found (404).
 */
@Service
public class ContactBook {

    private final MongoTemplate mongo;
    private final ContactRegisteredPublisher publisher;
    private final ContactKeyIndex keys;

    public ContactBook(MongoTemplate mongo, ContactRegisteredPublisher publisher, ContactKeyIndex keys) {
        this.keys = keys;
        this.mongo = mongo;
        this.publisher = publisher;
    }

    public ContactAdded add(Caller caller, AddContact request) {
        String name = request.name().strip();
        String company = trimmed(request.company());
        String email = trimmed(request.email());
        // An explicit add always creates: the person asked for this contact. Imports and people met dedupe.
        ContactOwner owner = ContactOwner.of(caller);
        Contact contact = new Contact(UUID.randomUUID().toString(), caller.org(), caller.userId(), owner.ownerId(),
                owner.team(), Instant.now(),
                name, company, trimmed(request.function()), trimmed(request.position()), trimmed(request.industry()),
                email, trimmed(request.phone()), ContactKeys.emailKey(email), ContactKeys.nameKey(name, company), false);
        keys.register(List.of(contact));
        mongo.insert(contact);
        publisher.publishSoon(contact);
        return new ContactAdded(contact.id());
    }

    /** The contacts the caller may read, by name. */
    public PageOf<ContactView> list(Caller caller, int page, int size) {
        Criteria readable = readableBy(ReadAccess.scopeOf(caller));
        long total = mongo.count(query(readable), Contact.class);
        var items = mongo.find(query(readable)
                        .with(Sort.by(Contact.NAME, "_id")).skip(PageRequestCheck.offset(page, size)).limit(size), Contact.class)
                .stream().map(ContactView::of).toList();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * The contacts the caller may read that match the search, by name: the store's page when the search asks for
     * nothing, else the readable contacts streamed in name order and matched here (see {@link ContactSearch}).
     */
    public PageOf<ContactView> list(Caller caller, ContactSearch search, int page, int size) {
        if (!search.asksForAnything()) {
            return list(caller, page, size);
        }
        long from = (long) page * size;
        List<ContactView> items = new ArrayList<>();
        long total = 0;
        try (Stream<Contact> readable = readableInNameOrder(caller)) {
            for (Contact contact : (Iterable<Contact>) readable::iterator) {
                if (search.matches(contact)) {
                    if (total >= from && items.size() < size) {
                        items.add(ContactView.of(contact));
                    }
                    total++;
                }
            }
        }
        return new PageOf<>(items, page, size, total);
    }

    /** Every contact the caller may read that matches the search, by name, as a stream to close after use. */
    public Stream<ContactView> export(Caller caller, ContactSearch search) {
        return readableInNameOrder(caller).filter(search::matches).map(ContactView::of);
    }

    private Stream<Contact> readableInNameOrder(Caller caller) {
        return mongo.stream(query(readableBy(ReadAccess.scopeOf(caller))).with(Sort.by(Contact.NAME, "_id")),
                Contact.class);
    }

    public ContactView get(Caller caller, String contactId) {
        Contact contact = mongo.findById(contactId, Contact.class);
        ReadAccess.ensureReadable("contact", contactId, contact == null ? null : contact.ownership(), caller);
        return ContactView.of(contact);
    }

    /** {@link ReadScope} as a query: the same rule as {@link ReadAccess#decide}, for a listing. */
    static Criteria readableBy(ReadScope scope) {
        Criteria ofOrg = where(Contact.ORG).is(scope.org());
        if (scope.wholeOrg()) {
            return ofOrg;
        }
        if (scope.team() == null) {
            return ofOrg.and(Contact.OWNER_ID).is(scope.ownerId());
        }
        return ofOrg.orOperator(where(Contact.OWNER_ID).is(scope.ownerId()), where(Contact.TEAM).is(scope.team()));
    }

    /** The org's contact with this id, if the org has one. */
    public Optional<Contact> find(String org, String contactId) {
        // by id alone, the org compared here: {_id, org} would scan every contact on the embedded wire server
        return Optional.ofNullable(mongo.findById(contactId, Contact.class))
                .filter(contact -> org != null && org.equals(contact.org()));
    }

    /** Those of the org's contacts among {@code contactIds}, by contact id: one query by id for all of them. */
    public Map<String, Contact> find(String org, Collection<String> contactIds) {
        Map<String, Contact> found = new HashMap<>();
        if (!contactIds.isEmpty() && org != null) {
            mongo.find(query(where("_id").in(contactIds)), Contact.class).stream()
                    .filter(contact -> org.equals(contact.org()))
                    .forEach(contact -> found.put(contact.id(), contact));
        }
        return found;
    }

    /** The current names of those of the owner's contacts among {@code contactIds}, by contact id. */
    public Map<String, String> namesOf(String org, String ownerId, Collection<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        // by id alone (the primary index), org and owner compared here: see find
        var byIds = query(where("_id").in(contactIds));
        byIds.fields().include(Contact.NAME, Contact.ORG, Contact.OWNER_ID);
        Map<String, String> names = new HashMap<>();
        mongo.find(byIds, Document.class, Contact.COLLECTION).stream()
                .filter(contact -> org != null && org.equals(contact.getString(Contact.ORG))
                        && ownerId != null && ownerId.equals(contact.getString(Contact.OWNER_ID)))
                .forEach(contact -> names.put(contact.getString("_id"), contact.getString(Contact.NAME)));
        return names;
    }

    /**
     * The owner's contacts whose function, position and industry equal the profile's non-blank ones, without
     * regard to case; a profile naming nothing fits nobody (it would otherwise list the whole book).
     */
    public List<ContactView> fitting(String org, String ownerId, TargetProfile profile, int limit) {
        if (ownerId == null) {
            return List.of();
        }
        Criteria criteria = where(Contact.ORG).is(org).and(Contact.OWNER_ID).is(ownerId);
        boolean namesSomething = false;
        for (var field : List.of(Map.entry(Contact.FUNCTION, nullToEmpty(profile.function())),
                Map.entry(Contact.POSITION, nullToEmpty(profile.position())),
                Map.entry(Contact.INDUSTRY, nullToEmpty(profile.industry())))) {
            if (!field.getValue().isBlank()) {
                criteria = criteria.and(field.getKey()).regex("^" + Pattern.quote(field.getValue().strip()) + "$", "i");
                namesSomething = true;
            }
        }
        if (!namesSomething) {
            return List.of();
        }
        return mongo.find(query(criteria).with(Sort.by(Contact.NAME, "_id")).limit(limit), Contact.class).stream()
                .map(ContactView::of).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
