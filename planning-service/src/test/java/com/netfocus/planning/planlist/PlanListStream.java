package com.netfocus.planning.planlist;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.support.planevents.PlanStreams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A seeded org's plan events as the plan list reads them: plans of a few reps in two teams, starting in a few weeks
 * (so that buckets hold many plans), some carrying objectives forward; objectives defined, achieved and abandoned;
 * platforms chosen and withdrawn; attendances (some logged before attendances had ids) corrected and retracted; plans
 * revised and closed. The plans' events interleaved as concurrent reps would make them.
 */
final class PlanListStream {

    private static final int REPS = 6;
    private static final int WEEKS = 3;
    private static final LocalDate FIRST_START = LocalDate.of(2031, 1, 6);

    private final String org;
    private final Random random;

    PlanListStream(String org, Random random) {
        this.org = org;
        this.random = random;
    }

    List<PlanEventEnvelope> events(int plans) {
        List<List<PlanEventEnvelope>> perPlan = new ArrayList<>();
        for (int p = 0; p < plans; p++) {
            perPlan.add(plan(p));
        }
        return PlanStreams.withRedeliveries(PlanStreams.interleaved(perPlan, random));
    }

    private List<PlanEventEnvelope> plan(int index) {
        String planId = UUID.randomUUID().toString();
        String rep = "rep-" + index % REPS;
        String team = "team-" + index % 2;
        LocalDate start = FIRST_START.plusDays(7L * random.nextInt(WEEKS) + random.nextInt(5));
        List<PlanEventEnvelope> events = new ArrayList<>();
        Instant[] clock = {Instant.parse("2031-01-01T09:00:00Z").plus(Duration.ofMinutes(random.nextInt(600)))};
        Consumer<PlanEvent> emit = event -> {
            clock[0] = clock[0].plus(Duration.ofMinutes(1 + random.nextInt(600)));
            events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), events.size(), clock[0], rep, org, team,
                    "c", event));
        };
        List<String> objectiveIds = new ArrayList<>();
        CarriedForward carried = null;
        if (random.nextInt(4) == 0) {
            carried = new CarriedForward(UUID.randomUUID().toString(), List.of(objective(planId, "carried")),
                    List.of());
            objectiveIds.add("carried");
        }
        emit.accept(new PlanCreated(planId, (index % 2 == 0 ? "Hospitals " : "Retail grocers ") + index, start,
                start.plusDays(90), 20 + random.nextInt(40), rep, org, team, carried));
        for (int o = 0; o < 1 + random.nextInt(3); o++) {
            emit.accept(objective(planId, "o" + o));
            objectiveIds.add("o" + o);
        }
        List<String> attendanceIds = new ArrayList<>();
        for (int platform = 0; platform < 1 + random.nextInt(3); platform++) {
            String platformId = "platform-" + platform;
            Instant programme = start.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofDays(platform));
            emit.accept(new PlatformChosen(planId, platformId, "p", List.of(), programme,
                    programme.plus(Duration.ofHours(2)), 30, 30, 3 + platform));
            switch (random.nextInt(4)) {
                case 0 -> emit.accept(new PlatformWithdrawn(planId, platformId, "clash"));
                case 1 -> {
                    // attended before attendances had ids: its id is made from the event's sequence
                    emit.accept(new EventAttended(planId, null, platformId, programme, programme.plus(Duration
                            .ofHours(2)), 0, 0, 2, List.of(), List.of(), "n"));
                }
                default -> {
                    String attendanceId = UUID.randomUUID().toString();
                    emit.accept(new EventAttended(planId, attendanceId, platformId, programme.minus(Duration
                            .ofMinutes(20)), programme.plus(Duration.ofHours(3)), 20, 60, 3.3, List.of(), List.of(),
                            "n"));
                    attendanceIds.add(attendanceId + "@" + platformId);
                }
            }
        }
        for (String attended : attendanceIds) {
            String attendanceId = attended.substring(0, attended.indexOf('@'));
            String platformId = attended.substring(attended.indexOf('@') + 1);
            switch (random.nextInt(3)) {
                case 0 -> emit.accept(new AttendanceRetracted(planId, attendanceId, "wrong plan", platformId));
                case 1 -> emit.accept(new AttendanceCorrected(planId, attendanceId, platformId, clock[0],
                        clock[0].plus(Duration.ofHours(4)), 40, 60, 4.1, List.of(), "n", "typo"));
                default -> {
                }
            }
        }
        for (String objectiveId : objectiveIds) {
            switch (random.nextInt(4)) {
                case 0 -> emit.accept(new ObjectiveAchieved(planId, objectiveId, "done"));
                case 1 -> emit.accept(new ObjectiveAbandoned(planId, objectiveId, "moved on"));
                default -> {
                }
            }
        }
        if (random.nextInt(3) == 0) {
            emit.accept(new PlanRevised(planId, "Hospitals, north " + index, start.plusDays(120), 45, "longer"));
        }
        if (random.nextInt(3) == 0) {
            emit.accept(new PlanClosed(planId, random.nextBoolean() ? UUID.randomUUID().toString() : null, "done"));
        }
        return events;
    }

    private static ObjectiveDefined objective(String planId, String objectiveId) {
        return new ObjectiveDefined(planId, objectiveId, "Objective " + objectiveId, "outcome", "metric", 2,
                LocalDate.parse("2031-12-31"), null);
    }
}
