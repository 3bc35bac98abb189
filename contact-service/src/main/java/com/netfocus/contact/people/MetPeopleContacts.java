package com.netfocus.contact.people;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.ContactKeyIds;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contact.contact.IncomingPerson;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.support.personaldata.PersonalData;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People met at events become contacts of the plan's owner, or update the owner's contact they duplicate, the
 * same way an import does. A person met who names a contact id is that contact already: they are linked, and the
 * contact is left as it is (the event describes the meeting, not a correction of the contact). The contact keeps the
 * person id the person's fields were sealed under in the plan ({@link ContactKeyIds}), so that erasing the contact
 * destroys that key too. The people of several attendances (a poll's) are taken in together, in their order: one
 * lookup of the owner's contacts, one write of the person ids.
 */
@Component
class MetPeopleContacts {

    private final ContactIntake intake;
    private final ContactKeyIds keys;

    MetPeopleContacts(ContactIntake intake, ContactKeyIds keys) {
        this.intake = intake;
        this.keys = keys;
    }

    /** @return per attendance, in order, per person met, the contact id they are linked to (null when none to make) */
    List<List<String>> contactIdsFor(List<MetAttendance> attendances) {
        List<List<String>> contactIds = new ArrayList<>();
        Map<ContactOwner, List<IncomingPerson>> incomingOf = new LinkedHashMap<>();
        Map<ContactOwner, List<int[]>> positionsOf = new LinkedHashMap<>();
        Map<ContactOwner, List<String>> personIdsOf = new LinkedHashMap<>();
        for (int a = 0; a < attendances.size(); a++) {
            MetAttendance attendance = attendances.get(a);
            List<PersonMet> met = attendance.attended().contactsMet();
            contactIds.add(new ArrayList<>(met.stream().map(PersonMet::contactId).toList()));
            ContactOwner owner = attendance.owner();
            if (owner.org() == null || owner.ownerId() == null) {
                continue;
            }
            for (int p = 0; p < met.size(); p++) {
                PersonMet person = met.get(p);
                // an erased person (replayed after the erasure) must not come back as a contact named "[erased]"
                if (person.contactId() == null && person.name() != null && !person.name().isBlank()
                        && !PersonalData.ERASED.equals(person.name())) {
                    incomingOf.computeIfAbsent(owner, o -> new ArrayList<>()).add(new IncomingPerson(new AddContact(
                            person.name(), person.company(), person.function(), person.position(), person.industry(),
                            person.email(), null), attendance.actor(), attendance.attended().arrivedAt()));
                    positionsOf.computeIfAbsent(owner, o -> new ArrayList<>()).add(new int[] {a, p});
                    personIdsOf.computeIfAbsent(owner, o -> new ArrayList<>()).add(person.personId());
                }
            }
        }
        Map<String, List<String>> personIdsOfContact = new LinkedHashMap<>();
        incomingOf.forEach((owner, incoming) -> {
            List<IntakeOutcome> outcomes = intake.intake(owner, incoming);
            for (int i = 0; i < outcomes.size(); i++) {
                int[] position = positionsOf.get(owner).get(i);
                String contactId = outcomes.get(i).contactId();
                contactIds.get(position[0]).set(position[1], contactId);
                String personId = personIdsOf.get(owner).get(i);
                if (contactId != null && personId != null && !personId.isBlank()) {
                    personIdsOfContact.computeIfAbsent(contactId, id -> new ArrayList<>()).add(personId);
                }
            }
        });
        keys.remember(personIdsOfContact);
        return contactIds;
    }
}
