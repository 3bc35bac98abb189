package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.Workers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the org's catalog through the gateway (as an admin, several clients at once) with the platforms of a
 * {@link CatalogLayout} (their programmes and audiences), then waits until the planning service has read every
 * PlatformListed event (it refuses a choice of a platform it does not know yet).
 */
public final class CatalogBuilder {

    static final Duration DOORS = Duration.ofMinutes(30);
    static final String CATALOG_EVENTS = "netfocus.catalog-events";
    static final String PLANNING_GROUP = "planning-service";
    private static final Duration PLANNING_CATCH_UP = Duration.ofMinutes(5);

    private final Api gateway;
    private final int clients;

    public CatalogBuilder(Api gateway, int clients) {
        this.gateway = gateway;
        this.clients = clients;
    }

    /** Result: the platforms in the layout's order, and the rate at which the catalog took them. */
    public record Built(CatalogLayout layout, List<CatalogPlatform> platforms, double seconds, Latencies latencies,
                        double catchUpSeconds) {
    }

    public Built build(Rep admin, CatalogLayout layout, String kafkaBootstrapServers) throws Exception {
        int count = layout.platforms();
        CatalogPlatform[] platforms = new CatalogPlatform[count];
        Latencies latencies = new Latencies();
        long begun = System.nanoTime();
        Workers.run(clients, first -> {
            for (int k = first; k < count; k += clients) {
                platforms[k] = add(admin, k, layout.spec(k), latencies);
            }
        });
        double seconds = (System.nanoTime() - begun) / 1e9;
        long catchUpBegun = System.nanoTime();
        awaitPlanningKnows(count, kafkaBootstrapServers);
        return new Built(layout, List.of(platforms), seconds, latencies, (System.nanoTime() - catchUpBegun) / 1e9);
    }

    private CatalogPlatform add(Rep admin, int k, CatalogLayout.Spec spec, Latencies latencies) {
        Instant programStarts = spec.programStartsAt();
        Instant programEnds = spec.programEndsAt();
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
        body.put("audience", spec.audience());
        Answer answer = SetUpRequest.sent(() -> gateway.post("/api/v1/platforms", admin, body));
        if (!answer.ok()) {
            throw new IllegalStateException("the catalog refused platform " + k + ": " + answer.status() + " "
                    + answer.body());
        }
        latencies.record(answer.nanos());
        return new CatalogPlatform(answer.text("platformId"), programStarts, programEnds, spec.profile());
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
