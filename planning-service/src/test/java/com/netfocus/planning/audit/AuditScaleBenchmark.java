package com.netfocus.planning.audit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.planning.support.ServiceApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of one org's changes, 200,000 entries (and another org's beside them), on the wire server: a month's first
 * page and an actor's changes in it are read by the trail's keys (compared with the same query answered by scanning
 * the entries, which is what any query on the entries' fields costs there), and the whole year exported as CSV
 * through the endpoint while the live heap is sampled: it stays flat, however many rows go out. Not part of the test
 * run (the name does not end in Test; a few minutes on a busy machine): {@code mvn -B -pl planning-service -am verify
 * -Dtest=AuditScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class AuditScaleBenchmark extends ServiceApiTest {

    private static final int ROWS = 200_000;
    private static final int OTHER_ORG_ROWS = 20_000;
    private static final int BATCH = 2_000;
    private static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SECONDS_APART = Duration.ofDays(365).toSeconds() / ROWS;
    private static final long MAX_LIVE_HEAP_GROWTH = 16L * 1024 * 1024;
    private static final long SAMPLE_MILLIS = 1_000;

    @Autowired
    private AuditTrail trail;
    @Autowired
    private MongoTemplate mongo;

    @Test
    void a_year_of_two_hundred_thousand_changes_is_queried_by_key_and_exported_in_flat_memory() throws Exception {
        String other = "other-" + org;
        try {
            long filling = System.nanoTime();
            fill(org, ROWS);
            fill(other, OTHER_ORG_ROWS);
            report("recorded %,d entries (%,d of this org) in %.1f s", ROWS + OTHER_ORG_ROWS, ROWS, seconds(filling));

            Instant march = Instant.parse("2025-03-01T00:00:00Z");
            Instant april = Instant.parse("2025-04-01T00:00:00Z");
            AuditQuery month = new AuditQuery(org, march, april, null, null, null);
            List<AuditEntry> page = timed("a month's first page of 100, by the trail's keys", () -> first(month, 100));
            List<AuditEntry> scanned = timed("the same page by a query on the entries' fields (a scan)",
                    () -> scan(month, 100));
            assertThat(page).hasSize(100).containsExactlyElementsOf(scanned);
            AuditQuery actor = new AuditQuery(org, march, april, "rep-3", null, null);
            List<AuditEntry> actors = timed("an actor's first 100 in the month, by the trail's keys",
                    () -> first(actor, 100));
            assertThat(actors).hasSize(100).allMatch(entry -> entry.actor().equals("rep-3"))
                    .containsExactlyElementsOf(timed("the same by a scan", () -> scan(actor, 100)));

            String year = "/api/v1/audit?format=csv&from=2025-01-01&to=2026-01-01";
            long timedStart = System.nanoTime();
            long[] timed = export(year);
            report("exported %,d lines (%,d bytes of CSV) in %.1f s, nothing else running in the JVM", timed[0],
                    timed[1], seconds(timedStart));

            // again, with the live heap sampled (each sample a full collection, which slows this export down)
            long before = liveHeap();
            AtomicLong peak = new AtomicLong(before);
            AtomicBoolean exporting = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (exporting.get()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    pause(SAMPLE_MILLIS);
                }
            });
            sampler.start();
            long exportStart = System.nanoTime();
            long[] linesAndBytes = export(year);
            exporting.set(false);
            sampler.join();
            report("exported %,d lines (%,d bytes of CSV) sampling the heap, in %.1f s; live heap %,d MB before, at"
                            + " most %,d MB during (growth %,d KB)", linesAndBytes[0], linesAndBytes[1],
                    seconds(exportStart), before >> 20, peak.get() >> 20, (peak.get() - before) >> 10);
            assertThat(linesAndBytes[0]).isEqualTo(ROWS + 1);
            assertThat(linesAndBytes[1]).isGreaterThan(MAX_LIVE_HEAP_GROWTH);
            assertThat(peak.get() - before).isLessThan(MAX_LIVE_HEAP_GROWTH);
        } finally {
            for (String each : List.of(org, other)) {
                mongo.getCollection(AuditTrail.ENTRIES).deleteMany(Filters.eq("org", each));
                mongo.getCollection(AuditTrail.HOURS).deleteMany(Filters.regex("_id", "^" + each + "\\|"));
                mongo.getCollection(AuditTrail.ORGS).deleteOne(Filters.eq("_id", each));
            }
        }
    }

    /** {@code count} entries of the org spread evenly over 2025: 40 plans, 3 teams, 10 actors. */
    private void fill(String ofOrg, int count) {
        List<AuditEntry> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String planId = ofOrg + "-plan-" + (i % 40);
            batch.add(new AuditEntry("plan|" + planId + "|" + i / 40, YEAR.plusSeconds(i * SECONDS_APART), ofOrg,
                    "team-" + (i % 3), "rep-" + (i % 10), i % 7 == 0 ? "TargetIdentified" : "ObjectiveProgressRecorded",
                    planId, (long) i / 40, null, null, "corr-" + i));
            if (batch.size() == BATCH) {
                trail.record(batch);
                batch.clear();
            }
        }
        trail.record(batch);
    }

    private List<AuditEntry> first(AuditQuery query, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        trail.walk(query, null, entry -> found.add(entry) && found.size() < limit);
        return found;
    }

    /** The page as a query on the entries' own fields finds it: no index with exactly these keys, so a scan. */
    private List<AuditEntry> scan(AuditQuery query, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        var filter = Filters.and(Filters.eq("org", query.org()), Filters.gte("occurredAt", Date.from(query.from())),
                Filters.lt("occurredAt", Date.from(query.to())));
        if (query.actor() != null) {
            filter = Filters.and(filter, Filters.eq("actor", query.actor()));
        }
        for (Document document : mongo.getCollection(AuditTrail.ENTRIES).find(filter)
                .sort(Sorts.ascending("occurredAt", AuditTrail.EVENT_KEY)).limit(limit)) {
            Number sequence = (Number) document.get("sequence");
            found.add(new AuditEntry(document.getString(AuditTrail.EVENT_KEY), document.getDate("occurredAt")
                    .toInstant(), document.getString("org"), document.getString("team"), document.getString("actor"),
                    document.getString("type"), document.getString("planId"), sequence.longValue(), null, null,
                    document.getString("correlationId")));
        }
        return found;
    }

    /** Reads the export as it arrives, keeping nothing: its lines and bytes. */
    private long[] export(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + port + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header(CallerHeaders.CORRELATION_ID, "corr-export");
        TestIdentity.seal(request::header, "GET", uri, "adm-1", org, "hq", "ADMIN");
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long bytes = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 2;
            }
        }
        return new long[]{lines, bytes};
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> query) {
        long start = System.nanoTime();
        T result = query.get();
        report("%s: %.1f ms", what, (System.nanoTime() - start) / 1e6);
        return result;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("[audit at scale] " + String.format(format, args));
    }
}
