package com.netfocus.contact.contact;

import com.netfocus.contact.publication.ContactRegisteredPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Turns people from outside (an imported file, the people met at an event) into one user's contacts: each
 * person becomes a new contact of that owner or is merged into the owner's contact they duplicate (see
 * {@link ContactDirectory}), within the batch and with the owner's contacts already stored. Merging fills empty
 * fields and never erases; another user's contacts are never merged into (they are not the owner's to change).
 *
 * <p>Safe to repeat: a created contact's id is derived from the owner and the person's key, so a replay, or two
 * intakes racing, find the id taken and merge instead of creating a twin; and a merge only writes fields that
 * are still empty in the stored document (checked in the same update), so it can never overwrite a value.
 * Each contact created is published as {@code ContactRegistered}; a merge publishes nothing.
 */
@Service
public class ContactIntake {

    private final MongoTemplate mongo;
    private final IntakeProperties properties;
    private final ContactRegisteredPublisher publisher;
    private final ContactKeyIndex keys;

    public ContactIntake(MongoTemplate mongo, IntakeProperties properties, ContactRegisteredPublisher publisher,
                         ContactKeyIndex keys) {
        this.keys = keys;
        this.mongo = mongo;
        this.properties = properties;
        this.publisher = publisher;
    }

    /**
     * @param owner  whose contacts the people become
     * @param actor  who brought them in (the importing user, the user who logged the attendance)
     * @param people valid persons (a name each; text trimmed here)
     * @return one outcome per person, in the same order
     */
    public List<IntakeOutcome> intake(ContactOwner owner, String actor, Instant at, List<AddContact> people) {
        return intake(owner, people.stream().map(person -> new IncomingPerson(person, actor, at)).toList());
    }

    /**
     * As {@link #intake(ContactOwner, String, Instant, List)}, for people brought in by different actors at different
     * times (the people met at several attendances of one plan): one lookup of the owner's stored contacts for all.
     */
    public List<IntakeOutcome> intake(ContactOwner owner, List<IncomingPerson> people) {
        String org = owner.org();
        List<AddContact> cleaned = people.stream().map(incoming -> cleaned(incoming.person())).toList();
        ContactDirectory directory = new ContactDirectory(storedDuplicateCandidates(owner, cleaned));
        List<ContactDraft> drafts = new ArrayList<>();
        List<Boolean> createdByRow = new ArrayList<>();
        Set<ContactDraft> touched = new LinkedHashSet<>();
        for (int row = 0; row < cleaned.size(); row++) {
            AddContact person = cleaned.get(row);
            ContactDraft draft = directory.match(person);
            boolean created = draft == null;
            if (created) {
                draft = ContactDraft.created(ContactKeys.dedupeId(owner, ContactKeys.emailKey(person.email()),
                        ContactKeys.nameKey(person.name(), person.company())), people.get(row).actor(),
                        people.get(row).at(), person);
                directory.add(draft);
            } else {
                directory.merge(draft, person);
            }
            drafts.add(draft);
            createdByRow.add(created);
            touched.add(draft);
        }
        Set<String> foundTaken = new LinkedHashSet<>();
        List<Contact> inserted = new ArrayList<>();
        // keys first: a crash before the contacts are written leaves keys naming nobody, never a contact without keys
        keys.register(touched.stream().filter(draft -> !draft.isStored()).map(draft -> draft.toContact(owner)).toList());
        for (ContactDraft draft : touched) {
            if (draft.isStored()) {
                fillEmptyFields(org, draft.id(), draft.filledSinceStored());
            } else {
                Contact contact = draft.toContact(owner);
                if (insert(org, contact)) {
                    inserted.add(contact);
                } else {
                    foundTaken.add(draft.id());
                }
            }
        }
        publisher.publishSoon(inserted);
        List<IntakeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String id = drafts.get(i).id();
            outcomes.add(new IntakeOutcome(id, createdByRow.get(i) && !foundTaken.contains(id)));
        }
        return outcomes;
    }

    /** @return false when a new contact's id was taken already (a replay or a race) and it was merged instead */
    private boolean insert(String org, Contact contact) {
        try {
            mongo.insert(contact);
            return true;
        } catch (DuplicateKeyException taken) {
            fillEmptyFields(org, contact.id(), ContactDraft.fieldsOf(contact));
            return false;
        }
    }

    /**
     * Writes the values whose field is still empty in the stored contact, in one update guarded by exactly
     * that emptiness. If another writer filled one of them meanwhile, the update matches nothing and is
     * recomputed from the fresh document; each round one more field is taken, so this ends.
     */
    private void fillEmptyFields(String org, String contactId, Map<String, String> values) {
        if (values.values().stream().allMatch(java.util.Objects::isNull)) {
            return;
        }
        while (true) {
            Contact current = mongo.findById(contactId, Contact.class);
            if (current == null || !org.equals(current.org())) {
                return;
            }
            Map<String, String> missing = new LinkedHashMap<>();
            Map<String, String> currentFields = ContactDraft.fieldsOf(current);
            values.forEach((field, value) -> {
                if (value != null && currentFields.get(field) == null) {
                    missing.put(field, value);
                }
            });
            if (missing.isEmpty()) {
                return;
            }
            Criteria stillEmpty = where("_id").is(contactId).and(Contact.ORG).is(org);
            Update update = new Update();
            missing.forEach((field, value) -> {
                stillEmpty.and(field).is(null);
                update.set(field, value);
            });
            Map<String, String> merged = new LinkedHashMap<>(currentFields);
            merged.putAll(missing);
            String emailKey = ContactKeys.emailKey(merged.get(Contact.EMAIL));
            // without an e-mail the key stays absent, as in a contact inserted without one
            if (emailKey != null) {
                update.set(Contact.EMAIL_KEY, emailKey);
            }
            update.set(Contact.NAME_KEY, ContactKeys.nameKey(current.name(), merged.get(Contact.COMPANY)));
            keys.register(org, current.ownerId(), contactId, ContactKeys.emailKey(merged.get(Contact.EMAIL)),
                    ContactKeys.nameKey(current.name(), merged.get(Contact.COMPANY)));
            if (mongo.updateFirst(query(stillEmpty), update, Contact.class).getMatchedCount() == 1) {
                return;
            }
        }
    }

    /**
     * The owner's stored contacts sharing an e-mail key or a name key with anybody incoming, oldest first. Found
     * through {@link ContactKeyIndex} and then by id: both lookups by {@code _id}, served by the primary index on the
     * embedded wire server too (a query by org, owner and key would scan every contact there).
     */
    private List<Contact> storedDuplicateCandidates(ContactOwner owner, List<AddContact> people) {
        Set<String> emailKeys = new LinkedHashSet<>();
        Set<String> nameKeys = new LinkedHashSet<>();
        people.forEach(person -> {
            String emailKey = ContactKeys.emailKey(person.email());
            if (emailKey != null) {
                emailKeys.add(emailKey);
            }
            nameKeys.add(ContactKeys.nameKey(person.name(), person.company()));
        });
        List<String> ids = List.copyOf(keys.contactIds(owner.org(), owner.ownerId(), emailKeys, nameKeys));
        Map<String, Contact> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += properties.lookupBatchSize()) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + properties.lookupBatchSize()));
            mongo.find(query(where("_id").in(batch)), Contact.class).stream()
                    .filter(contact -> owner.org().equals(contact.org()) && owner.ownerId().equals(contact.ownerId()))
                    .filter(contact -> emailKeys.contains(contact.emailKey()) || nameKeys.contains(contact.nameKey()))
                    .forEach(contact -> found.putIfAbsent(contact.id(), contact));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Contact::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Contact::id))
                .toList();
    }

    private static AddContact cleaned(AddContact person) {
        return new AddContact(ContactBook.trimmed(person.name()), ContactBook.trimmed(person.company()),
                ContactBook.trimmed(person.function()), ContactBook.trimmed(person.position()),
                ContactBook.trimmed(person.industry()), ContactBook.trimmed(person.email()),
                ContactBook.trimmed(person.phone()));
    }
}
