package com.netfocus.contact.people;

import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.contact.ContactBook;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps per plan: its org, team and owner (from PlanCreated), its targets, and the people met at events. Other
 * event types change nothing here but the plan's applied version. A person met who is one of the plan owner's contacts is completed from the
 * contact where the event left fields out (another user's contact is linked but never read into the plan); a
 * person met without a contact id becomes (or is merged into) a contact of the plan's owner and is linked to it. Gets
 * each plan event first, before the follow-ups; idempotent on its own.
 */
@Component
@Order(1)
public class PlanPeopleProjection implements PlanEventProjection {

    private final PlanPeopleStore store;
    private final ContactBook contacts;
    private final MetPeopleContacts metContacts;
    private final PersonalData personalData;

    PlanPeopleProjection(PlanPeopleStore store, ContactBook contacts, MetPeopleContacts metContacts,
                         PersonalData personalData) {
        this.store = store;
        this.contacts = contacts;
        this.metContacts = metContacts;
        this.personalData = personalData;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent sealed) {
        // revealed here: contacts are made and deduplicated by name and e-mail (an erased person reads "[erased]")
        PlanEvent event = PersonalFields.reveal(personalData, sealed);
        if (event instanceof PlanCreated created) {
            store.apply(envelope.planId(), envelope.sequence(), new Update()
                    .set(PlanPeople.ORG, created.org() != null ? created.org() : envelope.org())
                    .set(PlanPeople.TEAM, created.team() != null ? created.team() : envelope.team())
                    .set(PlanPeople.OWNER_ID, created.ownerId()));
        } else if (event instanceof TargetIdentified target) {
            store.apply(envelope.planId(), envelope.sequence(), new Update().push(PlanPeople.TARGETS,
                    new PlanTarget(target.targetId(), target.objectiveId(), target.contactId(), target.profile(),
                            target.priority(), target.rationale())));
        } else if (event instanceof EventAttended attended && !attended.contactsMet().isEmpty()) {
            if (store.mayNotApply(envelope.planId(), envelope.sequence())) {
                return;
            }
            // Contacts first, then the guarded projection update: after a crash between the two, the replay
            // finds the contacts by their keys (or their derived ids) and links them without creating twins.
            ContactOwner owner = ownerOf(envelope);
            List<String> contactIds = metContacts.contactIdsFor(envelope, owner, attended);
            List<MetPerson> met = new ArrayList<>();
            for (int i = 0; i < attended.contactsMet().size(); i++) {
                met.add(metPerson(owner, attended, attended.contactsMet().get(i), contactIds.get(i)));
            }
            store.apply(envelope.planId(), envelope.sequence(),
                    new Update().push(PlanPeople.PEOPLE_MET).each(met.toArray()));
        } else {
            // nothing to keep, but the plan's version moves on: a client waiting for ?minVersion must see it
            store.apply(envelope.planId(), envelope.sequence(), new Update());
        }
    }

    /**
     * People met become contacts of the plan's owner (from PlanCreated, which per plan always comes first); should
     * it be missing (a topic whose oldest records expired), of the user who logged the attendance.
     */
    private ContactOwner ownerOf(PlanEventEnvelope envelope) {
        return store.find(envelope.planId())
                .filter(plan -> plan.ownerId() != null)
                .map(plan -> new ContactOwner(plan.org() != null ? plan.org() : envelope.org(), plan.ownerId(), plan.team()))
                .orElseGet(() -> new ContactOwner(envelope.org(), envelope.actor(), envelope.team()));
    }

    private MetPerson metPerson(ContactOwner owner, EventAttended attended, PersonMet person, String contactId) {
        Optional<Contact> known = person.contactId() == null || owner.org() == null
                ? Optional.empty()
                : contacts.find(owner.org(), person.contactId())
                        .filter(contact -> owner.ownerId().equals(contact.ownerId()));
        return new MetPerson(attended.platformId(), attended.arrivedAt(), contactId,
                orKnown(person.name(), known.map(Contact::name)),
                orKnown(person.company(), known.map(Contact::company)),
                orKnown(person.function(), known.map(Contact::function)),
                orKnown(person.position(), known.map(Contact::position)),
                orKnown(person.industry(), known.map(Contact::industry)),
                orKnown(person.email(), known.map(Contact::email)),
                person.targetId());
    }

    private static String orKnown(String given, Optional<String> known) {
        return given != null && !given.isBlank() ? given : known.orElse(given);
    }
}
