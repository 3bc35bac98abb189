package com.netfocus.contact.people;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contact.contact.ContactKeyIds;
import com.netfocus.support.personaldata.PersonalData;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * People met at an event become contacts of the plan's owner, or update the owner's contact they duplicate, the
 * same way an import does. A person met who names a contact id is that contact already: they are linked, and the
 * contact is left as it is (the event describes the meeting, not a correction of the contact). The contact keeps the
 * person id the person's fields were sealed under in the plan ({@link ContactKeyIds}), so that erasing the contact
 * destroys that key too.
 */
@Component
class MetPeopleContacts {

    private final ContactIntake intake;
    private final ContactKeyIds keys;

    MetPeopleContacts(ContactIntake intake, ContactKeyIds keys) {
        this.intake = intake;
        this.keys = keys;
    }

    /** @return per person met, in order, the contact id they are linked to (null when there is none to make) */
    List<String> contactIdsFor(PlanEventEnvelope envelope, ContactOwner owner, EventAttended attended) {
        List<PersonMet> met = attended.contactsMet();
        List<Integer> newcomers = new ArrayList<>();
        List<AddContact> people = new ArrayList<>();
        for (int i = 0; i < met.size(); i++) {
            PersonMet person = met.get(i);
            // an erased person (replayed after the erasure) must not come back as a contact named "[erased]"
            if (person.contactId() == null && person.name() != null && !person.name().isBlank()
                    && !PersonalData.ERASED.equals(person.name())) {
                newcomers.add(i);
                people.add(new AddContact(person.name(), person.company(), person.function(), person.position(),
                        person.industry(), person.email(), null));
            }
        }
        List<String> contactIds = new ArrayList<>(met.stream().map(PersonMet::contactId).toList());
        if (owner.org() == null || owner.ownerId() == null || people.isEmpty()) {
            return contactIds;
        }
        List<IntakeOutcome> outcomes = intake.intake(owner, envelope.actor(), attended.arrivedAt(), people);
        for (int i = 0; i < newcomers.size(); i++) {
            contactIds.set(newcomers.get(i), outcomes.get(i).contactId());
            keys.remember(outcomes.get(i).contactId(), met.get(newcomers.get(i)).personId());
        }
        return contactIds;
    }
}
