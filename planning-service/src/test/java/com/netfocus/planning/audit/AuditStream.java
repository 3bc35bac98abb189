package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.support.planevents.PlanStreams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded stream of an org's plan events for the trail's tests: plans of three teams, each created, then objectives,
 * targets, progress and now and then an erasure (caused without a team), over a few days; interleaved as concurrent
 * reps make them, then a third of them again (redeliveries, as after a rebalance).
 */
final class AuditStream {

    private static final Instant START = Instant.parse("2026-04-06T07:00:00Z");
    private static final List<String> TEAMS = List.of("north", "south", "east");

    private AuditStream() {
    }

    static List<PlanEventEnvelope> of(String org, long seed, int plans) {
        Random random = new Random(seed);
        List<List<PlanEventEnvelope>> byPlan = new ArrayList<>();
        for (int p = 0; p < plans; p++) {
            byPlan.add(plan(org, "rep-" + p % 7, TEAMS.get(p % TEAMS.size()), random));
        }
        return PlanStreams.withRedeliveries(PlanStreams.interleaved(byPlan, random));
    }

    private static List<PlanEventEnvelope> plan(String org, String rep, String team, Random random) {
        String planId = new UUID(random.nextLong(), random.nextLong()).toString();
        List<PlanEvent> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 4, 6);
        events.add(new PlanCreated(planId, "plan of " + rep, start, start.plusDays(120), 40, rep, org, team));
        int steps = 2 + random.nextInt(8);
        for (int i = 0; i < steps; i++) {
            String objective = "o-" + (i / 3);
            events.add(switch (random.nextInt(4)) {
                case 0 -> new ObjectiveDefined(planId, objective, "learn from CFOs", "pilots", "CFOs met", 5,
                        start.plusDays(60), null);
                case 1 -> new TargetIdentified(planId, "t-" + i, objective, null,
                        new TargetProfile("finance", "CFO", "healthcare"), 1, null);
                case 2 -> new ObjectiveProgressRecorded(planId, objective, 1, "a call");
                default -> new PersonalDataErased(planId, "contact-" + i, START);
            });
        }
        List<PlanEventEnvelope> envelopes = new ArrayList<>();
        Instant at = START.plus(random.nextInt(72), ChronoUnit.HOURS);
        for (int sequence = 0; sequence < events.size(); sequence++) {
            PlanEvent event = events.get(sequence);
            at = at.plus(1 + random.nextInt(90), ChronoUnit.MINUTES);
            // an erasure is requested by the contact service: it carries no team of the plan
            String callerTeam = event instanceof PersonalDataErased ? "" : team;
            envelopes.add(PlanEventCodec.envelope(new UUID(random.nextLong(), random.nextLong()).toString(), sequence,
                    at, rep, org, callerTeam, "corr-" + planId + "-" + sequence, event));
        }
        return envelopes;
    }
}
