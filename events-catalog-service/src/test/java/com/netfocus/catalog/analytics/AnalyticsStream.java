package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.support.planevents.PlanStreams;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded random organisation: plans of {@value #REPS} reps over the given number of plans, each taken through the
 * chain with facts spread over 2031-2032; it counts the org's totals as it goes, for a test to wait
 * until a projection has them all.
 */
public final class AnalyticsStream {

    static final List<String> TEAMS = List.of("team-a", "team-b", "team-c");
    private static final int REPS = 8;

    private final String org;
    private final List<String> platforms;
    private final Random random;
    private final int planCount;
    final TreeSet<String> reps = new TreeSet<>();
    private long plans;
    private long objectives;
    private long chosen;
    private long attended;
    private long met;
    private long targetMet;
    private long followUps;
    private long followUpsDone;
    private long achieved;

    /** Adds {@code count} platforms of the persona's org, their programmes 45 days apart from February 2031. */
    static List<String> addPlatforms(TestRestTemplate http, Personas personas, int count) {
        List<String> platforms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant programStart = Instant.parse("2031-02-01T16:00:00Z").plus(Duration.ofDays(45L * i));
            ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST, new HttpEntity<>(
                    PlatformJson.valid("Platform " + i, "SEMINAR", programStart).toString(), personas.admin.headers()),
                    JsonNode.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            platforms.add(created.getBody().get("platformId").asText());
        }
        return platforms;
    }

    public AnalyticsStream(String org, List<String> platforms, Random random, int plans) {
        this.org = org;
        this.platforms = platforms;
        this.random = random;
        this.planCount = plans;
    }

    String expectedTotal() {
        return "plans=" + plans + " objectives=" + objectives + " chosen=" + chosen + " attended=" + attended
                + " met=" + met + " targetMet=" + targetMet + " followUps=" + followUps + "/" + followUpsDone
                + " achieved=" + achieved;
    }

    public List<PlanEventEnvelope> events() {
        List<List<PlanEventEnvelope>> perPlan = new ArrayList<>();
        for (int p = 0; p < planCount; p++) {
            perPlan.add(plan(p));
        }
        return PlanStreams.interleaved(perPlan, random);
    }

    private List<PlanEventEnvelope> plan(int index) {
        String planId = UUID.randomUUID().toString();
        String rep = "rep-" + (index % REPS);
        String team = TEAMS.get(index % REPS % TEAMS.size());
        reps.add(rep);
        List<PlanEventEnvelope> events = new ArrayList<>();
        Instant[] clock = {Instant.parse("2031-01-01T09:00:00Z").plus(Duration.ofDays(random.nextInt(400)))};
        java.util.function.Consumer<PlanEvent> emit = event -> {
            clock[0] = clock[0].plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
            events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), events.size(), clock[0], rep, org, team,
                    "c", event));
        };
        emit.accept(new PlanCreated(planId, "Plan " + index, LocalDate.parse("2031-01-01"),
                LocalDate.parse("2032-12-31"), 10 + random.nextInt(50), rep, org, team));
        plans++;
        List<String> targetIds = new ArrayList<>();
        int objectiveCount = 1 + random.nextInt(3);
        for (int o = 0; o < objectiveCount; o++) {
            String objectiveId = "o" + o;
            emit.accept(new ObjectiveDefined(planId, objectiveId, "Objective " + o, "outcome", "metric",
                    1 + random.nextInt(6), LocalDate.parse("2033-06-30"), verdicts()));
            objectives++;
            if (random.nextInt(4) == 0) {
                emit.accept(new ObjectiveRevised(planId, objectiveId, "Sharper " + o, "outcome", "metric",
                        1 + random.nextInt(6), null, verdicts()));
            }
            String targetId = "t" + o;
            emit.accept(new TargetIdentified(planId, targetId, objectiveId, null, new TargetProfile(
                    random.nextBoolean() ? "Purchasing" : "Operations", random.nextBoolean() ? "Director" : "Manager",
                    random.nextBoolean() ? "Logistics" : null), 1 + random.nextInt(5), "why"));
            targetIds.add(targetId);
            if (random.nextInt(3) == 0) {
                emit.accept(new OutreachLogged(planId, "out" + o, targetId, OutreachChannel.EMAIL, clock[0], "s"));
            }
            if (random.nextInt(3) == 0) {
                emit.accept(new ObjectiveProgressRecorded(planId, objectiveId, 1 + random.nextInt(2), "n"));
            }
        }
        int followUpCount = 0;
        for (String platformId : platforms) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            List<String> servedTargets = targetIds.subList(0, 1 + random.nextInt(targetIds.size()));
            int early = random.nextInt(5) * 20;
            int late = random.nextInt(5) * 20;
            Instant programme = Instant.parse("2031-03-01T16:00:00Z").plus(Duration.ofDays(random.nextInt(500)));
            emit.accept(new PlatformChosen(planId, platformId, "p", servedTargets, programme,
                    programme.plus(Duration.ofHours(2)), early, late, 2 + (early + late) / 60.0));
            chosen++;
            if (random.nextInt(6) == 0) {
                emit.accept(new PlatformWithdrawn(planId, platformId, "clash"));
                chosen--;
                continue;
            }
            if (random.nextBoolean()) {
                String attendanceId = UUID.nameUUIDFromBytes((planId + "/" + platformId).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString();
                List<PersonMet> people = people(servedTargets);
                List<FollowUp> promised = new ArrayList<>();
                if (!people.isEmpty() && random.nextBoolean()) {
                    promised.add(new FollowUp("f" + followUpCount++, null, "Person 0", null,
                            LocalDate.parse("2033-01-01"), "call"));
                    followUps++;
                }
                int arrivedEarly = random.nextInt(90);
                int stayedLate = random.nextInt(90);
                Instant left = programme.plus(Duration.ofMinutes(120 + stayedLate));
                // logged once it happened, as planning accepts it (the figures leave out any other)
                if (clock[0].isBefore(left)) {
                    clock[0] = left;
                }
                emit.accept(new EventAttended(planId, attendanceId, platformId,
                        programme.minus(Duration.ofMinutes(arrivedEarly)), left, arrivedEarly, stayedLate,
                        2 + (arrivedEarly + stayedLate) / 60.0, people, promised, "n"));
                count(people, 1);
                attended++;
                int fate = random.nextInt(6);
                if (fate == 0) {
                    // logged by mistake: retracted, its people no longer count
                    emit.accept(new AttendanceRetracted(planId, attendanceId, "wrong plan", platformId));
                    count(people, -1);
                    attended--;
                } else if (fate == 1) {
                    // corrected: other people, a day later, an hour longer
                    List<PersonMet> corrected = people(servedTargets);
                    Instant arrived = programme.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(arrivedEarly));
                    Instant leftLater = arrived.plus(Duration.ofMinutes(arrivedEarly + 180 + stayedLate));
                    // corrected once the visit as corrected happened, as planning accepts it
                    if (clock[0].isBefore(leftLater)) {
                        clock[0] = leftLater;
                    }
                    emit.accept(new AttendanceCorrected(planId, attendanceId, platformId, arrived, leftLater,
                            arrivedEarly, stayedLate + 60, 3 + (arrivedEarly + stayedLate) / 60.0, corrected, "n",
                            "typo"));
                    count(people, -1);
                    count(corrected, 1);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            emit.accept(new PlanRevised(planId, "Plan " + index + ", revised", LocalDate.parse("2033-06-30"),
                    10 + random.nextInt(50), "more time"));
        }
        if (random.nextInt(4) == 0) {
            emit.accept(new TargetRetired(planId, targetIds.get(0), "no budget"));
        }
        if (random.nextBoolean()) {
            emit.accept(new FollowUpScheduled(planId, new FollowUp("f" + followUpCount++, "contact-1", null, null,
                    LocalDate.parse("2033-01-01"), "write")));
            followUps++;
        }
        for (int f = 0; f < followUpCount; f++) {
            if (random.nextBoolean()) {
                emit.accept(new FollowUpCompleted(planId, "f" + f, clock[0], "done"));
                followUpsDone++;
            }
        }
        if (random.nextBoolean()) {
            emit.accept(new ObjectiveAchieved(planId, "o0", "done"));
            achieved++;
        }
        if (random.nextInt(5) == 0) {
            emit.accept(new PlanClosed(planId, null, "the year is over"));
        }
        return events;
    }

    /** Up to five people met, each matched to one of the targets served or to none. */
    private List<PersonMet> people(List<String> servedTargets) {
        List<PersonMet> people = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String targetId = random.nextBoolean() ? servedTargets.get(random.nextInt(servedTargets.size())) : null;
            people.add(new PersonMet(null, "Person " + i, "Co", "f", "p", "i", null, targetId));
        }
        return people;
    }

    /** Counts the people met in the expected totals ({@code sign} -1: they no longer count). */
    private void count(List<PersonMet> people, int sign) {
        met += sign * people.size();
        targetMet += sign * people.stream().filter(person -> person.targetId() != null).count();
    }

    private SmartVerdicts verdicts() {
        SmartVerdict soft = random.nextInt(3) == 0 ? SmartVerdict.failed("doubt") : SmartVerdict.met("ok");
        return new SmartVerdicts(SmartVerdict.met("s"), SmartVerdict.met("m"), soft, SmartVerdict.met("r"),
                SmartVerdict.met("t"));
    }
}
