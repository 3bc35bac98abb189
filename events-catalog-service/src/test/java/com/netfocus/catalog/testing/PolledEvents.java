package com.netfocus.catalog.testing;

import com.netfocus.catalog.analytics.AnalyticsStream;
import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.support.planevents.PlanStreams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Random;

/** For the tests of the catalog's projections: a seeded stream of many plans' events with redeliveries. */
public final class PolledEvents {

    private PolledEvents() {
    }

    /** A seeded org's plan events, interleaved, then a third of them again (redeliveries, as after a rebalance). */
    public static List<PlanEventEnvelope> stream(String org, List<String> platforms, long seed, int plans) {
        return PlanStreams.withRedeliveries(new AnalyticsStream(org, platforms, new Random(seed), plans).events());
    }

    /**
     * As {@link #stream}, each plan's events then changed as a rep changes a plan over months: a choice withdrawn, a
     * target retired, an attendance corrected and another retracted, the frame revised, the plan closed (each for some
     * of the plans, by the seed).
     */
    public static List<PlanEventEnvelope> everydayStream(String org, List<String> platforms, long seed, int plans) {
        Random random = new Random(seed);
        Map<String, List<PlanEventEnvelope>> byPlan = new LinkedHashMap<>();
        new AnalyticsStream(org, platforms, random, plans).events()
                .forEach(envelope -> byPlan.computeIfAbsent(envelope.planId(), id -> new ArrayList<>()).add(envelope));
        List<List<PlanEventEnvelope>> changed = new ArrayList<>();
        byPlan.values().forEach(events -> changed.add(everyday(events, random)));
        return PlanStreams.withRedeliveries(PlanStreams.interleaved(changed, random));
    }

    private static List<PlanEventEnvelope> everyday(List<PlanEventEnvelope> plan, Random random) {
        List<PlanEventEnvelope> events = new ArrayList<>(plan);
        PlanEventEnvelope first = plan.get(0);
        String planId = first.planId();
        List<PlanEvent> more = new ArrayList<>();
        List<String> attendances = new ArrayList<>();
        for (PlanEventEnvelope envelope : plan) {
            PlanEvent event = PlanEventCodec.payloadOf(envelope).orElseThrow();
            if (event instanceof PlatformChosen chosen && random.nextInt(4) == 0) {
                more.add(new PlatformWithdrawn(planId, chosen.platformId(), "double booked"));
            } else if (event instanceof TargetIdentified target && random.nextInt(4) == 0) {
                more.add(new TargetRetired(planId, target.targetId(), "found one"));
            } else if (event instanceof EventAttended attended) {
                attendances.add(AttendanceIds.of(attended, envelope.sequence()));
                if (random.nextInt(3) == 0) {
                    more.add(new AttendanceCorrected(planId, attendances.get(attendances.size() - 1),
                            attended.platformId(), attended.arrivedAt(), attended.leftAt(), 0, 0,
                            attended.hoursInvested() / 2, List.of(), "n", "typo"));
                } else if (random.nextInt(3) == 0) {
                    more.add(new AttendanceRetracted(planId, attendances.get(attendances.size() - 1), "not there"));
                }
            }
        }
        if (random.nextBoolean()) {
            more.add(new PlanRevised(planId, "Revised", LocalDate.parse("2033-03-31"), 60, null));
        }
        if (random.nextInt(4) == 0) {
            more.add(new PlanClosed(planId, null, "done"));
        }
        Instant at = plan.get(plan.size() - 1).occurredAt();
        for (PlanEvent event : more) {
            at = at.plus(Duration.ofHours(1));
            events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), events.size(), at, first.actor(),
                    first.org(), first.team(), "c", event));
        }
        return events;
    }
}
