package com.netfocus.contact.contact;

import com.netfocus.contact.publication.ContactUpdate;
import com.netfocus.contact.publication.ContactUpdatedPublisher;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.correlation.CorrelationIdFilter;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Edits a contact, for its owner only (whoever may read it may not change it: 403; another org does not find it: 404).
 * The duplicate rules of the intake hold: after the edit, no other contact of the owner may have the same e-mail, nor
 * the same name and company (422 naming the field and the other contact: edit that one instead). Known matches follow
 * at once (they read the contacts as they are). Each edit that changes something is published as ContactUpdated,
 * naming the fields, never their values; an edit giving the stored values changes and publishes nothing.
 *
 * <p>Order of the writes, each safe to repeat: the new duplicate keys, the contact, the update to publish, the old
 * keys the contact no longer has. A crash in between leaves at worst a key naming the contact for values it no longer
 * has, which the intake passes over (it compares the stored fields).
 */
@Service
public class ContactEditing {

    private final MongoTemplate mongo;
    private final ContactKeyIndex keys;
    private final ContactUpdatedPublisher publisher;
    private final Clock clock;

    public ContactEditing(MongoTemplate mongo, ContactKeyIndex keys, ContactUpdatedPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.keys = keys;
        this.publisher = publisher;
        this.clock = clock;
    }

    public ContactEdited edit(Caller caller, String contactId, EditContact edit) {
        Contact contact = mongo.findById(contactId, Contact.class);
        ReadAccess.ensureReadable("contact", contactId, contact == null ? null : contact.ownership(), caller);
        if (!Objects.equals(contact.ownerId(), caller.userId())) {
            throw new ForbiddenException("only the owner of contact " + contactId + " may edit it");
        }
        refuseEmpty(edit);
        ContactFields before = ContactFields.of(contact);
        ContactFields after = before.edited(edit);
        List<String> changed = after.changedSince(before);
        if (changed.isEmpty()) {
            return new ContactEdited(contactId, List.of());
        }
        refuseDuplicates(contact, after);
        Contact edited = new Contact(contact.id(), contact.org(), contact.createdBy(), contact.ownerId(), contact.team(),
                contact.createdAt(), after.get(Contact.NAME), after.get(Contact.COMPANY), after.get(Contact.FUNCTION),
                after.get(Contact.POSITION), after.get(Contact.INDUSTRY), after.get(Contact.EMAIL),
                after.get(Contact.PHONE), after.emailKey(), after.nameKey(), contact.registeredPublished());
        keys.register(List.of(edited));
        Update update = new Update().set(Contact.EMAIL_KEY, edited.emailKey()).set(Contact.NAME_KEY, edited.nameKey());
        changed.forEach(field -> update.set(field, after.get(field)));
        mongo.updateFirst(query(where("_id").is(contactId)), update, Contact.class);
        ContactUpdate published = new ContactUpdate(UUID.randomUUID().toString(), contactId, contact.org(),
                clock.instant(), caller.userId(), CorrelationIdFilter.current(), changed,
                ContactBook.trimmed(edit.reason()), false);
        mongo.insert(published);
        publisher.publishSoon(published);
        keys.forget(contact.org(), contact.ownerId(), contactId,
                Objects.equals(contact.emailKey(), edited.emailKey()) ? null : contact.emailKey(),
                Objects.equals(contact.nameKey(), edited.nameKey()) ? null : contact.nameKey());
        return new ContactEdited(contactId, changed);
    }

    private static void refuseEmpty(EditContact edit) {
        List<FieldError> errors = new ArrayList<>();
        if (ContactFields.givesNothing(edit)) {
            errors.add(new FieldError("body", "give at least one of name, company, function, position, industry, "
                    + "email, phone"));
        }
        if (edit.name() != null && edit.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank: a contact keeps a name"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }

    /** Another contact of the owner with the edited e-mail, or name and company, refuses the edit. */
    private void refuseDuplicates(Contact contact, ContactFields after) {
        Set<String> emailKeys = new LinkedHashSet<>();
        if (after.emailKey() != null) {
            emailKeys.add(after.emailKey());
        }
        Set<String> others = new LinkedHashSet<>(keys.contactIds(contact.org(), contact.ownerId(), emailKeys,
                Set.of(after.nameKey())));
        others.remove(contact.id());
        if (others.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        mongo.find(query(where("_id").in(others)), Contact.class).stream()
                .filter(other -> contact.org().equals(other.org()) && contact.ownerId().equals(other.ownerId()))
                .forEach(other -> {
                    if (after.emailKey() != null && after.emailKey().equals(other.emailKey())) {
                        errors.add(new FieldError("email", "your contact " + other.id() + " has this e-mail: edit "
                                + "that one instead"));
                    } else if (after.nameKey().equals(other.nameKey())) {
                        errors.add(new FieldError("name", "your contact " + other.id() + " has this name and company: "
                                + "edit that one instead"));
                    }
                });
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }
}
