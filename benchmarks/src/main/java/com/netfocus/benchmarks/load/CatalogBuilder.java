package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.Workers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the org's catalog through the gateway (as an admin, several clients at once) with platforms in the future,
 * each with three audience segments, then waits until the planning service has read every PlatformListed event
 * (it refuses a choice of a platform it does not know yet).
 */
public final class CatalogBuilder {

    static final Duration PROGRAMME = Duration.ofHours(2);
    static final Duration DOORS = Duration.ofMinutes(30);
    static final Duration FIRST_PROGRAMME_AFTER = Duration.ofDays(3);
    static final int PROGRAMME_DAYS_SPREAD = 90;
    static final String CATALOG_EVENTS = "netfocus.catalog-events";
    static final String PLANNING_GROUP = "planning-service";
    private static final Duration PLANNING_CATCH_UP = Duration.ofMinutes(5);

    private final Api gateway;
    private final int clients;

    public CatalogBuilder(Api gateway, int clients) {
        this.gateway = gateway;
        this.clients = clients;
    }

    /** Result: the platforms, and the rate at which the catalog took them. */
    public record Built(List<CatalogPlatform> platforms, double seconds, Latencies latencies, double catchUpSeconds) {
    }

    public Built build(Rep admin, int count, String kafkaBootstrapServers) throws Exception {
        Instant base = Instant.now().plus(FIRST_PROGRAMME_AFTER).truncatedTo(ChronoUnit.HOURS);
        List<CatalogPlatform> platforms = Collections.synchronizedList(new ArrayList<>());
        Latencies latencies = new Latencies();
        long begun = System.nanoTime();
        Workers.run(clients, first -> {
            for (int k = first; k < count; k += clients) {
                platforms.add(add(admin, k, base, latencies));
            }
        });
        double seconds = (System.nanoTime() - begun) / 1e9;
        long catchUpBegun = System.nanoTime();
        awaitPlanningKnows(count, kafkaBootstrapServers);
        List<CatalogPlatform> sorted = new ArrayList<>(platforms);
        sorted.sort((a, b) -> a.platformId().compareTo(b.platformId()));
        return new Built(sorted, seconds, latencies, (System.nanoTime() - catchUpBegun) / 1e9);
    }

    private CatalogPlatform add(Rep admin, int k, Instant base, Latencies latencies) {
        Instant programStarts = base.plus(Duration.ofDays(k % PROGRAMME_DAYS_SPREAD)).plus(Duration.ofHours(k % 10));
        Instant programEnds = programStarts.plus(PROGRAMME);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Benchmark platform " + k);
        body.put("kind", Vocabulary.pick(Vocabulary.KINDS, k));
        body.put("organizer", "Chamber " + k % 40);
        body.put("topic", "Topic " + k % 100);
        body.put("startsAt", programStarts.minus(DOORS).toString());
        body.put("endsAt", programEnds.plus(DOORS).toString());
        body.put("programStartsAt", programStarts.toString());
        body.put("programEndsAt", programEnds.toString());
        body.put("location", "City " + k % 50);
        body.put("cost", BigDecimal.valueOf(k % 300));
        body.put("networkingSupported", k % 5 != 0);
        body.put("expectedAttendance", 50 + k % 450);
        body.put("audience", List.of(
                segment(k, 0.3), segment(k + 1, 0.2), segment(k + 2, 0.1)));
        Answer answer = gateway.post("/api/v1/platforms", admin, body);
        if (!answer.ok()) {
            throw new IllegalStateException("the catalog refused platform " + k + ": " + answer.status() + " "
                    + answer.body());
        }
        latencies.record(answer.nanos());
        return new CatalogPlatform(answer.text("platformId"), programStarts, programEnds);
    }

    private static Map<String, Object> segment(int seed, double share) {
        return Map.of("function", Vocabulary.pick(Vocabulary.FUNCTIONS, seed),
                "position", Vocabulary.pick(Vocabulary.POSITIONS, seed / 3),
                "industry", Vocabulary.pick(Vocabulary.INDUSTRIES, seed / 7),
                "share", share);
    }

    private static void awaitPlanningKnows(int count, String bootstrapServers) throws InterruptedException {
        long deadline = System.nanoTime() + PLANNING_CATCH_UP.toNanos();
        try (KafkaOffsets offsets = new KafkaOffsets(bootstrapServers)) {
            while (System.nanoTime() < deadline) {
                long end = offsets.endOffsets(CATALOG_EVENTS);
                if (end >= count && offsets.committed(PLANNING_GROUP, CATALOG_EVENTS) >= end) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the planning service did not read the " + count + " PlatformListed events within "
                + PLANNING_CATCH_UP);
    }
}
