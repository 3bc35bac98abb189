package com.netfocus.support.personaldata;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Which fields of plan events are personal, in one place for the writer (planning seals them) and the readers
 * (projections reveal them): a person met's name and e-mail, and the name of the person a follow-up is promised to.
 * Company, function, position and industry describe a role, not a person, and stay plain so that matching and
 * analytics keep working after an erasure. Free text (notes, outreach summaries, follow-up actions) is the rep's own
 * writing and is not attributed to one person; the README says so.
 */
public final class PersonalFields {

    private PersonalFields() {
    }

    public static List<PersonMet> sealPeople(PersonalData.Session session, List<PersonMet> people) {
        return people.stream().map(person -> person == null ? null : person.withPersonalFields(
                session.seal(person.keyId(), person.name()), session.seal(person.keyId(), person.email()),
                person.personId())).toList();
    }

    public static List<FollowUp> sealFollowUps(PersonalData.Session session, List<FollowUp> followUps) {
        return followUps.stream().map(followUp -> followUp == null || followUp.personName() == null ? followUp
                : followUp.withPersonName(session.seal(followUp.keyId(), followUp.personName()),
                followUp.personId())).toList();
    }

    /**
     * The events with their personal fields revealed (or {@link PersonalData#ERASED}; other events as they are), in
     * one session whose keys are looked up in one go: what a poll of plan events costs the vault is one round trip.
     */
    public static List<PlanEvent> revealAll(PersonalData personalData, List<PlanEvent> events) {
        PersonalData.Session session = personalData.session();
        List<String> sealed = new ArrayList<>();
        events.forEach(event -> sealed.addAll(personalValuesOf(event)));
        session.lookUpKeysOf(sealed);
        return events.stream().map(event -> reveal(session, event)).toList();
    }

    /** The personal fields of the event, as they are (sealed or not). */
    private static List<String> personalValuesOf(PlanEvent event) {
        List<String> values = new ArrayList<>();
        List<FollowUp> followUps = event instanceof EventAttended attended ? attended.followUps()
                : event instanceof FollowUpScheduled scheduled && scheduled.followUp() != null
                ? List.of(scheduled.followUp()) : List.of();
        List<PersonMet> people = event instanceof EventAttended attended ? attended.contactsMet()
                : event instanceof AttendanceCorrected corrected ? corrected.contactsMet() : List.of();
        people.stream().filter(Objects::nonNull).forEach(person -> {
            values.add(person.name());
            values.add(person.email());
        });
        followUps.stream().filter(Objects::nonNull).forEach(followUp -> values.add(followUp.personName()));
        return values;
    }

    private static PlanEvent reveal(PersonalData.Session session, PlanEvent event) {
        UnaryOperator<FollowUp> followUp = f -> f == null || f.personName() == null ? f
                : f.withPersonName(session.reveal(f.personName()), f.personId());
        UnaryOperator<PersonMet> person = p -> p == null ? null
                : p.withPersonalFields(session.reveal(p.name()), session.reveal(p.email()), p.personId());
        if (event instanceof EventAttended attended) {
            return attended.withPeople(attended.contactsMet().stream().map(person).toList(),
                    attended.followUps().stream().map(followUp).toList());
        }
        if (event instanceof AttendanceCorrected corrected) {
            return corrected.withPeople(corrected.contactsMet().stream().map(person).toList());
        }
        if (event instanceof FollowUpScheduled scheduled) {
            return new FollowUpScheduled(scheduled.planId(), followUp.apply(scheduled.followUp()));
        }
        return event;
    }
}
