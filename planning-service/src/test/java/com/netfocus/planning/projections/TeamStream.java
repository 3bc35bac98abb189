package com.netfocus.planning.projections;

import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.support.planevents.PlanStreams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded stream of the plans of a few teams of one org (and some plans without a team): each plan's targets of a
 * few profiles, its choices of a few platforms, and, for some, a choice withdrawn, a target retired, the plan closed;
 * interleaved as concurrent reps make them, then a third again (redeliveries).
 */
final class TeamStream {

    private static final List<String> TEAMS = List.of("north", "south", "east", "west", "central", "hq");
    private static final List<String> FUNCTIONS = List.of("CFO", "cfo ", "CTO", "COO");
    private static final int REPS = 12;
    private static final int PLATFORMS = 6;

    private TeamStream() {
    }

    static List<PlanEventEnvelope> of(String org, long seed, int plans) {
        Random random = new Random(seed);
        List<List<PlanEventEnvelope>> perPlan = new ArrayList<>();
        for (int p = 0; p < plans; p++) {
            perPlan.add(plan(org, p, random));
        }
        return PlanStreams.withRedeliveries(PlanStreams.interleaved(perPlan, random));
    }

    private static List<PlanEventEnvelope> plan(String org, int index, Random random) {
        String planId = UUID.randomUUID().toString();
        String rep = "rep-" + index % REPS;
        String team = index % 7 == 6 ? null : TEAMS.get(index % REPS % TEAMS.size());
        List<PlanEvent> events = new ArrayList<>();
        events.add(new PlanCreated(planId, "Plan " + index, LocalDate.parse("2031-01-01"), LocalDate.parse("2031-12-31"),
                40, rep, org, team));
        events.add(new ObjectiveDefined(planId, "o1", "Meet finance leaders", "deals", "people met", 4,
                LocalDate.parse("2031-10-31"), null));
        List<String> targets = new ArrayList<>();
        for (int t = 0, count = 1 + random.nextInt(3); t < count; t++) {
            String targetId = "t" + t;
            events.add(new TargetIdentified(planId, targetId, "o1", null,
                    new TargetProfile(FUNCTIONS.get(random.nextInt(FUNCTIONS.size())), null, null), 1, "why"));
            targets.add(targetId);
        }
        Instant programme = Instant.parse("2031-03-01T16:00:00Z");
        List<String> chosen = new ArrayList<>();
        for (int p = 0; p < PLATFORMS; p++) {
            if (random.nextInt(3) == 0) {
                String platformId = "platform-" + p;
                events.add(new PlatformChosen(planId, platformId, "Platform " + p,
                        targets.subList(0, 1 + random.nextInt(targets.size())), programme.plus(Duration.ofDays(p)),
                        programme.plus(Duration.ofDays(p)).plus(Duration.ofHours(2)), 30, 30, 3));
                chosen.add(platformId);
            }
        }
        if (!chosen.isEmpty() && random.nextInt(3) == 0) {
            events.add(new PlatformWithdrawn(planId, chosen.get(random.nextInt(chosen.size())), "double booked"));
        }
        if (random.nextInt(4) == 0) {
            events.add(new TargetRetired(planId, targets.get(0), "found one"));
        }
        if (random.nextInt(5) == 0) {
            events.add(new PlanClosed(planId, null, "done"));
        }
        List<PlanEventEnvelope> envelopes = new ArrayList<>();
        Instant at = Instant.parse("2031-01-02T09:00:00Z").plus(Duration.ofHours(random.nextInt(200)));
        for (PlanEvent event : events) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            envelopes.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), envelopes.size(), at, rep, org, team,
                    "c", event));
        }
        return envelopes;
    }
}
