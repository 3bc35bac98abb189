package com.netfocus.benchmarks.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scripts' plans obey planning's rules, stated here as planning states them: a choice's programme has not ended
 * and lies in the period, its stay (arrive early .. stay late) overlaps no other choice, its targets are distinct and
 * held by its audience, the budget holds every choice; one attendance per choice, arrived and left by the time it is
 * logged, inside the period, no more than the org's default six hours before the programme nor after it.
 */
class PlanScriptTest {

    private static final PlanScript.Scale SCALE = new PlanScript.Scale(3, 10, 15, 8);
    private static final Instant CATALOG_BUILT = Instant.parse("2030-01-01T22:40:00Z");
    private static final CatalogLayout LAYOUT = new CatalogLayout(10, 1000, 50, CATALOG_BUILT);
    private static final Duration AROUND_PROGRAMME = Duration.ofMinutes(360);
    /** A client's time per command. */
    private static final Duration PER_COMMAND = Duration.ofMillis(40);

    @Test
    void drivesAPlanFromCreationToAttendanceInTheOrderOfTheChain() {
        TickingClock clock = new TickingClock(CATALOG_BUILT);
        List<Sent> sent = drive(new PlanScript(org(), rep(3), SCALE, null, clock), clock);

        assertThat(sent).hasSize(SCALE.commands()).hasSize(37);
        assertThat(sent.get(0).command().kind()).isEqualTo(Command.Kind.CREATE_PLAN);
        assertThat(sent.subList(1, 4)).allMatch(s -> s.command().kind() == Command.Kind.DEFINE_OBJECTIVE);
        assertThat(sent.subList(4, 14)).allMatch(s -> s.command().kind() == Command.Kind.IDENTIFY_TARGET);
        assertThat(sent.subList(14, 29)).allMatch(s -> s.command().kind() == Command.Kind.CHOOSE_PLATFORM);
        assertThat(sent.subList(29, 37)).allMatch(s -> s.command().kind() == Command.Kind.RECORD_ATTENDANCE);
        assertThat(sent.get(1).command().path()).isEqualTo("/api/v1/plans/plan-0/objectives");
        // 8 attendable programmes of 20 minutes, 7 upcoming ones of 2 h with 30 minutes either side, 10 h spare
        assertThat(body(sent.get(0)).get("hoursBudget")).isEqualTo(8 * 20 / 60.0 + 7 * 3.0 + 10);
    }

    @Test
    void everyPlanObeysPlanningsRulesWhateverTheRepAndTheTimeWithinTheHorizon() {
        // a plan's attended programmes span its eight choices' 20 minutes each: opened up to 5 h after the catalog
        for (int hour = 0; hour < CatalogLayout.ATTENDABLE_HORIZON.toHours() - 4; hour++) {
            for (int rep = 0; rep <= 24; rep++) {
                TickingClock clock = new TickingClock(CATALOG_BUILT.plus(Duration.ofHours(hour))
                        .plus(Duration.ofMinutes(5L * rep)));
                assertObeysTheRules(drive(new PlanScript(org(), rep(rep), SCALE, null, clock), clock));
            }
        }
    }

    @Test
    void aPlanWhoseCommandsSpreadOverMinutesStillChoosesProgrammesAheadAndLogsWhatHappened() {
        TickingClock clock = new TickingClock(CATALOG_BUILT.plus(Duration.ofHours(2)), Duration.ofMinutes(3));

        assertObeysTheRules(drive(new PlanScript(org(), rep(7), SCALE, null, clock), clock));
    }

    @Test
    void probePlatformsTakeOnlyChoicesNotAttendedAndSeveralInOnePlanDoNotOverlap() {
        Org org = org();
        AtomicInteger next = new AtomicInteger();
        TickingClock clock = new TickingClock(CATALOG_BUILT);
        PlanScript script = new PlanScript(org, rep(5), SCALE, () -> org.probePlatforms().get(next.getAndIncrement()),
                clock);

        List<Sent> sent = drive(script, clock);

        List<Sent> choices = sent.stream().filter(s -> s.command().kind() == Command.Kind.CHOOSE_PLATFORM).toList();
        assertThat(choices.subList(0, SCALE.attendances())).allMatch(s -> s.command().probePlatform() == null);
        assertThat(choices.subList(SCALE.attendances(), SCALE.choices()))
                .allMatch(s -> org.probePlatforms().contains(s.command().probePlatform()));
        assertObeysTheRules(sent);
    }

    @Test
    void aRunPastTheAttendableHorizonSaysSoInsteadOfSendingAChoicePlanningRefuses() {
        TickingClock clock = new TickingClock(CATALOG_BUILT.plus(CatalogLayout.ATTENDABLE_HORIZON));
        PlanScript script = new PlanScript(org(), rep(1), SCALE, null, clock);

        assertThatThrownBy(() -> drive(script, clock)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("attendable platforms lie behind the clock");
    }

    @Test
    void aRefusalEndsTheScript() {
        PlanScript script = new PlanScript(org(), rep(0), SCALE, null, new TickingClock(CATALOG_BUILT));
        script.accept(script.next(), new Answer(422, null, 1, 1));

        assertThat(script.done()).isTrue();
    }

    /** One command and the moment it was sent. */
    private record Sent(Command command, Instant at) {
    }

    /** Runs a script to its end, each command sent at the clock's next moment (after the script read it). */
    private static List<Sent> drive(PlanScript script, Supplier<Instant> clock) {
        List<Sent> sent = new ArrayList<>();
        int n = 0;
        while (!script.done()) {
            Command command = script.next();
            sent.add(new Sent(command, clock.get()));
            script.accept(command, answer(n++));
        }
        return sent;
    }

    private static void assertObeysTheRules(List<Sent> sent) {
        Org org = org();
        Map<String, Object> plan = body(sent.get(0));
        Instant periodStarts = LocalDate.parse((String) plan.get("periodStart")).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant periodEnds = LocalDate.parse((String) plan.get("periodEnd")).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Map<String, Object> targetProfiles = new HashMap<>();
        Map<String, CatalogPlatform> chosen = new HashMap<>();
        List<Instant[]> stays = new ArrayList<>();
        double plannedHours = 0;
        int attendances = 0;
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            Map<String, Object> body = body(s);
            switch (s.command().kind()) {
                case IDENTIFY_TARGET -> targetProfiles.put("target-" + i, body.get("profile"));
                case CHOOSE_PLATFORM -> {
                    CatalogPlatform platform = platform(org, (String) body.get("platformId"));
                    assertThat(chosen.put(platform.platformId(), platform)).as("chosen once").isNull();
                    assertThat(platform.programEndsAt()).as("programme not ended").isAfter(s.at());
                    assertThat(platform.programStartsAt()).isAfterOrEqualTo(periodStarts);
                    assertThat(platform.programEndsAt()).isBeforeOrEqualTo(periodEnds);
                    Instant arrival = platform.programStartsAt()
                            .minus(Duration.ofMinutes((Integer) body.get("arriveEarlyMinutes")));
                    Instant departure = platform.programEndsAt()
                            .plus(Duration.ofMinutes((Integer) body.get("stayLateMinutes")));
                    for (Instant[] other : stays) {
                        assertThat(arrival.isBefore(other[1]) && other[0].isBefore(departure)).as("overlap").isFalse();
                    }
                    stays.add(new Instant[]{arrival, departure});
                    plannedHours += Duration.between(arrival, departure).toMinutes() / 60.0;
                    List<?> targets = (List<?>) body.get("targetIds");
                    assertThat(targets).isNotEmpty().doesNotHaveDuplicates();
                    List<Map<String, Object>> audience = LAYOUT.spec(org.platforms().indexOf(platform)).audience();
                    for (Object target : targets) {
                        assertThat(audience).as("the audience holds " + target).anyMatch(segment ->
                                withoutShare(segment).equals(targetProfiles.get(target)));
                    }
                }
                case RECORD_ATTENDANCE -> {
                    attendances++;
                    CatalogPlatform platform = chosen.remove((String) body.get("platformId"));
                    assertThat(platform).as("a chosen platform, attended once").isNotNull();
                    Instant arrived = Instant.parse((String) body.get("arrivedAt"));
                    Instant left = Instant.parse((String) body.get("leftAt"));
                    assertThat(left).isAfter(arrived).isBeforeOrEqualTo(s.at());
                    assertThat(arrived).isAfterOrEqualTo(periodStarts)
                            .isAfterOrEqualTo(platform.programStartsAt().minus(AROUND_PROGRAMME));
                    assertThat(left).isBeforeOrEqualTo(platform.programEndsAt().plus(AROUND_PROGRAMME));
                }
                default -> {
                }
            }
        }
        assertThat(attendances).isEqualTo(SCALE.attendances());
        assertThat((Double) plan.get("hoursBudget")).isGreaterThanOrEqualTo(plannedHours);
    }

    private static Map<String, Object> withoutShare(Map<String, Object> segment) {
        Map<String, Object> profile = new HashMap<>(segment);
        profile.remove("share");
        return profile;
    }

    private static CatalogPlatform platform(Org org, String platformId) {
        return org.platforms().stream().filter(p -> p.platformId().equals(platformId)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Sent sent) {
        return (Map<String, Object>) sent.command().body();
    }

    /** Each answer names what the command made after its position in the script: target-14 is the 15th command. */
    private static Answer answer(int n) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("planId", "plan-0").put("objectiveId", "objective-" + n).put("targetId", "target-" + n)
                .put("version", n);
        return new Answer(201, body, 1, 1);
    }

    private static Rep rep(int index) {
        return new Rep(index, String.format("rep-%04d", index), "org", "team-00", List.of("REP"), "token");
    }

    private static Org org() {
        List<CatalogPlatform> platforms = new ArrayList<>();
        for (int k = 0; k < LAYOUT.platforms(); k++) {
            CatalogLayout.Spec spec = LAYOUT.spec(k);
            platforms.add(new CatalogPlatform("platform-" + k, spec.programStartsAt(), spec.programEndsAt(),
                    spec.profile()));
        }
        LocalDate today = LocalDate.ofInstant(CATALOG_BUILT, ZoneOffset.UTC);
        return new Org("org", rep(0), List.of(rep(0)), LAYOUT, platforms, today.minusDays(1),
                LAYOUT.dayAfterLastProgramme(), today.plusDays(120));
    }

    /** A clock that moves on by a step each time it is read. */
    private record TickingClock(AtomicReference<Instant> now, Duration step) implements Supplier<Instant> {

        TickingClock(Instant start) {
            this(start, PER_COMMAND);
        }

        TickingClock(Instant start, Duration step) {
            this(new AtomicReference<>(start), step);
        }

        @Override
        public Instant get() {
            return now.updateAndGet(moment -> moment.plus(step));
        }
    }
}
