package com.netfocus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.benchmarks.baseline.KafkaBaseline;
import com.netfocus.benchmarks.baseline.MongoInsertBaseline;
import com.netfocus.benchmarks.history.AggregateLoadBenchmark;
import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.CatalogBuilder;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.LagProbes;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.load.OpenLoop;
import com.netfocus.benchmarks.load.Org;
import com.netfocus.benchmarks.load.OrgBuilder;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.load.QueryLoad;
import com.netfocus.benchmarks.load.Rep;
import com.netfocus.benchmarks.replay.ReplayBenchmark;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.JfrHotMethods;
import com.netfocus.benchmarks.report.JfrRecorder;
import com.netfocus.benchmarks.report.Machine;
import com.netfocus.benchmarks.report.ReportWriter;
import com.netfocus.benchmarks.soak.SoakMain;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.GcPauses;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.PhaseMeter;
import com.netfocus.benchmarks.stack.PrometheusScrape;
import com.netfocus.benchmarks.stack.ProcessStats;
import com.netfocus.benchmarks.stack.ServiceHandle;
import com.netfocus.contracts.plan.PlanEventCodec;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.netfocus.benchmarks.report.ReportWriter.number;

/**
 * The benchmark of issue 6, one run: starts the suite as command one does (LocalStack), builds a synthetic org,
 * drives it through the gateway (closed loop for the maximum, then open loop at half of it with projection-lag
 * probes) and directly to planning-service (the gateway's overhead), queries, measures replay and aggregate load
 * time, and the raw MongoDB and Kafka limits on the same servers; writes benchmarks/results/benchmark-*.{json,md} and
 * latest.{json,md}.
 */
public final class BenchmarkMain {

    private static final Duration IDLE_SETTLE = Duration.ofSeconds(5);
    /** First poll interval of a lag probe; it backs off to 50 ms once a probe has waited 200 ms (see LagProbes). */
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration OPEN_LOOP_MAX = Duration.ofMinutes(15);
    private static final double PROBES_PER_SECOND = 4.0;
    private static final double EQUAL_RATE_SHARE = 0.25;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);
    private static final double START_TARGET_SECONDS = 60;
    private static final double IDLE_RSS_TARGET_MIB = 2048;
    private static final double LAG_TARGET_MS = 200;
    private static final double GATEWAY_ADDED_P99_MS = 5;
    private static final double SNAPSHOT_MAX_RATIO = 1.2;
    private static final double RECOMMENDATION_TARGET_MS = 20;
    private static final String ORG = "bench-org";

    private final BenchmarkOptions options;
    private final String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
            .format(Instant.now());
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    /** The services' own lag figures after the open loop (see serverSideLag). */
    private final Map<String, Double> serverSideLagMs = new LinkedHashMap<>();
    private final StringBuilder details = new StringBuilder();
    private final Map<String, Object> processUsage = new LinkedHashMap<>();
    private final Map<String, Object> jfr = new LinkedHashMap<>();
    /** Per phase, per process: the collections' pauses. */
    private final Map<String, Map<String, GcPauses>> gcPauses = new LinkedHashMap<>();
    private Recording selfRecording;

    private BenchmarkMain(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "netfocus-stack-logback.xml");
        if (args.length > 0 && args[0].equals("soak")) {
            SoakMain.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path root = Path.of(System.getProperty("netfocus.project-root", ".")).toAbsolutePath().normalize();
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args, root);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new BenchmarkMain(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path runDirectory = options.projectRoot().resolve("benchmarks").resolve("target").resolve("run-" + stamp);
        json.put("run", stamp);
        json.put("machine", Machine.describe());
        json.put("options", options.toString());
        String loadBefore = ProcessStats.loadAverage();
        log("load average before: " + loadBefore);
        log("starting the suite (LocalStack) ...");
        try (BenchStack stack = BenchStack.start(options.projectRoot(), runDirectory, List.of())) {
            // Ctrl-C stops the suite's processes too (and whatever extra service is running stops with its close)
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "benchmark-stop"));
            log(String.format("suite ready in %.1f s (gateway %s)", stack.startSeconds(), stack.gatewayUrl()));
            json.put("infrastructure", Map.of("mongo", stack.embeddedMongo() ? "embedded wire server (H2 file backend)"
                    : "external " + stack.mongoUri(), "kafka", stack.embeddedKafka() ? "embedded KRaft broker"
                    : "external " + stack.kafkaBootstrapServers(), "serviceJavaOptions", stack.serviceJavaOptions()));
            figures.add(Figure.atMost("Stack start-up, ready (4 services + MongoDB + Kafka)", stack.startSeconds(), "s",
                    "bound", START_TARGET_SECONDS));
            Thread.sleep(IDLE_SETTLE.toMillis());
            Map<String, Double> idle = rss(stack.processes());
            double idleTotal = idle.values().stream().mapToDouble(Double::doubleValue).sum();
            processUsage.put("idleRssMibAfterStart", idle);
            figures.add(Figure.atMost("Whole stack idle RSS after start", idleTotal, "MiB", "bound",
                    IDLE_RSS_TARGET_MIB));

            measure(stack);

            Thread.sleep(IDLE_SETTLE.toMillis());
            Map<String, Double> idleAfter = rss(stack.processes());
            processUsage.put("idleRssMibAfterLoad", idleAfter);
            figures.add(Figure.plain("Whole stack RSS, idle after the load",
                    idleAfter.values().stream().mapToDouble(Double::doubleValue).sum(), "MiB"));
            Map<String, Double> peaks = new LinkedHashMap<>();
            stack.processes().forEach((name, handle) -> peaks.put(name, handle.stats().peakRssMib()));
            processUsage.put("peakRssMib", peaks);
        }
        String loadAfter = ProcessStats.loadAverage();
        json.put("loadAverage", Map.of("before", loadBefore, "after", loadAfter));
        json.put("processes", processUsage);
        json.put("gcPauses", gcPauses);
        json.put("figures", figures);
        microFigure();
        String header = header(loadBefore, loadAfter);
        Path written = new ReportWriter().write(options.resultsDirectory(), stamp, json, figures, header,
                details + processDetails() + gcPauseDetails());
        System.out.println();
        System.out.println(ReportWriter.table(figures));
        log("report: " + written + " (and latest.md / latest.json beside it)");
        if (!options.keepData()) {
            deleteRunData(runDirectory);
        }
    }

    private void measure(BenchStack stack) throws Exception {
        Api gateway = Api.gateway(stack.gatewayUrl());
        Api planning = Api.direct(stack.planningUrl(), stack.identitySecret());
        OrgBuilder people = new OrgBuilder(gateway);
        Rep admin = people.admin(ORG);
        List<Rep> reps = people.reps(ORG, options.teams(), options.reps());
        log("catalog: adding " + options.platforms() + " platforms through the gateway ...");
        CatalogBuilder.Built catalog = new CatalogBuilder(gateway, options.clients())
                .build(admin, options.platforms(), stack.kafkaBootstrapServers());
        json.put("catalog", Map.of("platforms", options.platforms(), "seconds", catalog.seconds(),
                "platformsPerSecond", options.platforms() / catalog.seconds(), "latencyMs",
                catalog.latencies().summary(), "planningCatchUpSeconds", catalog.catchUpSeconds()));
        log(String.format("catalog: %d platforms in %.1f s (%.0f/s); planning knew them %.1f s later",
                options.platforms(), catalog.seconds(), options.platforms() / catalog.seconds(),
                catalog.catchUpSeconds()));
        Org org = OrgBuilder.org(ORG, admin, reps, catalog.platforms(), options.probePlatforms());
        PlanScript.Scale scale = new PlanScript.Scale(options.objectives(), options.targets(), options.choices(),
                options.attendances());

        // With the full JIT, a short warm-up leaves the closed loops measuring C2 at work: in run 20261126-123111 the
        // gateway, planning-service and the benchmark JVM spent 15-18 s each compiling during the 49 s closed loop
        // through the gateway (JFR jdk.Compilation), half the machine. The warm-up goes both ways (through the
        // gateway, then direct), so that neither path is measured colder than the other.
        int warmUp = Math.max(2, options.reps() * 10 / 100);
        int viaGateway = options.reps() * 24 / 100;
        int direct = options.reps() * 24 / 100;
        int pair = Math.max(1, options.reps() * 8 / 100);
        List<Rep> queue = new ArrayList<>(reps);
        List<PlanScript> warmUpPlans = scripts(org, take(queue, warmUp), scale, null);
        List<PlanScript> warmUpGateway = warmUpPlans.subList(0, (warmUp + 1) / 2);
        List<PlanScript> warmUpDirect = warmUpPlans.subList((warmUp + 1) / 2, warmUp);
        List<PlanScript> gatewayPlans = scripts(org, take(queue, viaGateway), scale, null);
        List<PlanScript> directPlans = scripts(org, take(queue, direct), scale, null);
        List<PlanScript> pairGatewayPlans = scripts(org, take(queue, pair), scale, null);
        List<PlanScript> pairDirectPlans = scripts(org, take(queue, pair), scale, null);
        List<Rep> openReps = take(queue, queue.size());
        Map<String, Object> plans = new LinkedHashMap<>();
        plans.put("warmUp", warmUp);
        plans.put("closedLoopGateway", viaGateway);
        plans.put("closedLoopDirect", direct);
        plans.put("equalRateGateway", pair);
        plans.put("equalRateDirect", pair);
        plans.put("openLoopWithProbes", openReps.size());
        plans.put("commandsPerPlan", scale.commands());
        plans.put("clients", options.clients());
        json.put("plans", plans);

        log("warm-up: " + warmUpGateway.size() + " plans through the gateway, " + warmUpDirect.size()
                + " direct (not measured) ...");
        ClosedLoop.run(warmUpGateway, gateway, options.clients());
        ClosedLoop.run(warmUpDirect, planning, options.clients());

        // The two closed loops run in halves, direct - gateway - gateway - direct, each after the projections have
        // caught up: whichever path ran first would otherwise be measured while the JIT still compiles and while the
        // other path's events are still being projected.
        List<PlanScript> directFirst = directPlans.subList(0, directPlans.size() / 2);
        List<PlanScript> directSecond = directPlans.subList(directPlans.size() / 2, directPlans.size());
        List<PlanScript> gatewayFirst = gatewayPlans.subList(0, gatewayPlans.size() / 2);
        List<PlanScript> gatewaySecond = gatewayPlans.subList(gatewayPlans.size() / 2, gatewayPlans.size());
        log("closed loops, direct - gateway - gateway - direct: " + direct + " plans straight to planning-service and "
                + viaGateway + " through the gateway, x " + scale.commands() + " commands, " + options.clients()
                + " clients ...");
        PhaseMeter directMeter = PhaseMeter.start(stack.processes());
        LoadResult closedDirectFirst = ClosedLoop.run(directFirst, planning, options.clients());
        directMeter.pause();
        awaitProjections(stack);

        PhaseMeter gatewayMeter = PhaseMeter.start(stack.processes());
        Path jfrDir = options.resultsDirectory().resolve("jfr-" + stamp);
        if (options.jfr()) {
            Files.createDirectories(jfrDir);
            startJfr(stack, jfrDir);
        }
        LoadResult closedGatewayFirst = ClosedLoop.run(gatewayFirst, gateway, options.clients());
        gatewayMeter.pause();
        double gatewayDrainFirst = awaitProjections(stack);
        gatewayMeter.resume();
        LoadResult closedGatewaySecond = ClosedLoop.run(gatewaySecond, gateway, options.clients());
        if (options.jfr()) {
            stopJfr(stack, jfrDir);
        }
        processUsage.put("closedLoopGateway", gatewayMeter.stop());
        LoadResult closedGateway = LoadResult.combined(List.of(closedGatewayFirst, closedGatewaySecond));
        report("closedLoopGateway", closedGateway);
        double gatewayDrainSecond = awaitProjections(stack);
        // What the suite carries for good: the gateway loops' commands over their time plus the time the
        // projections then needed to catch up (on two cores they share the CPU with the command path).
        double endToEndMaximum = closedGateway.latencies().count() / (closedGatewayFirst.totalSeconds()
                + gatewayDrainFirst + closedGatewaySecond.totalSeconds() + gatewayDrainSecond);
        json.put("endToEndMaximumCommandsPerSecond", endToEndMaximum);
        log(String.format("  end to end (until projected): %.1f commands/s", endToEndMaximum));

        directMeter.resume();
        LoadResult closedDirectSecond = ClosedLoop.run(directSecond, planning, options.clients());
        processUsage.put("closedLoopDirect", directMeter.stop());
        LoadResult closedDirect = LoadResult.combined(List.of(closedDirectFirst, closedDirectSecond));
        report("closedLoopDirect", closedDirect);

        double backlog = awaitProjections(stack);
        log(String.format("  the projections caught up with the closed loops' events %.1f s later", backlog));
        json.put("projectionBacklogDrainSecondsAfterClosedLoops", backlog);

        // a rate both paths carry without queueing: a quarter of the lower maximum
        double pairRate = Math.min(closedGateway.commandsPerSecond(), closedDirect.commandsPerSecond())
                * EQUAL_RATE_SHARE;
        log(String.format("equal-rate latency: open loop at %.1f commands/s through the gateway, then direct (%d plans"
                + " each) ...", pairRate, pair));
        PausesWindow pairGatewayPauses = PausesWindow.open();
        OpenLoop.Result pairGateway = OpenLoop.run(pairGatewayPlans, gateway, pairRate, null, OPEN_LOOP_MAX);
        gcPauses.put("equalRateGateway", pairGatewayPauses.close(stack));
        report("equalRateGateway", pairGateway.load());
        awaitProjections(stack);
        PausesWindow pairDirectPauses = PausesWindow.open();
        OpenLoop.Result pairDirect = OpenLoop.run(pairDirectPlans, planning, pairRate, null, OPEN_LOOP_MAX);
        gcPauses.put("equalRateDirect", pairDirectPauses.close(stack));
        report("equalRateDirect", pairDirect.load());
        json.put("equalRate", pairRate);
        awaitProjections(stack);

        double rate = options.openLoopRate() > 0 ? options.openLoopRate() : endToEndMaximum / 2;
        double commandsPerChoice = (double) scale.commands() / options.choices();
        double commandsPerAttendance = (double) scale.commands() / Math.max(1, options.attendances());
        int choiceEvery = (int) Math.max(1, Math.round(rate / commandsPerChoice / PROBES_PER_SECOND));
        int attendanceEvery = (int) Math.max(1, Math.round(rate / commandsPerAttendance / PROBES_PER_SECOND));
        log(String.format("open loop through the gateway at %.1f commands/s (%s), %d plans, lag probes ...", rate,
                options.openLoopRate() > 0 ? "--open-rate" : "half the end-to-end maximum", openReps.size()));
        OpenLoop.Result open;
        LagProbes probes = new LagProbes(Api.direct(stack.catalogUrl(), stack.identitySecret()),
                Api.direct(stack.contactUrl(), stack.identitySecret()),
                org.probePlatforms(), choiceEvery, attendanceEvery, PROBE_INTERVAL, PROBE_TIMEOUT);
        try (probes) {
            List<PlanScript> openPlans = scripts(org, openReps, scale, probes.probeChoices());
            PhaseMeter openMeter = PhaseMeter.start(stack.processes());
            PausesWindow openPauses = PausesWindow.open();
            open = OpenLoop.run(openPlans, gateway, rate, probes, OPEN_LOOP_MAX);
            probes.finish();
            processUsage.put("openLoopGateway", openMeter.stop());
            gcPauses.put("openLoopGateway", openPauses.close(stack));
        }
        serverSideLag(stack);
        report("openLoopGateway", open.load());
        json.put("openLoopOfferedRate", rate);
        json.put("openLoopMissedStarts", open.missedStarts());
        Latencies.Summary catalogLag = probes.catalogLag().summary();
        Latencies.Summary contactLag = probes.contactLag().summary();
        json.put("projectionLagMs", Map.of("catalogActivity", catalogLag, "contactPeople", contactLag,
                "pollIntervalMs", PROBE_INTERVAL.toMillis(), "timeoutMs", PROBE_TIMEOUT.toMillis(),
                "timeouts", probes.timeouts(), "skippedWhileTwoInFlight", probes.skipped()));

        log("queries through the gateway: " + options.queries() + " (plan, platform, people; " + options.clients()
                + " clients), then " + options.queries() / 4 + " recommendations (" + options.recommendationClients()
                + " clients), each at most " + options.querySeconds() + " s ...");
        List<PlanScript> queried = new ArrayList<>(gatewayPlans);
        queried.addAll(directPlans);
        PhaseMeter queryMeter = PhaseMeter.start(stack.processes());
        QueryLoad.Result queries = QueryLoad.run(queried, catalog.platforms(), gateway, options.clients(),
                options.queries(), List.of(QueryLoad.Kind.PLAN, QueryLoad.Kind.PLATFORM, QueryLoad.Kind.PEOPLE),
                Duration.ofSeconds(options.querySeconds()));
        processUsage.put("queries", queryMeter.stop());
        // a recommendation scores the whole catalog: measured apart, at the concurrency of a few users at once
        QueryLoad.Result recommendations = QueryLoad.run(queried, catalog.platforms(), gateway,
                options.recommendationClients(), options.queries() / 4, List.of(QueryLoad.Kind.RECOMMENDATIONS),
                Duration.ofSeconds(options.querySeconds()));
        Map<String, Object> queryJson = new LinkedHashMap<>();
        queries.byKind().forEach((kind, latencies) -> queryJson.put(kind.name(), latencies.summary()));
        queryJson.put("ALL (plan, platform, people)", queries.all().summary());
        queryJson.put("queriesPerSecond", queries.all().count() / queries.seconds());
        queryJson.put("failureSamples", queries.failureSamples());
        queryJson.put("RECOMMENDATIONS", recommendations.all().summary());
        queryJson.put("recommendationsPerSecond", recommendations.all().count() / recommendations.seconds());
        queryJson.put("recommendationClients", options.recommendationClients());
        queryJson.put("recommendationFailureSamples", recommendations.failureSamples());
        json.put("queries", queryJson);
        log(String.format(Locale.ROOT, "  queries: %.0f/s, p99 %.1f ms, %d failed; recommendations: %.1f/s, p99 %.1f ms,"
                        + " %d failed", queries.all().count() / queries.seconds(), queries.all().summary().p99(),
                queries.all().failures(), recommendations.all().count() / recommendations.seconds(),
                recommendations.all().summary().p99(), recommendations.all().failures()));

        MongoInsertBaseline.Result mongo = null;
        KafkaBaseline.Rate consume = null;
        if (options.baselines()) {
            log("baseline: raw event-document inserts with the MongoDB driver ...");
            mongo = MongoInsertBaseline.run(stack.mongoUri(), "bench-baseline-" + stamp,
                    options.mongoBaselineDocuments(), options.clients());
            json.put("baselineMongoInsert", mongo);
            log("baseline: raw Kafka produce and consume ...");
            List<byte[]> values = KafkaBaseline.sampleValues(stack.kafkaBootstrapServers(), "netfocus.plan-events",
                    1000);
            String topic = "bench-baseline-" + stamp;
            KafkaBaseline.Rate pipelined = KafkaBaseline.producePipelined(stack.kafkaBootstrapServers(), topic, values,
                    options.kafkaBaselineRecords(), options.reps());
            KafkaBaseline.Rate ackedEach = KafkaBaseline.produceAcknowledgedEach(stack.kafkaBootstrapServers(),
                    topic + "-each", values, Math.max(1000, options.kafkaBaselineRecords() / 10), options.clients());
            long planEvents;
            try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers())) {
                planEvents = offsets.endOffsets("netfocus.plan-events");
            }
            consume = KafkaBaseline.consume(stack.kafkaBootstrapServers(), "netfocus.plan-events", planEvents);
            KafkaBaseline.Rate consumeBig = KafkaBaseline.consume(stack.kafkaBootstrapServers(), topic,
                    options.kafkaBaselineRecords());
            json.put("baselineKafka", Map.of("producePipelined", pipelined, "produceAcknowledgedEach", ackedEach,
                    "consumePlanEvents", consume, "consumeBaselineTopic", consumeBig,
                    "averageValueBytes", values.stream().mapToInt(v -> v.length).average().orElse(0)));
            figures.add(Figure.plain("Raw MongoDB event-document inserts (" + options.clients() + " threads, "
                    + "driver default write concern, as Axon: acknowledged w:1)", mongo.documentsPerSecond(), "docs/s"));
            figures.add(Figure.plain("Raw Kafka produce, pipelined (acks=all, idempotent)", pipelined.recordsPerSecond(),
                    "records/s"));
            figures.add(Figure.plain("Raw Kafka produce, each acknowledged (" + options.clients() + " threads)",
                    ackedEach.recordsPerSecond(), "records/s"));
            figures.add(Figure.plain("Raw Kafka consume of the plan events (" + consume.records() + " records)",
                    consume.recordsPerSecond(), "records/s"));
        }

        commandFigures(closedGateway, closedDirect, open, mongo);
        Latencies.Summary pg = pairGateway.load().latencies().summary();
        Latencies.Summary pd = pairDirect.load().latencies().summary();
        figures.add(Figure.atMost(String.format(Locale.ROOT, "Gateway added command p99 at an equal rate (%.1f/s: "
                        + "p99 %s via gateway vs %s direct; p50 %s vs %s)", pairRate, number(pg.p99()), number(pd.p99()),
                        number(pg.p50()), number(pd.p50())), pg.p99() - pd.p99(), "ms", "bound",
                GATEWAY_ADDED_P99_MS));
        figures.add(Figure.plain("Projection backlog after the closed loops drained in", backlog, "s"));
        queryFigures(queries, recommendations);
        figures.add(Figure.plain("Projection lag p50, catalog activity", catalogLag.p50(), "ms"));
        figures.add(Figure.atMost("Projection lag p99, catalog activity (" + catalogLag.count() + " probes, "
                + catalogLag.failures() + " timed out)", catalogLag.p99(), "ms", "bound", LAG_TARGET_MS));
        figures.add(Figure.plain("Projection lag p50, contact people", contactLag.p50(), "ms"));
        figures.add(Figure.atMost("Projection lag p99, contact people (" + contactLag.count() + " probes, "
                + contactLag.failures() + " timed out)", contactLag.p99(), "ms", "bound", LAG_TARGET_MS));
        serverSideLagMs.forEach((name, millis) -> figures.add(Figure.plain(
                "  server side, about the last 2 min: " + name, millis, "ms")));

        if (options.replay()) {
            List<ReplayBenchmark.Result> replays = new ArrayList<>();
            for (String module : ReplayBenchmark.modules()) {
                log("replay: a fresh " + module + " reads every plan event into an empty database ...");
                Path jfrFile = null;
                if (options.jfr()) {
                    Files.createDirectories(jfrDir);
                    jfrFile = jfrDir.resolve("replay-" + module + ".jfr");
                }
                ReplayBenchmark.Result replay = ReplayBenchmark.run(stack, module, stamp, jfrFile);
                if (jfrFile != null) {
                    hotMethods("replay " + module, jfrFile);
                }
                replays.add(replay);
                if (consume != null) {
                    figures.add(Figure.atLeastShare("Replay, " + module + " (" + replay.events() + " events"
                                    + (replay.complete() ? "" : ", INCOMPLETE") + ")", replay.eventsPerSecond(),
                            "events/s", "raw Kafka consume", consume.recordsPerSecond(), 0.5));
                } else {
                    figures.add(Figure.plain("Replay, " + module, replay.eventsPerSecond(), "events/s"));
                }
            }
            json.put("replay", replays);
        }

        if (options.history()) {
            log("aggregate load time against history length " + options.historySizes() + " ...");
            List<AggregateLoadBenchmark.Variant> variants = AggregateLoadBenchmark.run(stack, options.historySizes(),
                    options.historyWarmSamples(), stamp);
            json.put("aggregateLoad", variants);
            historyFigures(variants);
        }
    }

    private void commandFigures(LoadResult gateway, LoadResult direct, OpenLoop.Result open,
                                MongoInsertBaseline.Result mongo) {
        Latencies.Summary g = gateway.latencies().summary();
        Latencies.Summary d = direct.latencies().summary();
        Latencies.Summary o = open.load().latencies().summary();
        if (mongo != null) {
            figures.add(Figure.atLeastShare("Commands/s through the gateway, closed loop (maximum)",
                    gateway.commandsPerSecond(), "cmd/s", "raw MongoDB inserts", mongo.documentsPerSecond(), 0.5));
        } else {
            figures.add(Figure.plain("Commands/s through the gateway, closed loop (maximum)",
                    gateway.commandsPerSecond(), "cmd/s"));
        }
        Object endToEnd = json.get("endToEndMaximumCommandsPerSecond");
        if (endToEnd instanceof Double maximum) {
            figures.add(Figure.plain("Commands/s through the gateway end to end (closed loop until projected; the open"
                    + " loop runs at half this)", maximum, "cmd/s"));
        }
        figures.add(Figure.atLeastShare("Gateway throughput vs direct to planning-service", gateway.commandsPerSecond(),
                "cmd/s", "direct", direct.commandsPerSecond(), 0.8));
        figures.add(Figure.plain("Gateway added command p99, closed loop at saturation (queueing dominates)",
                g.p99() - d.p99(), "ms"));
        figures.add(Figure.plain("Command latency via gateway, closed loop p50 / p95 / p99 / max: "
                + number(g.p50()) + " / " + number(g.p95()) + " / " + number(g.p99()) + " / " + number(g.max()) + " ms",
                g.p99(), "ms (p99)"));
        figures.add(Figure.plain("Command latency direct, closed loop p50 / p95 / p99 / max: "
                + number(d.p50()) + " / " + number(d.p95()) + " / " + number(d.p99()) + " / " + number(d.max()) + " ms",
                d.p99(), "ms (p99)"));
        figures.add(Figure.atLeastShare("Commands/s sustained, open loop via gateway (offered "
                + number(open.offeredRate()) + "/s; sanity check, not an issue-6 target)",
                open.load().commandsPerSecond(), "cmd/s", "offered rate", open.offeredRate(), 0.95));
        figures.add(Figure.plain("Command latency open loop (from intended start) p50 / p95 / p99 / max: "
                + number(o.p50()) + " / " + number(o.p95()) + " / " + number(o.p99()) + " / " + number(o.max()) + " ms",
                o.p99(), "ms (p99)"));
    }

    private void queryFigures(QueryLoad.Result queries, QueryLoad.Result recommendations) {
        Latencies.Summary all = queries.all().summary();
        figures.add(Figure.plain("Query latency via gateway (plan, platform, people; " + options.clients()
                + " clients) p50 / p95 / p99 / max: " + number(all.p50()) + " / " + number(all.p95()) + " / "
                + number(all.p99()) + " / " + number(all.max()) + " ms"
                + (all.failures() > 0 ? " (" + all.failures() + " failed)" : ""), all.p99(), "ms (p99)"));
        List<QueryLoad.Result> both = List.of(queries, recommendations);
        for (QueryLoad.Result result : both) {
            result.byKind().forEach((kind, latencies) -> {
                Latencies.Summary s = latencies.summary();
                figures.add(Figure.plain("  query " + kind
                        + (kind == QueryLoad.Kind.RECOMMENDATIONS ? " (" + options.recommendationClients()
                        + " clients, " + options.platforms() + " platforms)" : "")
                        + " p50 / p95 / p99 / max: " + number(s.p50()) + " / " + number(s.p95()) + " / "
                        + number(s.p99()) + " / " + number(s.max()) + " ms"
                        + (s.failures() > 0 ? " (" + s.failures() + " failed)" : ""), s.p99(), "ms (p99)"));
            });
        }
    }

    private void historyFigures(List<AggregateLoadBenchmark.Variant> variants) {
        StringBuilder table = new StringBuilder("\n### Aggregate load time against history length\n\n"
                + "Median milliseconds of one progress command. cold = first command after a restart of the service "
                + "(the aggregate is loaded from the store); warm = aggregate in the cache.\n\n"
                + "| events in the plan | with snapshots: cold | warm | without snapshots: cold | warm |\n"
                + "|---:|---:|---:|---:|---:|\n");
        AggregateLoadBenchmark.Variant with = variants.get(0);
        AggregateLoadBenchmark.Variant without = variants.get(1);
        table.append(String.format(Locale.ROOT, "| 2 (fresh) | %s | %s | %s | %s |%n", number(with.freshColdMillis()),
                number(with.freshWarmMillis()), number(without.freshColdMillis()), number(without.freshWarmMillis())));
        for (Integer size : with.coldMillis().keySet()) {
            table.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", size,
                    number(with.coldMillis().get(size)), number(with.warmMillis().get(size)),
                    number(without.coldMillis().getOrDefault(size, Double.NaN)),
                    number(without.warmMillis().getOrDefault(size, Double.NaN))));
        }
        details.append(table);
        int largest = with.coldMillis().keySet().stream().max(Comparator.naturalOrder()).orElse(0);
        figures.add(Figure.atMostTimes("Command on a " + largest + "-event plan with snapshots, cold load",
                with.coldMillis().get(largest), "ms", "same on a fresh plan", with.freshColdMillis(),
                SNAPSHOT_MAX_RATIO));
        figures.add(Figure.atMostTimes("Command on a " + largest + "-event plan with snapshots, cached",
                with.warmMillis().get(largest), "ms", "same on a fresh plan", with.freshWarmMillis(),
                SNAPSHOT_MAX_RATIO));
        figures.add(Figure.plain("Command on a " + largest + "-event plan WITHOUT snapshots, cold load (x"
                + number(without.coldMillis().getOrDefault(largest, Double.NaN) / without.freshColdMillis())
                + " of fresh)", without.coldMillis().getOrDefault(largest, Double.NaN), "ms"));
    }

    private void microFigure() {
        Path micro = options.resultsDirectory().resolve("micro-latest.json");
        if (!Files.exists(micro)) {
            figures.add(Figure.plain("Recommendation 10,000 platforms x 50 targets: run ./benchmark.sh micro",
                    Double.NaN, "ms"));
            return;
        }
        try {
            JsonNode results = PlanEventCodec.mapper().readTree(micro.toFile());
            for (JsonNode result : results) {
                String benchmark = result.path("benchmark").asText();
                double score = result.path("primaryMetric").path("score").asDouble();
                String unit = result.path("primaryMetric").path("scoreUnit").asText();
                String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
                if (benchmark.contains("RecommendationScoring") && unit.startsWith("ms")) {
                    figures.add(Figure.atMost("JMH " + shortName + " " + result.path("params")
                            + " (micro-latest.json)", score, "ms", "bound", RECOMMENDATION_TARGET_MS));
                } else {
                    figures.add(Figure.plain("JMH " + shortName + " " + result.path("params"), score, unit));
                }
            }
        } catch (Exception e) {
            figures.add(Figure.plain("JMH results unreadable: " + e.getMessage(), Double.NaN, ""));
        }
    }

    private void report(String phase, LoadResult result) {
        Map<String, Object> phaseJson = new LinkedHashMap<>();
        phaseJson.put("commandsPerSecond", result.commandsPerSecond());
        phaseJson.put("seconds", result.totalSeconds());
        phaseJson.put("latencyMs", result.latencies().summary());
        Map<String, Object> kinds = new LinkedHashMap<>();
        result.byKind().forEach((kind, latencies) -> kinds.put(kind.name(), latencies.summary()));
        phaseJson.put("latencyMsByCommand", kinds);
        phaseJson.put("failuresByStatus", result.failuresByStatus());
        phaseJson.put("failureSamples", result.failureSamples());
        json.put(phase, phaseJson);
        Latencies.Summary s = result.latencies().summary();
        log(String.format(Locale.ROOT, "  %s: %.1f commands/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d refused %s",
                phase, result.commandsPerSecond(), s.p50(), s.p99(), s.max(), s.failures(),
                result.failureSamples().isEmpty() ? "" : result.failureSamples().get(0)));
    }

    private void startJfr(BenchStack stack, Path dir) throws Exception {
        for (String service : List.of("planning-service", "gateway")) {
            ServiceHandle handle = stack.processes().get(service);
            if (handle != null) {
                JfrRecorder.start(handle.pid(), dir.resolve(service + ".jfr"));
            }
        }
        // this JVM hosts the embedded MongoDB wire server and Kafka broker: profile it too
        selfRecording = new Recording(Configuration.getConfiguration("profile"));
        selfRecording.setDestination(dir.resolve("benchmark-jvm.jfr"));
        selfRecording.start();
    }

    private void stopJfr(BenchStack stack, Path dir) {
        selfRecording.stop();
        selfRecording.close();
        for (String service : List.of("planning-service", "gateway")) {
            ServiceHandle handle = stack.processes().get(service);
            if (handle != null) {
                JfrRecorder.stop(handle.pid());
                hotMethods(service + ", closed loop through the gateway", dir.resolve(service + ".jfr"));
            }
        }
        hotMethods("benchmark JVM (embedded MongoDB wire server + Kafka + load driver), closed loop through the gateway",
                dir.resolve("benchmark-jvm.jfr"));
    }

    private void hotMethods(String what, Path file) {
        try {
            JfrHotMethods.Hot methods = JfrHotMethods.read(file, 25);
            jfr.put(what, methods);
            details.append("\n### JFR, ").append(what).append(" (").append(methods.samples())
                    .append(" execution samples, ").append(file.getFileName()).append(")\n\nTop frames (self):\n\n");
            methods.topSelf().forEach((m, n) -> details.append("- ").append(n).append("  ").append(m).append('\n'));
            details.append("\nFrames anywhere in the sampled stacks (netfocus, Axon, MongoDB driver, wire server, "
                    + "Kafka, gateway):\n\n");
            methods.topTotal().forEach((m, n) -> details.append("- ").append(n).append("  ").append(m).append('\n'));
        } catch (Exception e) {
            jfr.put(what, "unreadable: " + e.getMessage());
        }
        json.put("jfr", jfr);
    }

    private double awaitProjections(BenchStack stack) throws InterruptedException {
        try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers())) {
            return offsets.awaitCaughtUp(KafkaOffsets.PROJECTION_GROUPS, KafkaOffsets.PLAN_EVENTS, CATCH_UP_TIMEOUT);
        }
    }

    private static List<PlanScript> scripts(Org org, List<Rep> reps, PlanScript.Scale scale,
                                            java.util.function.Supplier<com.netfocus.benchmarks.load.CatalogPlatform> probes) {
        return reps.stream().map(rep -> new PlanScript(org, rep, scale, probes)).toList();
    }

    private static List<Rep> take(List<Rep> queue, int count) {
        List<Rep> taken = new ArrayList<>(queue.subList(0, count));
        queue.subList(0, count).clear();
        return taken;
    }

    private static Map<String, Double> rss(Map<String, ServiceHandle> processes) {
        Map<String, Double> rss = new LinkedHashMap<>();
        processes.forEach((name, handle) -> rss.put(name, handle.stats().rssMib()));
        return rss;
    }

    private String header(String loadBefore, String loadAfter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        return "# Netfocus benchmark " + stamp + " (UTC)\n\n"
                + "Machine: " + Machine.line(machine) + ". Load average (1/5/15 min, runnable/total, last pid) before: `"
                + loadBefore + "`, after: `" + loadAfter + "`.\n\n"
                + "Infrastructure: " + json.get("infrastructure") + ".\n\n"
                + "Scale: " + options.teams() + " teams, " + options.reps() + " reps (one plan each), "
                + options.objectives() + " objectives, " + options.targets() + " targets, " + options.choices()
                + " platform choices, " + options.attendances() + " attendances per plan; catalog of "
                + options.platforms() + " platforms; " + options.clients() + " concurrent clients. Plans: "
                + json.get("plans") + ".\n\n";
    }

    @SuppressWarnings("unchecked")
    private String processDetails() {
        StringBuilder md = new StringBuilder("\n### Processes: RSS (MiB) and CPU (% of one core) per phase\n\n");
        Map<String, Double> idle = (Map<String, Double>) processUsage.get("idleRssMibAfterStart");
        Map<String, Double> after = (Map<String, Double>) processUsage.get("idleRssMibAfterLoad");
        Map<String, Double> peak = (Map<String, Double>) processUsage.get("peakRssMib");
        List<String> phases = List.of("closedLoopGateway", "closedLoopDirect", "openLoopGateway", "queries");
        md.append("| process | idle RSS after start | idle RSS after load | peak RSS |");
        phases.forEach(p -> md.append(" CPU ").append(p).append(" |"));
        md.append("\n|---|---:|---:|---:|");
        phases.forEach(p -> md.append("---:|"));
        md.append('\n');
        if (idle == null) {
            return md.toString();
        }
        for (String name : idle.keySet()) {
            md.append("| ").append(name).append(" | ").append(number(idle.get(name))).append(" | ")
                    .append(after == null ? "" : number(after.getOrDefault(name, Double.NaN))).append(" | ")
                    .append(peak == null ? "" : number(peak.getOrDefault(name, Double.NaN))).append(" |");
            for (String phase : phases) {
                Map<String, PhaseMeter.Usage> usage = (Map<String, PhaseMeter.Usage>) processUsage.get(phase);
                md.append(' ').append(usage == null || usage.get(name) == null ? ""
                        : number(usage.get(name).cpuPercent())).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * The services' own view of the lag, right after the open loop: the way to Kafka (planning's publication delay)
     * and each projection's lag from occurrence to application, p50 and p99 over about the last two minutes.
     */
    private void serverSideLag(BenchStack stack) {
        Map<String, Double> split = serverSideLagMs;
        PrometheusScrape planningScrape = PrometheusScrape.of(stack.planningUrl());
        for (String quantile : List.of("0.5", "0.99")) {
            planningScrape.value("netfocus_publication_delay_seconds", Map.of("quantile", quantile)).ifPresent(
                    seconds -> split.put("publication delay p" + percentile(quantile), seconds * 1000));
        }
        Map<String, String> services = new LinkedHashMap<>();
        services.put("catalog", stack.catalogUrl());
        services.put("contact", stack.contactUrl());
        services.forEach((service, url) -> {
            PrometheusScrape scrape = PrometheusScrape.of(url);
            for (String quantile : List.of("0.5", "0.99")) {
                scrape.valuesBy("projection", "netfocus_projection_lag_seconds", Map.of("quantile", quantile))
                        .forEach((projection, seconds) -> split.put(service + " " + projection + " p"
                                + percentile(quantile), seconds * 1000));
            }
        });
        json.put("serverSideLagMs", split);
    }

    private static String percentile(String quantile) {
        return String.valueOf(Math.round(Double.parseDouble(quantile) * 100));
    }

    /** One phase's wall-clock window and this JVM's collections within it. */
    private record PausesWindow(Instant from, GcPauses.Recorder own) {

        static PausesWindow open() {
            return new PausesWindow(Instant.now(), GcPauses.Recorder.start());
        }

        Map<String, GcPauses> close(BenchStack stack) {
            return stack.gcPauses(from, Instant.now(), own.stop());
        }
    }

    private String gcPauseDetails() {
        StringBuilder md = new StringBuilder("\n### Stop-the-world GC pauses per phase\n\n"
                + "Young: count / longest ms; full: count / longest ms; total ms. Every request and consumer of a JVM"
                + " waits while it pauses, so a long pause shows in the tail of what was measured meanwhile.\n\n"
                + "| process |");
        gcPauses.keySet().forEach(phase -> md.append(' ').append(phase).append(" |"));
        md.append("\n|---|");
        gcPauses.keySet().forEach(phase -> md.append("---|"));
        md.append('\n');
        Set<String> processes = new LinkedHashSet<>();
        gcPauses.values().forEach(byProcess -> processes.addAll(byProcess.keySet()));
        for (String process : processes) {
            md.append("| ").append(process).append(" |");
            gcPauses.values().forEach(byProcess -> {
                GcPauses pauses = byProcess.get(process);
                md.append(' ').append(pauses == null ? "" : pauses.young() + " / " + number(pauses.youngMaxMs())
                        + "; " + pauses.full() + " / " + number(pauses.fullMaxMs()) + "; "
                        + number(pauses.totalMs())).append(" |");
            });
            md.append('\n');
        }
        return md.toString();
    }

    /** The services' logs stay (data/logs); the stores and the copied jars of a run go. */
    public static void deleteRunData(Path runDirectory) {
        deleteQuietly(runDirectory.resolve("data").resolve("mongo"));
        deleteQuietly(runDirectory.resolve("data").resolve("kafka"));
        deleteQuietly(runDirectory.resolve("jars"));
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }

    public static void log(String message) {
        System.out.println("[benchmark " + DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now())
                .substring(0, 8) + "] " + message);
    }
}
