package com.netfocus.contact.people;

import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.contact.ContactBook;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps per plan: its org, team and owner (from PlanCreated), its targets, and the people met at events
 * ({@link PlanPeopleChange}). Other event types change nothing here but the plan's applied version. A person met who is
 * one of the plan owner's contacts is completed from the contact where the event left fields out (another user's
 * contact is linked but never read into the plan); a person met without a contact id becomes (or is merged into) a
 * contact of the plan's owner and is linked to it ({@link MetPeopleContacts}). Gets each poll first, before the
 * follow-ups. The events arrive with their personal fields revealed (contacts are made and deduplicated by name and
 * e-mail; an erased person reads "[erased]").
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan is read once and written once: the contacts of the poll's people met
 * first, then one compare-and-set of the plan's document on the applied sequence read; the poll's plans are read in one
 * query and written in one round trip. After a crash between the two, the redelivered poll finds the contacts by their
 * keys (or their derived ids) and links them without creating twins.
 */
@Component
@Order(1)
public class PlanPeopleProjection extends PollAwareProjection<PlanPeopleChange> {

    private final PlanPeopleStore store;
    private final ContactBook contacts;
    private final MetPeopleContacts metContacts;

    PlanPeopleProjection(PlanPeopleStore store, ContactBook contacts, MetPeopleContacts metContacts) {
        this.store = store;
        this.contacts = contacts;
        this.metContacts = metContacts;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        return List.of(envelope.planId());
    }

    @Override
    protected PlanPeopleChange read(String planId, List<PolledEvent> events) {
        return readAll(Map.of(planId, events)).get(planId);
    }

    /** Every plan of the poll in one query. */
    @Override
    protected Map<String, PlanPeopleChange> readAll(Map<String, List<PolledEvent>> eventsOfPlan) {
        Map<String, PlanPeople> stored = store.read(eventsOfPlan.keySet());
        Map<String, PlanPeopleChange> changes = new LinkedHashMap<>();
        eventsOfPlan.keySet().forEach(planId -> changes.put(planId, PlanPeopleChange.from(planId, stored.get(planId))));
        return changes;
    }

    @Override
    protected PlanPeopleChange apply(PlanPeopleChange change, PlanEventEnvelope envelope, PlanEvent event) {
        return change.applied(envelope, event);
    }

    @Override
    protected void write(PlanPeopleChange stored, PlanPeopleChange applied) {
        writeAll(List.of(new KeyChange<>(applied.planId(), stored, applied, null)));
    }

    /**
     * The contacts of each plan's people met first (plan by plan), then every plan's document of the poll in one round
     * trip.
     */
    @Override
    protected void writeAll(List<KeyChange<PlanPeopleChange>> changes) {
        List<PlanPeopleChange> changed = changes.stream().map(KeyChange::applied).filter(PlanPeopleChange::changed)
                .toList();
        Map<String, List<MetPerson>> metOfPlan = new HashMap<>();
        changed.forEach(applied -> metOfPlan.put(applied.planId(), metPeople(applied)));
        store.write(changed, metOfPlan);
    }

    /** The people met the plan's attendances made, each linked to its contact (made or merged as needed). */
    private List<MetPerson> metPeople(PlanPeopleChange applied) {
        List<MetAttendance> attendances = applied.attendances();
        List<List<String>> contactIds = metContacts.contactIdsFor(attendances);
        Map<String, Contact> named = new HashMap<>();
        attendances.stream().map(attendance -> attendance.owner().org()).filter(Objects::nonNull).distinct()
                .forEach(org -> named.putAll(contacts.find(org, attendances.stream()
                        .filter(attendance -> org.equals(attendance.owner().org()))
                        .flatMap(attendance -> attendance.attended().contactsMet().stream())
                        .map(PersonMet::contactId).filter(Objects::nonNull).distinct().toList())));
        List<MetPerson> met = new ArrayList<>();
        for (int a = 0; a < attendances.size(); a++) {
            MetAttendance attendance = attendances.get(a);
            if (!attendance.listed()) {
                continue;
            }
            EventAttended attended = attendance.attended();
            for (int p = 0; p < attended.contactsMet().size(); p++) {
                met.add(metPerson(attendance, named, attended.contactsMet().get(p), contactIds.get(a).get(p)));
            }
        }
        return met;
    }

    private static MetPerson metPerson(MetAttendance attendance, Map<String, Contact> named, PersonMet person,
                                       String contactId) {
        Optional<Contact> known = person.contactId() == null || attendance.owner().org() == null
                ? Optional.empty()
                : Optional.ofNullable(named.get(person.contactId()))
                        .filter(contact -> attendance.owner().org().equals(contact.org()))
                        .filter(contact -> attendance.owner().ownerId().equals(contact.ownerId()));
        EventAttended attended = attendance.attended();
        return new MetPerson(attended.platformId(), attended.arrivedAt(), contactId,
                orKnown(person.name(), known.map(Contact::name)),
                orKnown(person.company(), known.map(Contact::company)),
                orKnown(person.function(), known.map(Contact::function)),
                orKnown(person.position(), known.map(Contact::position)),
                orKnown(person.industry(), known.map(Contact::industry)),
                orKnown(person.email(), known.map(Contact::email)),
                person.targetId(), attendance.attendanceId());
    }

    private static String orKnown(String given, Optional<String> known) {
        return given != null && !given.isBlank() ? given : known.orElse(given);
    }
}
