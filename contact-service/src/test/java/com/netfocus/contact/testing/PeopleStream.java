package com.netfocus.contact.testing;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCancelled;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpRevised;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import com.netfocus.support.planevents.PlanStreams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A seeded org's plan events as planning stores them (personal fields sealed under each person's key): plans of a few
 * reps with objectives, targets (some of them known contacts), platform choices, attendances meeting new people (who
 * recur across the attendances of a plan, with and without their e-mail, so that contacts are merged), known contacts
 * and nobody, follow-ups promised at attendances and on their own, some completed. The plans' events interleaved as
 * concurrent reps would make them.
 *
 * <p>The people new to a rep are met in one plan of the rep only: which of two plans' attendances makes a contact both
 * met is not defined (plans are on different partitions, read in any interleaving), and the contact's id and creation
 * come from the first.
 */
public final class PeopleStream {

    private static final int REPS = 6;
    private static final List<String> PEOPLE = List.of("Ann Buyer", "Bert Ops", "Cleo Chief", "Dan Director");

    private final String org;
    private final Random random;
    private final PersonalData personalData;
    private final List<String> knownContactIds;

    /**
     * @param knownContactIds contacts of the org that people met and targets may name (may be empty)
     * @param personalData    seals the personal fields (null: left plain, as events stored before sealing)
     */
    public PeopleStream(String org, Random random, PersonalData personalData, List<String> knownContactIds) {
        this.org = org;
        this.random = random;
        this.personalData = personalData;
        this.knownContactIds = knownContactIds;
    }

    public static String repOf(int plan) {
        return "rep-" + (plan % REPS);
    }

    public List<PlanEventEnvelope> events(int plans) {
        List<List<PlanEventEnvelope>> perPlan = new ArrayList<>();
        for (int p = 0; p < plans; p++) {
            perPlan.add(plan(p));
        }
        return PlanStreams.interleaved(perPlan, random);
    }

    private List<PlanEventEnvelope> plan(int index) {
        String planId = UUID.randomUUID().toString();
        String rep = repOf(index);
        String team = "team-" + (index % 2);
        List<PlanEventEnvelope> events = new ArrayList<>();
        Instant[] clock = {Instant.parse("2031-01-01T09:00:00Z").plus(Duration.ofDays(random.nextInt(300)))};
        Consumer<PlanEvent> emit = event -> {
            clock[0] = clock[0].plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
            events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), events.size(), clock[0], rep, org, team,
                    "c", event));
        };
        emit.accept(new PlanCreated(planId, "Plan " + index, LocalDate.parse("2031-01-01"),
                LocalDate.parse("2031-12-31"), 20 + random.nextInt(40), rep, org, team));
        List<String> targetIds = new ArrayList<>();
        for (int o = 0; o < 1 + random.nextInt(2); o++) {
            emit.accept(new ObjectiveDefined(planId, "o" + o, "Objective " + o, "outcome", "metric", 2,
                    LocalDate.parse("2031-12-31"), null));
            String contactId = !knownContactIds.isEmpty() && random.nextInt(3) == 0
                    ? knownContactIds.get(random.nextInt(knownContactIds.size())) : null;
            emit.accept(new TargetIdentified(planId, "t" + o, "o" + o, contactId, contactId != null ? null
                    : new TargetProfile("Purchasing", "Director", "Logistics"), 1 + random.nextInt(3), "why"));
            targetIds.add("t" + o);
        }
        int followUps = 0;
        for (int platform = 0; platform < 1 + random.nextInt(3); platform++) {
            Instant programme = clock[0].plus(Duration.ofDays(5));
            emit.accept(new PlatformChosen(planId, "platform-" + platform, "p", targetIds, programme,
                    programme.plus(Duration.ofHours(2)), 30, 30, 3));
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<PersonMet> met = new ArrayList<>();
            List<FollowUp> promised = new ArrayList<>();
            for (int i = 0; i < random.nextInt(4); i++) {
                if (!knownContactIds.isEmpty() && random.nextInt(4) == 0) {
                    met.add(new PersonMet(knownContactIds.get(random.nextInt(knownContactIds.size())), null, null,
                            null, null, null, null, targetIds.get(0)));
                    continue;
                }
                String name = PEOPLE.get(random.nextInt(PEOPLE.size())) + " " + index;
                String personId = UUID.randomUUID().toString();
                String email = random.nextBoolean() ? name.toLowerCase().replace(' ', '.') + "@example.com" : null;
                met.add(new PersonMet(null, name, "Co " + name.charAt(0), random.nextBoolean() ? "Purchasing" : null,
                        null, "Logistics", email, random.nextBoolean() ? targetIds.get(0) : null, personId));
                if (random.nextBoolean()) {
                    promised.add(new FollowUp("f-" + planId + "-" + followUps++, null, name, null,
                            LocalDate.parse("2031-12-01"), "call", personId));
                }
            }
            String attendanceId = UUID.randomUUID().toString();
            emit.accept(new EventAttended(planId, attendanceId, "platform-" + platform,
                    programme.minus(Duration.ofMinutes(20)), programme.plus(Duration.ofHours(3)), 20, 60, 3.3,
                    sealedPeople(met), sealedFollowUps(promised), "n"));
            int fate = random.nextInt(5);
            if (fate == 0) {
                emit.accept(new AttendanceRetracted(planId, attendanceId, "wrong plan", "platform-" + platform));
            } else if (fate == 1) {
                // the same people but the last, and one more met by name
                List<PersonMet> corrected = new ArrayList<>(met.subList(0, Math.max(0, met.size() - 1)));
                String name = PEOPLE.get(random.nextInt(PEOPLE.size())) + " " + index + " later";
                corrected.add(new PersonMet(null, name, "Co L", null, null, "Logistics", null, null,
                        UUID.randomUUID().toString()));
                emit.accept(new AttendanceCorrected(planId, attendanceId, "platform-" + platform,
                        programme.minus(Duration.ofMinutes(40)), programme.plus(Duration.ofHours(3)), 40, 60, 3.7,
                        sealedPeople(corrected), "n", "typo"));
            }
        }
        if (targetIds.size() > 1 && random.nextInt(3) == 0) {
            emit.accept(new TargetRetired(planId, targetIds.get(1), "no budget"));
        }
        if (random.nextBoolean()) {
            emit.accept(new FollowUpScheduled(planId, new FollowUp("f-" + planId + "-" + followUps++, null, null, null,
                    LocalDate.parse("2031-11-01"), "write")));
        }
        for (int f = 0; f < followUps; f++) {
            String followUpId = "f-" + planId + "-" + f;
            switch (random.nextInt(4)) {
                case 0, 1 -> emit.accept(new FollowUpCompleted(planId, followUpId, clock[0], "done"));
                case 2 -> emit.accept(new FollowUpRevised(planId, followUpId, LocalDate.parse("2031-12-15"),
                        "call again", "away"));
                default -> emit.accept(new FollowUpCancelled(planId, followUpId, null));
            }
        }
        return events;
    }

    private List<PersonMet> sealedPeople(List<PersonMet> people) {
        return personalData == null ? people : PersonalFields.sealPeople(personalData.session(), people);
    }

    private List<FollowUp> sealedFollowUps(List<FollowUp> followUps) {
        return personalData == null ? followUps : PersonalFields.sealFollowUps(personalData.session(), followUps);
    }
}
