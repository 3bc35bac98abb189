package com.netfocus.planning.planlist;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.paging.PageOf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan list with an org's 20,000 plans stored (20 teams of 20 reps, 50 plans each, a fifth of them closed) on the
 * wire server the suite runs on: every list a caller may ask for reads its scope's directory, the buckets of the weeks
 * its page lies in, then the page's plans, each by id. Each list's time is printed (the figures in docs/benchmarks.md);
 * the bound asserted is loose, to catch a list that scans, not to time the machine.
 */
class PlanListScaleTest {

    private static final int TEAMS = 20;
    private static final int REPS_PER_TEAM = 20;
    private static final int PLANS_PER_REP = 50;
    private static final int PLANS = TEAMS * REPS_PER_TEAM * PLANS_PER_REP;
    private static final int CLOSED_EVERY = 5;
    private static final int PAGE_SIZE = 20;
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final LocalDate FIRST_START = LocalDate.of(2026, 1, 1);
    private static final String ORG = "org-scale";

    private static MongoClient client;
    private static PlanListStore store;
    private static PlanList list;

    @BeforeAll
    static void twentyThousandPlans() throws Exception {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        store = new PlanListStore(new MongoTemplate(client, "plan-list-scale-" + UUID.randomUUID()));
        list = new PlanList(store);
        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> written = new ArrayList<>();
        for (int team = 0; team < TEAMS; team++) {
            int teamNumber = team;
            written.add(writers.submit(() -> {
                for (int rep = 0; rep < REPS_PER_TEAM; rep++) {
                    for (int plan = 0; plan < PLANS_PER_REP; plan++) {
                        ListedPlan listed = plan(teamNumber, rep, plan);
                        store.write(ListedPlan.none(listed.planId()), listed);
                    }
                }
            }));
        }
        for (Future<?> each : written) {
            each.get();
        }
        writers.shutdown();
        System.out.printf("plan list: %d plans written in %d ms%n", PLANS,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static ListedPlan plan(int team, int rep, int number) {
        LocalDate start = FIRST_START.plusDays(7L * number);
        String title = (number % 2 == 0 ? "Hospitals " : "Retail grocers ") + number;
        return new ListedPlan(UUID.randomUUID().toString(), ORG, "team-" + team, "rep-" + team + "-" + rep, title,
                start, start.plusDays(90), 40, Map.of("p", 3.5), Map.of(), Map.of("o", "ACTIVE"),
                number % CLOSED_EVERY == 0, 3, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aRepsOwnPlansTheirOpenOnesAndThoseActiveOnADay() {
        PageOf<PlanListItem> all = timed("a rep's plans", () -> list.page(ListScope.owner(ORG, "rep-3-7"), null,
                new PlanListFilter(null, null), 0, PAGE_SIZE));
        PageOf<PlanListItem> open = timed("a rep's open plans", () -> list.page(ListScope.owner(ORG, "rep-3-7"),
                ListStatus.OPEN, new PlanListFilter(null, null), 0, PAGE_SIZE));
        PageOf<PlanListItem> active = timed("a rep's plans active on a day", () -> list.page(
                ListScope.owner(ORG, "rep-3-7"), null, new PlanListFilter(FIRST_START.plusDays(100), null), 0,
                PAGE_SIZE));

        assertThat(all.total()).isEqualTo(PLANS_PER_REP);
        assertThat(all.items()).hasSize(PAGE_SIZE).allMatch(item -> item.ownerId().equals("rep-3-7"));
        assertThat(all.items().get(0).periodStart()).isEqualTo(FIRST_START.plusDays(7L * (PLANS_PER_REP - 1)));
        assertThat(open.total()).isEqualTo(PLANS_PER_REP - PLANS_PER_REP / CLOSED_EVERY);
        // started within the 90 days before the day: the plans numbered 2 to 14
        assertThat(active.total()).isEqualTo(13);
    }

    @Test
    void aTeamsPlansAndOneMembersAsTheManagerAsksForThem() {
        PageOf<PlanListItem> team = timed("a team's plans, second page", () -> list.page(ListScope.team(ORG, "team-4"),
                null, new PlanListFilter(null, null), 1, PAGE_SIZE));
        PageOf<PlanListItem> member = timed("a member's plans in the team", () -> list.page(
                ListScope.member(ORG, "team-4", "rep-4-2"), ListStatus.CLOSED, new PlanListFilter(null, null), 0,
                PAGE_SIZE));

        assertThat(team.total()).isEqualTo((long) REPS_PER_TEAM * PLANS_PER_REP);
        assertThat(team.items()).hasSize(PAGE_SIZE).allMatch(item -> item.team().equals("team-4"));
        assertThat(member.total()).isEqualTo(PLANS_PER_REP / CLOSED_EVERY);
    }

    @Test
    void theWholeOrgAsItsAdminAsksForItFilteredByWordsOfTheTitle() {
        PageOf<PlanListItem> org = timed("the org's open plans", () -> list.page(ListScope.org(ORG), ListStatus.OPEN,
                new PlanListFilter(null, null), 0, PAGE_SIZE));
        PageOf<PlanListItem> hospitals = timed("the org's plans about hospitals", () -> list.page(ListScope.org(ORG),
                null, new PlanListFilter(null, "hosp"), 3, PAGE_SIZE));

        assertThat(org.total()).isEqualTo(PLANS - PLANS / CLOSED_EVERY);
        assertThat(hospitals.total()).isEqualTo(PLANS / 2);
        assertThat(hospitals.items()).hasSize(PAGE_SIZE).allMatch(item -> item.title().startsWith("Hospitals"));
    }

    private static <T> T timed(String what, Supplier<T> query) {
        query.get();
        long started = System.nanoTime();
        T answer = query.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("plan list, %d plans stored: %s in %d ms%n", PLANS, what, took.toMillis());
        assertThat(took).as(what).isLessThan(BOUND);
        return answer;
    }
}
