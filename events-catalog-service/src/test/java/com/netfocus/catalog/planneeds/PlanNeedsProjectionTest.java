package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Plan events produced to the real broker build one needs document per plan: every field the advice reads,
 * each event applied once however often it is delivered, unreadable records skipped without blocking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanNeedsProjectionTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "needs");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Instant PROGRAM_START = Instant.parse("2031-05-01T16:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    PlanNeedsStore store;

    @Test
    void eachEventTypeFillsItsPartOfThePlansNeeds() {
        String org = uniqueOrg();
        String planId = uniquePlan();

        sendPlan(org, planId);
        records.send(5, org, attended(planId, "platform-1", 3.5));

        PlanNeeds needs = awaitVersion(org, planId, 5);
        assertThat(needs.org()).isEqualTo(org);
        assertThat(needs.ownerId()).isEqualTo("rep-1");
        assertThat(needs.periodStart()).isEqualTo("2031-04-01");
        assertThat(needs.periodEnd()).isEqualTo("2031-06-30");
        assertThat(needs.hoursBudget()).isEqualTo(40.0);
        assertThat(needs.objectives()).containsExactly(
                new PlanNeeds.NeededObjective("objective-1", "2031-06-30", false));
        assertThat(needs.targets()).containsExactly(
                new PlanNeeds.NeededTarget("target-1", "objective-1", null, "Purchasing", "Director", "Logistics", 1),
                new PlanNeeds.NeededTarget("target-2", "objective-1", "contact-7", null, null, null, 2));
        assertThat(needs.chosenPlatforms())
                .extracting(PlanNeeds.ChosenPlatform::platformId, PlanNeeds.ChosenPlatform::plannedHours,
                        PlanNeeds.ChosenPlatform::targetIds)
                .containsExactly(tuple("platform-1", 3.0, List.of("target-1")));
        assertThat(needs.plannedHours()).isEqualTo(3.0);
        assertThat(needs.remainingHours()).isEqualTo(37.0);
        assertThat(needs.hoursSpent()).isEqualTo(3.5);
    }

    @Test
    void redeliveredAndOutdatedRecordsChangeNothing() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        sendPlan(org, planId);
        PlanNeeds before = awaitVersion(org, planId, 4);

        // The whole history again, as after a rebalance or a replay from the start of the topic.
        sendPlan(org, planId);
        records.send(2, org, chosen(planId, "platform-2", 5));
        // Same key, so same partition: once this later event shows, the duplicates before it were handled.
        records.send(5, org, attended(planId, "platform-1", 2.0));
        PlanNeeds after = awaitVersion(org, planId, 5);

        assertThat(after.objectives()).isEqualTo(before.objectives());
        assertThat(after.targets()).isEqualTo(before.targets());
        assertThat(after.chosenPlatforms()).isEqualTo(before.chosenPlatforms());
        assertThat(after.hoursBudget()).isEqualTo(before.hoursBudget());
        assertThat(after.hoursSpent()).isEqualTo(2.0);
    }

    /**
     * What Kafka showed after a broker outage: a plan's later events written before its first ones (a producer batch
     * expired, one sent after it was written), then the publisher's in-order re-send of everything. The early copies
     * must not be applied, or the first events would then look like redeliveries and be lost.
     */
    @Test
    void laterEventsSeenBeforeTheFirstOnesWaitForTheInOrderResend() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        records.send(3, org, new TargetIdentified(planId, "target-2", "objective-1", "contact-7", null, 2,
                "knows the buyers"));
        records.send(4, org, chosen(planId, "platform-1", 3));
        sendPlan(org, planId);

        PlanNeeds needs = awaitVersion(org, planId, 4);
        assertThat(needs.objectives()).hasSize(1);
        assertThat(needs.targets()).hasSize(2);
        assertThat(needs.chosenPlatforms()).hasSize(1);
        assertThat(needs.hoursBudget()).isPositive();
    }

    @Test
    void unreadableRecordsAreSkippedAndTheRecordsAfterThemApplied() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        records.sendRaw(planId, "not an envelope at all".getBytes(StandardCharsets.UTF_8));
        // names no platform: unreadable for the needs and for the platform activity alike
        records.send(1, org, chosen(planId, null, 3));
        records.send(2, org, chosen(planId, "platform-1", 3));

        PlanNeeds needs = awaitVersion(org, planId, 2);
        assertThat(needs.chosenPlatforms())
                .extracting(PlanNeeds.ChosenPlatform::platformId, PlanNeeds.ChosenPlatform::plannedHours,
                        PlanNeeds.ChosenPlatform::targetIds)
                .containsExactly(tuple("platform-1", 3.0, List.of("target-1")));
    }

    @Test
    void revisedDeadlinesReplaceTheOldOnesAndClosedObjectivesAreMarkedOnce() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        records.send(1, org, objective(planId, "objective-1", "2031-06-30"));
        records.send(2, org, objective(planId, "objective-2", "2031-05-31"));
        records.send(3, org, objective(planId, "objective-3", "2031-05-31"));
        records.send(4, org, new ObjectiveRevised(planId, "objective-1", "Meet 5 logistics buyers", "three deals",
                "buyers met", 5, LocalDate.parse("2031-06-15"), null));
        records.send(5, org, new ObjectiveAbandoned(planId, "objective-2", "the market moved"));
        records.send(6, org, new ObjectiveAchieved(planId, "objective-3", "done early"));
        // unknown objective: nothing to change, but the plan's version moves on
        records.send(7, org, new ObjectiveAchieved(planId, "objective-9", "never defined here"));
        // a redelivered revision with the old deadline, as after a rebalance: already applied, changes nothing
        records.send(4, org, new ObjectiveRevised(planId, "objective-1", "Meet 3 logistics buyers", "two deals",
                "buyers met", 3, LocalDate.parse("2031-06-30"), null));
        records.send(8, org, new ObjectiveProgressRecorded(planId, "objective-1", 1, "a referral"));

        PlanNeeds needs = awaitVersion(org, planId, 8);
        assertThat(needs.objectives()).containsExactly(
                new PlanNeeds.NeededObjective("objective-1", "2031-06-15", false),
                new PlanNeeds.NeededObjective("objective-2", "2031-05-31", true),
                new PlanNeeds.NeededObjective("objective-3", "2031-05-31", true));
    }

    @Test
    void aPlanIsOnlyFoundForItsOwnOrg() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        awaitVersion(org, planId, 0);

        assertThat(store.find(uniqueOrg(), planId)).isEmpty();
        assertThat(store.find(org, uniquePlan())).isEmpty();
    }

    private void sendPlan(String org, String planId) {
        records.send(0, org, created(planId, org));
        records.send(1, org, objective(planId, "objective-1", "2031-06-30"));
        records.send(2, org, new TargetIdentified(planId, "target-1", "objective-1", null,
                new TargetProfile("Purchasing", "Director", "Logistics"), 1, "they buy transport"));
        records.send(3, org, new TargetIdentified(planId, "target-2", "objective-1", "contact-7", null, 2,
                "knows the buyers"));
        records.send(4, org, chosen(planId, "platform-1", 3));
    }

    private PlanNeeds awaitVersion(String org, String planId, long version) {
        return await().atMost(WAIT).until(() -> store.find(org, planId),
                needs -> needs.isPresent() && needs.get().appliedSequence() == version).orElseThrow();
    }

    private static ObjectiveDefined objective(String planId, String objectiveId, String deadline) {
        return new ObjectiveDefined(planId, objectiveId, "Meet 3 logistics buyers", "two deals", "buyers met", 3,
                LocalDate.parse(deadline), null);
    }

    private static PlanCreated created(String planId, String org) {
        return new PlanCreated(planId, "Q2 logistics", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, "rep-1", org, "team-1");
    }

    private static PlatformChosen chosen(String planId, String platformId, double plannedHours) {
        return new PlatformChosen(planId, platformId, "a platform", List.of("target-1"), PROGRAM_START,
                PROGRAM_START.plus(Duration.ofHours(2)), 30, 30, plannedHours);
    }

    private static EventAttended attended(String planId, String platformId, double hours) {
        return new EventAttended(planId, platformId, PROGRAM_START.minus(Duration.ofMinutes(30)),
                PROGRAM_START.plus(Duration.ofHours(3)), 30, 60, hours, List.of(), List.of(), "good evening");
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }

    private static String uniquePlan() {
        return UUID.randomUUID().toString();
    }
}
