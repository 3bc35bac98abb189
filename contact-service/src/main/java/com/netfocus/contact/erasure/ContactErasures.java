package com.netfocus.contact.erasure;

import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.contact.ContactKeyIds;
import com.netfocus.contact.contact.ContactKeyIndex;
import com.netfocus.contact.followup.FollowUpStore;
import com.netfocus.contact.people.PlanPeopleStore;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.AccessDecision;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.correlation.CorrelationIdFilter;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Erases a contact's personal data at the person's request. Who may: the contact's owner, or an ADMIN of its org
 * (another of the org is refused, 403; another org does not find it, 404). In order, each step safe to repeat, and the
 * whole redone on a repeated request so that a crash half-way is finished by the retry:
 * <ol>
 * <li>record the erasure (ids only), keeping every key the person's data is sealed under;</li>
 * <li>destroy those keys in the vault: every copy of the person's fields in plan events, snapshots and Kafka
 * records becomes unreadable at once;</li>
 * <li>delete this service's rows about the person: the contact, the people met, the follow-ups;</li>
 * <li>publish {@code ContactErased} (reliably), on which planning records the erasure in the plans.</li>
 * </ol>
 */
@Service
public class ContactErasures {

    private static final Logger log = LoggerFactory.getLogger(ContactErasures.class);

    private final MongoTemplate mongo;
    private final ContactKeyIds keyIds;
    private final PersonalData personalData;
    private final PlanPeopleStore people;
    private final FollowUpStore followUps;
    private final ContactKeyIndex keyIndex;
    private final ContactErasedPublisher publisher;
    private final Clock clock;

    public ContactErasures(MongoTemplate mongo, ContactKeyIds keyIds, PersonalData personalData,
                           PlanPeopleStore people, FollowUpStore followUps, ContactKeyIndex keyIndex,
                           ContactErasedPublisher publisher) {
        this.mongo = mongo;
        this.keyIds = keyIds;
        this.personalData = personalData;
        this.people = people;
        this.followUps = followUps;
        this.keyIndex = keyIndex;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
    }

    public void erase(Caller caller, String contactId) {
        Contact contact = mongo.findById(contactId, Contact.class);
        ContactErasure erasure = contact == null ? mongo.findById(contactId, ContactErasure.class) : null;
        ensureMayErase(contactId, contact != null ? contact.ownership() : erasure == null ? null : erasure.ownership(),
                caller);
        if (contact != null) {
            erasure = record(contact, caller);
        }
        for (String keyId : erasure.keyIds()) {
            personalData.erase(keyId);
        }
        people.forgetPerson(contactId);
        followUps.forgetPerson(contactId, erasure.keyIds());
        if (contact != null) {
            // before the contact goes: its keys are made of its fields
            keyIndex.forget(contact);
        }
        mongo.remove(query(where("_id").is(contactId)), Contact.class);
        log.info("contact {} erased ({} keys destroyed)", contactId, erasure.keyIds().size());
        if (!erasure.published()) {
            publisher.publishSoon(erasure);
        }
    }

    private ContactErasure record(Contact contact, Caller caller) {
        ContactErasure erasure = new ContactErasure(contact.id(), contact.org(), contact.team(), contact.ownerId(),
                List.copyOf(keyIds.of(contact.id())), clock.instant(), caller.userId(), CorrelationIdFilter.current(),
                false);
        try {
            mongo.insert(erasure);
            return erasure;
        } catch (DuplicateKeyException recordedAlready) {
            // a previous request recorded it and stopped before deleting the contact: finish that one
            return mongo.findById(contact.id(), ContactErasure.class);
        }
    }

    private static void ensureMayErase(String contactId, Ownership owned, Caller caller) {
        if (ReadAccess.decide(owned, caller) == AccessDecision.NOT_FOUND) {
            throw new NotFoundException("contact", contactId);
        }
        boolean owner = owned.ownerId() != null && owned.ownerId().equals(caller.userId());
        if (!owner && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("only the owner of contact " + contactId + " or an admin of the org may erase it");
        }
    }
}
