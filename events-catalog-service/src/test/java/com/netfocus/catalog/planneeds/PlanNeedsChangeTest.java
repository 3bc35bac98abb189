package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanSequenceGuard;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How plan events change a plan's needs in memory, and what the one update of those changes sets. */
class PlanNeedsChangeTest {

    private static final String PLAN = "plan-1";
    private static final Instant PROGRAMME = Instant.parse("2031-05-01T16:00:00Z");
    private static final PlanNeeds EMPTY = new PlanNeeds(PLAN, "org-1", null, null, null, null, 0, 0,
            PlanSequenceGuard.NOTHING_APPLIED, List.of(), List.of(), List.of(), List.of());

    @Test
    void eachEventSetsItsFieldsAndTheAppliedSequence() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true),
                new PlanCreated(PLAN, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40, "rep-1",
                        "org-1", "team-1"),
                objective("o1", "2031-06-30"),
                objective("o2", "2031-05-31"),
                new ObjectiveRevised(PLAN, "o1", "s", "o", "m", 3, LocalDate.parse("2031-06-15"), null),
                new ObjectiveAbandoned(PLAN, "o2", "moved"),
                new TargetIdentified(PLAN, "t1", "o1", null, new TargetProfile("Purchasing", "Director", null), 1, "w"),
                chosen("p1", 3),
                chosen("p2", 2.5),
                attended(1.25),
                attended(2.5),
                new ObjectiveProgressRecorded(PLAN, "o1", 1, "n"));

        PlanNeeds needs = change.needs();
        assertThat(needs.appliedSequence()).isEqualTo(10);
        assertThat(needs.team()).isEqualTo("team-1");
        assertThat(needs.ownerId()).isEqualTo("rep-1");
        assertThat(needs.periodStart()).isEqualTo("2031-04-01");
        assertThat(needs.hoursBudget()).isEqualTo(40.0);
        assertThat(needs.objectives()).containsExactly(new PlanNeeds.NeededObjective("o1", "2031-06-15", false),
                new PlanNeeds.NeededObjective("o2", "2031-05-31", true));
        assertThat(needs.targets()).containsExactly(
                new PlanNeeds.NeededTarget("t1", "o1", null, "Purchasing", "Director", null, 1));
        assertThat(needs.chosenPlatforms()).containsExactly(
                new PlanNeeds.ChosenPlatform("p1", 3, "p", List.of(), PROGRAMME, PROGRAMME.plusSeconds(7200)),
                new PlanNeeds.ChosenPlatform("p2", 2.5, "p", List.of(), PROGRAMME, PROGRAMME.plusSeconds(7200)));
        assertThat(needs.hoursSpent()).isEqualTo(3.75);
        assertThat(change.stored()).isSameAs(EMPTY);
        assertThat(change.changed()).isTrue();

        Document set = change.update().getUpdateObject().get("$set", Document.class);
        assertThat(set.keySet()).containsExactlyInAnyOrder("org", "team", "ownerId", "periodStart", "periodEnd",
                "hoursBudget", "objectives", "targets", "chosenPlatforms", "hoursSpent", "attendances",
                "appliedSequence");
        assertThat(set.get("appliedSequence")).isEqualTo(10L);
        assertThat(set.get("hoursSpent")).isEqualTo(3.75);
        assertThat(set.get("chosenPlatforms")).isEqualTo(needs.chosenPlatforms());
    }

    @Test
    void revisionsWithdrawalsRetirementsCorrectionsAndRetractionsChangeWhatTheyChangeOnly() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true),
                new PlanCreated(PLAN, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40, "rep-1",
                        "org-1", "team-1"),
                objective("o1", "2031-06-30"),
                new TargetIdentified(PLAN, "t1", "o1", null, new TargetProfile("Purchasing", "Director", null), 1, "w"),
                new TargetIdentified(PLAN, "t2", "o1", null, new TargetProfile("Finance", null, null), 2, "w"),
                chosen("p1", 3),
                chosen("p2", 2.5),
                new EventAttended(PLAN, "a1", "p1", PROGRAMME, PROGRAMME.plusSeconds(7200), 0, 0, 2.0, List.of(),
                        List.of(), null),
                attended(1.5),
                new PlanRevised(PLAN, "Q2", LocalDate.parse("2031-07-31"), 30, "more time"),
                new PlatformWithdrawn(PLAN, "p2", null),
                new TargetRetired(PLAN, "t2", null),
                new AttendanceCorrected(PLAN, "a1", "p1", PROGRAMME, PROGRAMME.plusSeconds(10800), 0, 60, 3.0,
                        List.of(), null, null));
        PlanNeeds needs = change.needs();
        assertThat(needs.periodEnd()).isEqualTo("2031-07-31");
        assertThat(needs.hoursBudget()).isEqualTo(30.0);
        assertThat(needs.chosenPlatforms()).extracting(PlanNeeds.ChosenPlatform::platformId,
                PlanNeeds.ChosenPlatform::plannedHours).containsExactly(tuple("p1", 3.0));
        assertThat(needs.targets()).extracting(PlanNeeds.NeededTarget::targetId).containsExactly("t1");
        assertThat(needs.hoursSpent()).isEqualTo(4.5);

        // the attendance logged without an id is named by its sequence (7) when it is retracted
        String derived = com.netfocus.contracts.plan.AttendanceIds.of(attended(1.5), 7);
        PlanNeedsChange retracted = applied(change, new AttendanceRetracted(PLAN, derived, null, "p1"));
        assertThat(retracted.needs().hoursSpent()).isEqualTo(3.0);
        assertThat(retracted.needs().attendances()).containsExactly(new PlanNeeds.AttendedHours("a1", 3.0));
    }

    @Test
    void aPlanCarriedForwardStartsWithTheCopiedObjectivesAndTargets() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true),
                new PlanCreated(PLAN, "Q3", LocalDate.parse("2031-07-01"), LocalDate.parse("2031-09-30"), 40, "rep-1",
                        "org-1", "team-1", new CarriedForward("plan-0", List.of(objective("o1", "2031-09-30")),
                        List.of(new TargetIdentified(PLAN, "t1", "o1", null, new TargetProfile("Purchasing", null,
                                null), 1, null)))));
        assertThat(change.needs().objectives()).containsExactly(new PlanNeeds.NeededObjective("o1", "2031-09-30",
                false));
        assertThat(change.needs().profileTargets(java.time.ZoneOffset.UTC)).hasSize(1);
    }

    @Test
    void onlyTheFieldsTheEventsSetAreWrittenEvenWhenTheySetNull() {
        PlanNeeds known = EMPTY.appliedUpTo(0);
        PlanNeedsChange progress = applied(PlanNeedsChange.from(known, true), 1, new ObjectiveProgressRecorded(PLAN, "o", 1,
                "n"));
        assertThat(progress.update().getUpdateObject().get("$set", Document.class))
                .isEqualTo(new Document("appliedSequence", 1L));

        PlanNeedsChange created = applied(PlanNeedsChange.from(EMPTY, true), new PlanCreated(PLAN, "Q2", null, null, 10,
                null, null, null));
        Document set = created.update().getUpdateObject().get("$set", Document.class);
        // org and team not named by the event are the envelope's
        assertThat(set).containsEntry("ownerId", null).containsEntry("periodStart", null)
                .containsEntry("org", "org-1").containsEntry("team", "team-1");
    }

    @Test
    void aRedeliveredOrEarlyEventChangesNothing() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true), new PlanCreated(PLAN, "Q2", null, null, 10,
                "rep-1", "org-1", null), objective("o1", null));

        assertThat(change.applied(envelope(1, objective("o9", null)), objective("o9", null))).isSameAs(change);
        PlanNeedsChange fresh = PlanNeedsChange.from(EMPTY, true);
        assertThat(fresh.applied(envelope(3, chosen("p1", 1)), chosen("p1", 1))).isSameAs(fresh);
        assertThat(fresh.changed()).isFalse();
    }

    /** What a team's coverage reads: each choice's name, targets and programme, and whether the plan is closed. */
    @Test
    void aChoiceKeepsItsTargetsAndProgrammeAndAClosedPlanIsMarkedClosed() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true),
                new PlanCreated(PLAN, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40, "rep-1",
                        "org-1", "team-1"),
                new TargetIdentified(PLAN, "t1", "o1", null, new TargetProfile("CFO", null, null), 1, "w"),
                new PlatformChosen(PLAN, "p1", "Breakfast", List.of("t1"), PROGRAMME, PROGRAMME.plusSeconds(3600),
                        30, 30, 2));
        assertThat(change.needs().chosenPlatforms()).containsExactly(new PlanNeeds.ChosenPlatform("p1", 2,
                "Breakfast", List.of("t1"), PROGRAMME, PROGRAMME.plusSeconds(3600)));
        assertThat(change.needs().closed()).isFalse();

        PlanNeedsChange closed = applied(change, new PlanClosed(PLAN, null, "done"));
        assertThat(closed.needs().closed()).isTrue();
        assertThat(closed.update().getUpdateObject().get("$set", Document.class)).containsEntry("closed", true);
    }

    @Test
    void anUnreadableEventThrowsAndLeavesTheChangeAsItWas() {
        PlanNeedsChange change = applied(PlanNeedsChange.from(EMPTY, true), new PlanCreated(PLAN, "Q2", null, null, 10,
                "rep-1", "org-1", null));
        PlanEvent nameless = chosen(" ", 2);

        assertThatThrownBy(() -> change.applied(envelope(1, nameless), nameless))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("platformId");
        assertThat(change.needs().appliedSequence()).isZero();
        assertThat(change.needs().chosenPlatforms()).isEmpty();
        // the plan's next event passes the gap the unreadable one left
        assertThat(change.applied(envelope(2, chosen("p1", 2)), chosen("p1", 2)).needs().chosenPlatforms())
                .extracting(PlanNeeds.ChosenPlatform::platformId, PlanNeeds.ChosenPlatform::plannedHours)
                .containsExactly(tuple("p1", 2.0));
    }

    /** The events applied in turn, from the change's next sequence on. */
    private static PlanNeedsChange applied(PlanNeedsChange change, PlanEvent... events) {
        return applied(change, change.needs().appliedSequence() + 1, events);
    }

    private static PlanNeedsChange applied(PlanNeedsChange change, long firstSequence, PlanEvent... events) {
        long sequence = firstSequence;
        for (PlanEvent event : Arrays.asList(events)) {
            change = change.applied(envelope(sequence++, event), event);
        }
        return change;
    }

    private static PlanEventEnvelope envelope(long sequence, PlanEvent event) {
        return PlanEventCodec.envelope("event-" + sequence, sequence, PROGRAMME, "rep-1", "org-1", "team-1", "c", event);
    }

    private static ObjectiveDefined objective(String objectiveId, String deadline) {
        return new ObjectiveDefined(PLAN, objectiveId, "s", "o", "m", 3,
                deadline == null ? null : LocalDate.parse(deadline), null);
    }

    private static PlatformChosen chosen(String platformId, double plannedHours) {
        return new PlatformChosen(PLAN, platformId, "p", List.of(), PROGRAMME, PROGRAMME.plusSeconds(7200), 0, 0,
                plannedHours);
    }

    private static EventAttended attended(double hours) {
        return new EventAttended(PLAN, "p1", PROGRAMME, PROGRAMME.plusSeconds(7200), 0, 0, hours, List.of(),
                List.of(), "n");
    }
}
