package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.Personas;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plan events of one org with fixed times, whose dashboard figures are counted by hand in the tests. Platform A
 * (programme 2031-05-01 16:00-18:00 UTC) and B (2031-06-10 16:00-18:00) are {@code PlatformJson} platforms: 120
 * expected, 40 % Purchasing/Director/Logistics, 30 % Operations/Manager (any industry).
 * <ul>
 *   <li>plan 1 of the owner (team A): created in March (40 h); O1 (4, all SMART) in March, O2 (2, not achievable) in
 *       April; T1 a Purchasing/Director/Logistics profile for O1, T2 a known contact for O2; A chosen for T1 in April
 *       (30 early, 45 late, 3.25 h); outreach on T2; A attended in May (30 min early, 45 late, 3.25 h): three people,
 *       two of them T1, one follow-up; a follow-up scheduled and one done in May; O1 progress +1, O2 achieved in May;</li>
 *   <li>plan 2 of the teammate (team A): created in April (20 h); O3 (5, all SMART); T3 Operations/Manager; B chosen
 *       for T3 in April (0 early, 70 late); B attended in June (on time, 70 late, 3.17 h): two people, one T3;</li>
 *   <li>plan 3 of the other team's manager (team B): created in May (10 h), nothing else.</li>
 * </ul>
 */
final class AnalyticsScenario {

    static final Instant A_STARTS = Instant.parse("2031-05-01T16:00:00Z");
    static final Instant B_STARTS = Instant.parse("2031-06-10T16:00:00Z");
    private static final SmartVerdicts ALL_MET = new SmartVerdicts(SmartVerdict.met("s"), SmartVerdict.met("m"),
            SmartVerdict.met("a"), SmartVerdict.met("r"), SmartVerdict.met("t"));
    private static final SmartVerdicts NOT_ACHIEVABLE = new SmartVerdicts(SmartVerdict.met("s"),
            SmartVerdict.met("m"), SmartVerdict.failed("a lot for the time"), SmartVerdict.met("r"),
            SmartVerdict.met("t"));

    final String plan1 = UUID.randomUUID().toString();
    final String plan2 = UUID.randomUUID().toString();
    final String plan3 = UUID.randomUUID().toString();
    private final Personas personas;
    private final String platformA;
    private final String platformB;

    AnalyticsScenario(Personas personas, String platformA, String platformB) {
        this.personas = personas;
        this.platformA = platformA;
        this.platformB = platformB;
    }

    List<PlanEventEnvelope> envelopes() {
        List<PlanEventEnvelope> events = new ArrayList<>();
        Personas.Persona ann = personas.owner;
        Plan p1 = new Plan(plan1, ann, events);
        p1.add("2031-03-10T09:00:00Z", new PlanCreated(plan1, "Logistics buyers", LocalDate.parse("2031-03-01"),
                LocalDate.parse("2031-12-31"), 40, ann.userId(), ann.org(), ann.team()));
        p1.add("2031-03-11T09:00:00Z", new ObjectiveDefined(plan1, "o1", "Meet 4 logistics purchasing directors",
                "two deals", "directors met", 4, LocalDate.parse("2031-08-31"), ALL_MET));
        p1.add("2031-04-02T09:00:00Z", new ObjectiveDefined(plan1, "o2", "Two references from customers", "trust",
                "references", 2, LocalDate.parse("2031-09-30"), NOT_ACHIEVABLE));
        p1.add("2031-04-02T10:00:00Z", new TargetIdentified(plan1, "t1", "o1", null,
                new TargetProfile("Purchasing", "Director", "Logistics"), 1, "they buy"));
        p1.add("2031-04-03T09:00:00Z", new TargetIdentified(plan1, "t2", "o2", "contact-1", null, 2, "a customer"));
        p1.add("2031-04-05T09:00:00Z", new PlatformChosen(plan1, platformA, "A", List.of("t1"), A_STARTS,
                A_STARTS.plus(Duration.ofHours(2)), 30, 45, 3.25));
        p1.add("2031-04-06T09:00:00Z", new OutreachLogged(plan1, "out-1", "t2", OutreachChannel.PHONE,
                Instant.parse("2031-04-06T08:00:00Z"), "agreed to a reference"));
        p1.add("2031-05-01T19:00:00Z", new EventAttended(plan1, platformA, A_STARTS.minus(Duration.ofMinutes(30)),
                A_STARTS.plus(Duration.ofMinutes(165)), 30, 45, 3.25, List.of(
                person("Ada", "t1"), person("Bo", "t1"), person("Cy", null)),
                List.of(new FollowUp("f1", null, "Ada", "t1", LocalDate.parse("2031-05-08"), "send the case")),
                "busy"));
        p1.add("2031-05-02T09:00:00Z", new FollowUpScheduled(plan1, new FollowUp("f2", "contact-1", null, "t2",
                LocalDate.parse("2031-05-20"), "ask for the reference")));
        p1.add("2031-05-10T09:00:00Z", new FollowUpCompleted(plan1, "f1", Instant.parse("2031-05-10T08:00:00Z"),
                "sent"));
        p1.add("2031-05-11T09:00:00Z", new ObjectiveProgressRecorded(plan1, "o1", 1, "a referral"));
        p1.add("2031-05-12T09:00:00Z", new ObjectiveAchieved(plan1, "o2", "both references in"));

        Personas.Persona bob = personas.teammate;
        Plan p2 = new Plan(plan2, bob, events);
        p2.add("2031-04-20T09:00:00Z", new PlanCreated(plan2, "Operations", LocalDate.parse("2031-04-01"),
                LocalDate.parse("2031-12-31"), 20, bob.userId(), bob.org(), bob.team()));
        p2.add("2031-04-20T10:00:00Z", new ObjectiveDefined(plan2, "o3", "Meet 5 operations managers", "pilots",
                "managers met", 5, LocalDate.parse("2031-12-31"), ALL_MET));
        p2.add("2031-04-20T11:00:00Z", new TargetIdentified(plan2, "t3", "o3", null,
                new TargetProfile("Operations", "Manager", null), 2, "they run the floor"));
        p2.add("2031-04-21T09:00:00Z", new PlatformChosen(plan2, platformB, "B", List.of("t3"), B_STARTS,
                B_STARTS.plus(Duration.ofHours(2)), 0, 70, 3.17));
        p2.add("2031-06-10T20:00:00Z", new EventAttended(plan2, platformB, B_STARTS, B_STARTS.plus(Duration.ofMinutes(190)),
                0, 70, 3.17, List.of(person("Di", "t3"), person("Ed", null)), List.of(), "quiet"));

        Personas.Persona max = personas.otherManager;
        new Plan(plan3, max, events).add("2031-05-05T09:00:00Z", new PlanCreated(plan3, "Team B", LocalDate.parse(
                "2031-05-01"), LocalDate.parse("2031-12-31"), 10, max.userId(), max.org(), max.team()));
        return events;
    }

    void send(PlanEventRecords records) {
        envelopes().forEach(envelope -> records.sendRaw(envelope.planId(), PlanEventCodec.encode(envelope)));
    }

    private static PersonMet person(String name, String targetId) {
        return new PersonMet(null, name, "Acme", "Purchasing", "Director", "Logistics", null, targetId);
    }

    /** Appends a plan's events with gap-free sequences, as its actor caused them at the given times. */
    private record Plan(String planId, Personas.Persona actor, List<PlanEventEnvelope> events) {

        void add(String occurredAt, PlanEvent event) {
            long sequence = events.stream().filter(e -> e.planId().equals(planId)).count();
            events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), sequence, Instant.parse(occurredAt),
                    actor.userId(), actor.org(), actor.team(), "corr-" + UUID.randomUUID(), event));
        }
    }
}
