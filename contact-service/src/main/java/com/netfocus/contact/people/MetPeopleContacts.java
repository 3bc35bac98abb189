package com.netfocus.contact.people;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * People met at an event become contacts of the plan's owner, or update the owner's contact they duplicate, the
 * same way an import does. A person met who names a contact id is that contact already: they are linked, and the
 * contact is left as it is (the event describes the meeting, not a correction of the contact).
 */
@Component
class MetPeopleContacts {

    private final ContactIntake intake;

    MetPeopleContacts(ContactIntake intake) {
        this.intake = intake;
    }

    /** @return per person met, in order, the contact id they are linked to (null when there is none to make) */
    List<String> contactIdsFor(PlanEventEnvelope envelope, ContactOwner owner, EventAttended attended) {
        List<PersonMet> met = attended.contactsMet();
        List<Integer> newcomers = new ArrayList<>();
        List<AddContact> people = new ArrayList<>();
        for (int i = 0; i < met.size(); i++) {
            PersonMet person = met.get(i);
            if (person.contactId() == null && person.name() != null && !person.name().isBlank()) {
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
        }
        return contactIds;
    }
}
