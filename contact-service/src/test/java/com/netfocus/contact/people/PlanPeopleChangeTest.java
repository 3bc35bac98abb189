package com.netfocus.contact.people;

import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a poll's events change a plan's people, before anything is written. */
class PlanPeopleChangeTest {

    private static final Instant AT = Instant.parse("2031-05-01T15:30:00Z");
    private static final PlanPeople STORED = new PlanPeople("plan-1", "org-1", "team-1", "rep-1", 3,
            List.of(new PlanTarget("t0", "o1", null, null, 1, "why")), List.of());

    @Test
    void aNewPlansEventsSetItsOwnerAppendItsTargetsAndCollectItsAttendancesInOrder() {
        PlanPeopleChange change = PlanPeopleChange.from("plan-1", null)
                .applied(envelope(0), new PlanCreated("plan-1", "Q2", LocalDate.parse("2031-04-01"),
                        LocalDate.parse("2031-06-30"), 40, "rep-1", null, "team-1"))
                .applied(envelope(1), target("t1"))
                .applied(envelope(2), attended("Ann"))
                .applied(envelope(3), new ObjectiveProgressRecorded("plan-1", "o1", 1, "n"))
                .applied(envelope(4), attended("Bert"));

        assertThat(change.created()).isTrue();
        assertThat(change.org()).as("the envelope's, as the event names none").isEqualTo("org-1");
        assertThat(change.targets()).extracting(PlanTarget::targetId).containsExactly("t1");
        assertThat(change.attendances()).extracting(attendance -> attendance.attended().contactsMet().get(0).name())
                .containsExactly("Ann", "Bert");
        assertThat(change.attendances()).extracting(MetAttendance::owner)
                .containsOnly(new ContactOwner("org-1", "rep-1", "team-1"));
        assertThat(change.appliedSequence()).isEqualTo(4);
        assertThat(change.changed()).isTrue();
    }

    @Test
    void eventsAlreadyAppliedOrOfAPlanWhoseFirstEventIsStillToComeChangeNothing() {
        PlanPeopleChange stored = PlanPeopleChange.from("plan-1", STORED);
        assertThat(stored.applied(envelope(3), target("t9"))).isSameAs(stored);
        assertThat(stored.applied(envelope(2), attended("Ann"))).isSameAs(stored);
        assertThat(stored.changed()).isFalse();

        PlanPeopleChange unknown = PlanPeopleChange.from("plan-1", null);
        assertThat(unknown.applied(envelope(5), target("t9"))).isSameAs(unknown);
    }

    @Test
    void everyEventMovesTheAppliedSequenceButOnlyAttendancesThatMetSomebodyAreCollected() {
        PlanPeopleChange change = PlanPeopleChange.from("plan-1", STORED)
                .applied(envelope(4), new EventAttended("plan-1", "platform-1", AT, AT.plusSeconds(3600), 0, 0, 1,
                        List.of(), List.of(), "nobody"));

        assertThat(change.appliedSequence()).isEqualTo(4);
        assertThat(change.attendances()).isEmpty();
        assertThat(change.created()).isFalse();
        assertThat(change.ownerId()).isEqualTo("rep-1");
    }

    @Test
    void withoutItsPlanCreatedThePeopleMetGoToTheUserWhoLoggedTheAttendance() {
        PlanPeople ownerless = new PlanPeople("plan-1", "org-1", null, null, 0, List.of(), List.of());

        PlanPeopleChange change = PlanPeopleChange.from("plan-1", ownerless).applied(envelope(1), attended("Ann"));

        assertThat(change.attendances().get(0).owner()).isEqualTo(new ContactOwner("org-1", "rep-9", "team-9"));
        assertThat(change.attendances().get(0).actor()).isEqualTo("rep-9");
    }

    private static TargetIdentified target(String targetId) {
        return new TargetIdentified("plan-1", targetId, "o1", null, new TargetProfile("Sales", null, null), 2, "why");
    }

    private static EventAttended attended(String name) {
        return new EventAttended("plan-1", "platform-1", AT, AT.plusSeconds(3600), 0, 0, 1,
                List.of(new PersonMet(null, name, "Co", null, null, null, null, null)), List.of(), "n");
    }

    private static PlanEventEnvelope envelope(long sequence) {
        PlanEvent any = new ObjectiveProgressRecorded("plan-1", "o1", 1, "n");
        return PlanEventCodec.envelope("e" + sequence, sequence, AT, "rep-9", "org-1", "team-9", "c", any);
    }
}
