package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit history in ranges (an array body, fromSequence and limit, X-Total-Count and a Link to the next range),
 * and reads that wait for the version a command answered (minVersion); a cached copy of the plan behind the store
 * (as after a write through another instance) is not served.
 */
class HistoryAndConsistencyApiTest extends ServiceApiTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Autowired
    EventStorageEngine events;
    @Autowired
    Cache planCache;

    /** A plan of 7 events: created, an objective, 5 progress records. */
    private String planOfSevenEvents() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        for (int i = 0; i < 5; i++) {
            Api.Response progress = api.post("/api/v1/plans/" + planId + "/objectives/" + objectiveId + "/progress",
                    "{\"amount\":1,\"note\":\"call " + i + "\"}");
            assertThat(progress.status()).as(String.valueOf(progress.body())).isEqualTo(201);
        }
        return planId;
    }

    @Test
    void aLongHistoryComesInRangesEachLinkingToTheNext() {
        String planId = planOfSevenEvents();
        List<Long> sequences = new ArrayList<>();
        List<Integer> rangeSizes = new ArrayList<>();
        String next = "/api/v1/plans/" + planId + "/history?limit=3";
        while (next != null) {
            Api.Response range = api.get(next);
            assertThat(range.status()).isEqualTo(200);
            assertThat(range.body().isArray()).isTrue();
            assertThat(range.header("X-Total-Count")).isEqualTo("7");
            range.body().forEach(entry -> sequences.add(entry.path("sequence").asLong()));
            rangeSizes.add(range.body().size());
            next = nextLink(range);
        }

        assertThat(rangeSizes).containsExactly(3, 3, 1);
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void eachEntryNamesItsTypeTimeActorCorrelationIdAndPayload() {
        String planId = planOfSevenEvents();

        Api.Response range = api.get("/api/v1/plans/" + planId + "/history?fromSequence=2&limit=2");

        assertThat(nextLink(range)).isEqualTo("/api/v1/plans/" + planId + "/history?fromSequence=4&limit=2");
        JsonNode entry = range.body().get(0);
        assertThat(entry.path("sequence").asLong()).isEqualTo(2);
        assertThat(entry.path("type").asText()).isEqualTo("ObjectiveProgressRecorded");
        assertThat(Instant.parse(entry.path("occurredAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(entry.path("actor").asText()).isEqualTo("rep-1");
        assertThat(entry.path("correlationId").asText()).startsWith("corr-");
        assertThat(entry.path("payload").path("note").asText()).isEqualTo("call 0");
    }

    @Test
    void withoutParametersTheWholeShortHistoryComesWithoutLink() {
        String planId = planOfSevenEvents();

        Api.Response all = api.get("/api/v1/plans/" + planId + "/history");

        assertThat(all.body()).hasSize(7);
        assertThat(all.header("X-Total-Count")).isEqualTo("7");
        assertThat(all.header("Link")).isNull();
        Api.Response beyond = api.get("/api/v1/plans/" + planId + "/history?fromSequence=50");
        assertThat(beyond.body()).isEmpty();
        assertThat(beyond.header("X-Total-Count")).isEqualTo("7");
        assertThat(beyond.header("Link")).isNull();
    }

    @Test
    void rangesOutOfBoundsAreRefusedNamingTheParameter() {
        String planId = PlanFlow.createPlan(api);
        String history = "/api/v1/plans/" + planId + "/history";

        assertProblem(api.get(history + "?limit=0"), 422, "limit");
        assertProblem(api.get(history + "?limit=1001"), 422, "limit");
        assertProblem(api.get(history + "?fromSequence=-1"), 422, "fromSequence");
        assertProblem(api.get(history + "?limit=many"), 400, "limit");
    }

    @Test
    void aReadNamingTheVersionACommandAnsweredSeesThatCommand() {
        String planId = PlanFlow.createPlan(api);
        long version = PlanFlow.defineObjective(api, planId).body().path("version").asLong();

        Api.Response plan = api.get("/api/v1/plans/" + planId + "?minVersion=" + version);
        Api.Response history = api.get("/api/v1/plans/" + planId + "/history?minVersion=" + version);

        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body().path("version").asLong()).isEqualTo(version);
        assertThat(plan.body().path("objectives")).hasSize(1);
        assertThat(history.body()).hasSize((int) version + 1);
    }

    @Test
    void aCachedCopyBehindTheStoreIsNotServed() {
        String planId = PlanFlow.createPlan(api);
        // hold this instance's cached copy, so that the reads below would be served from it
        Object cached = await().atMost(Duration.ofSeconds(10)).until(() -> {
            api.get("/api/v1/plans/" + planId);
            return planCache.get(planId);
        }, Objects::nonNull);
        // another instance appends behind this one's back
        events.appendEvents(StoredEvents.objective(planId, 1, Instant.now()));

        assertThat(plan(planId).path("version").asLong()).as("loaded from the store, not the stale cache").isEqualTo(1);
        Api.Response waited = api.get("/api/v1/plans/" + planId + "?minVersion=1");

        assertThat(waited.status()).isEqualTo(200);
        assertThat(waited.body().path("version").asLong()).isEqualTo(1);
        assertThat(waited.body().path("objectives")).hasSize(1);
        assertThat(cached).isNotNull();
    }

    @Test
    void aVersionNotReachedWithinTheBoundIs503WithRetryAfter() {
        String planId = PlanFlow.createPlan(api);

        for (String path : List.of("/api/v1/plans/" + planId + "?minVersion=5",
                "/api/v1/plans/" + planId + "/history?minVersion=5")) {
            Api.Response response = api.get(path);
            assertProblem(response, 503);
            assertThat(response.header("Retry-After")).isEqualTo("1");
            assertThat(response.body().path("detail").asText()).contains("version 5");
        }
    }

    @Test
    void aCallerWhoMayNotReadIsRefusedAtOnceWithoutWaiting() {
        String planId = PlanFlow.createPlan(api);
        Api teammate = new Api(port, "rep-2", org, "north");
        Api stranger = api.as("rep-1", "other-" + org);

        assertProblem(teammate.get("/api/v1/plans/" + planId + "?minVersion=99"), 403);
        assertProblem(stranger.get("/api/v1/plans/" + planId + "/history?minVersion=99"), 404);
    }

    private static String nextLink(Api.Response response) {
        String link = response.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertThat(matcher.find()).as(link).isTrue();
        return matcher.group(1);
    }
}
