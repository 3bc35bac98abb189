package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.CatalogBuilder;
import com.netfocus.benchmarks.load.CatalogLayout;
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
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.Machine;
import com.netfocus.benchmarks.report.ReportWriter;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.run.RunFiles;
import com.netfocus.benchmarks.run.RunLog;
import com.netfocus.benchmarks.soak.SoakVerdict.Sample;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.HeapAfterGc;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.ProcessStats;
import com.netfocus.benchmarks.stack.ServiceHandle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The soak run: starts the suite as the benchmark does (full JIT), builds a modest synthetic org, finds
 * the maximum command rate with a short closed-loop probe through the gateway, counted end to end: until the
 * projections have caught up with the probe's events (or takes --rate), then drives a mix
 * of commands (open loop at half that rate) and queries through the gateway for --minutes, sampling every process's
 * RSS every 15 s and its heap after a full GC every minute, counting failed answers and measuring projection lag
 * per minute. Verdicts (SoakVerdict): memory flat after the warm-up, no errors, lag not growing. Writes
 * benchmarks/results/soak-<time>.{json,md} and soak-latest.{json,md}.
 */
public final class SoakMain {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);
    /** Heap after GC forces a full collection: once a minute (every 4th RSS sample), not at every sample. */
    private static final int HEAP_EVERY_NTH_SAMPLE = 4;
    private static final int WARM_UP_MINUTES = 2;
    private static final double MAX_GROWTH_PERCENT = 10;
    private static final double LAG_GROWTH_FACTOR = 2;
    private static final double LAG_SLACK_MS = 100;
    private static final double CONTACT_PROBES_PER_SECOND = 2;
    private static final double CATALOG_PROBES_MAX_PER_SECOND = 4;
    /** More plans than the minutes can use at the rate, so the open loop never runs dry before its end. */
    private static final double SPARE_PLANS = 1.5;
    private static final int QUERY_EVERY_NTH_RECOMMENDATION = 10;
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);
    private static final String ORG = "soak-org";

    private final SoakOptions options;
    private final BenchmarkOptions scale;
    private final String stamp = RunFiles.stamp();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, List<Sample>> rssSeries = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<Sample>> heapSeries = Collections.synchronizedMap(new LinkedHashMap<>());

    private SoakMain(SoakOptions options) {
        this.options = options;
        this.scale = options.scale();
    }

    public static void main(String[] args) throws Exception {
        RunLog.useLauncherLogging();
        SoakOptions options;
        try {
            options = SoakOptions.parse(args, RunFiles.projectRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new SoakMain(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path runDirectory = scale.projectRoot().resolve("benchmarks").resolve("target").resolve("soak-" + stamp);
        json.put("run", stamp);
        json.put("machine", Machine.describe());
        json.put("options", options.toString());
        String loadBefore = ProcessStats.loadAverage();
        log("soak: load average before: " + loadBefore);
        log("soak: starting the suite (LocalStack, full JIT) ...");
        SoakMinutes minutes;
        Map<String, Object> figuresJson;
        List<Figure> figures = new ArrayList<>();
        String loadDuring;
        try (BenchStack stack = BenchStack.start(scale.projectRoot(), runDirectory, List.of())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "soak-stop"));
            log(String.format(Locale.ROOT, "soak: suite ready in %.1f s (gateway %s)", stack.startSeconds(),
                    stack.gatewayUrl()));
            json.put("serviceJavaOptions", stack.serviceJavaOptions());
            minutes = soak(stack);
            loadDuring = ProcessStats.loadAverage();
        }
        String loadAfter = ProcessStats.loadAverage();
        json.put("loadAverage", Map.of("before", loadBefore, "atTheEnd", loadDuring, "afterStop", loadAfter));
        figuresJson = verdicts(minutes, figures);
        json.put("verdicts", figuresJson);
        json.put("perMinute", perMinuteJson(minutes));
        json.put("rssMibSamples", rssSeries);
        json.put("heapAfterGcMibSamples", heapSeries);
        json.put("failureSamples", minutes.failureSamples());
        Path written = new ReportWriter().write(scale.resultsDirectory(), "soak-" + stamp, "soak-latest", json,
                figures, header(loadBefore, loadDuring), perMinuteTable(minutes));
        System.out.println();
        System.out.println(ReportWriter.table(figures));
        log("soak: report " + written + " (and soak-latest.md / soak-latest.json beside it)");
        if (!scale.keepData()) {
            RunFiles.deleteRunData(runDirectory);
        }
    }

    private SoakMinutes soak(BenchStack stack) throws Exception {
        Api gateway = Api.gateway(stack.gatewayUrl());
        OrgBuilder people = new OrgBuilder(gateway);
        Rep admin = people.admin(ORG);
        List<Rep> reps = people.reps(ORG, scale.teams(), scale.reps());
        log("soak: catalog of " + scale.platforms() + " platforms ...");
        CatalogBuilder.Built catalog = new CatalogBuilder(gateway, scale.clients()).build(admin,
                CatalogLayout.startingNow(scale.targets(), scale.platforms(), scale.probePlatforms()),
                stack.kafkaBootstrapServers());
        Org org = OrgBuilder.org(ORG, admin, reps, catalog);
        PlanScript.Scale plan = new PlanScript.Scale(scale.objectives(), scale.targets(), scale.choices(),
                scale.attendances());
        AtomicInteger nextRep = new AtomicInteger();

        log("soak: warm-up (" + options.warmUpPlans() + " plans), then the closed-loop probe of the maximum ("
                + options.probePlans() + " plans x " + plan.commands() + " commands, " + scale.clients()
                + " clients) ...");
        ClosedLoop.run(scripts(org, reps, nextRep, options.warmUpPlans(), plan, null), gateway, scale.clients());
        List<PlanScript> probePlans = scripts(org, reps, nextRep, options.probePlans(), plan, null);
        LoadResult probe = ClosedLoop.run(probePlans, gateway, scale.clients());
        double drainSeconds;
        try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers())) {
            drainSeconds = offsets.awaitCaughtUp(KafkaOffsets.PROJECTION_GROUPS, KafkaOffsets.PLAN_EVENTS,
                    CATCH_UP_TIMEOUT);
        }
        // On two cores the projections share the CPU with the command path: a closed loop of commands alone runs
        // ahead of them and leaves a backlog. The rate the suite carries for good is the probe's commands over the
        // time until they were also projected; half the command path's burst rate overloaded the suite within
        // minutes (run 20261126-153612: 82.7 of 165.4 commands/s, backlogs growing from minute 7).
        double commandPathMaximum = probe.commandsPerSecond();
        double maximum = probe.latencies().count() / (probe.totalSeconds() + drainSeconds);
        double rate = options.rate() > 0 ? options.rate() : maximum / 2;
        double queryRate = rate * options.queriesPerCommand();
        json.put("maximumCommandsPerSecond", maximum);
        json.put("commandPathMaximumCommandsPerSecond", commandPathMaximum);
        json.put("maximumProbe", Map.of("latencyMs", probe.latencies().summary(), "failuresByStatus",
                probe.failuresByStatus(), "seconds", probe.totalSeconds(), "projectionDrainSeconds", drainSeconds));
        json.put("commandRate", rate);
        json.put("queryRate", queryRate);

        double seconds = options.minutes() * 60.0;
        int planCount = (int) Math.ceil(rate * seconds / plan.commands() * SPARE_PLANS) + scale.clients();
        // each catalog probe uses up a probe platform: spread them over the whole run
        double catalogProbesPerSecond = Math.min(CATALOG_PROBES_MAX_PER_SECOND, scale.probePlatforms() / seconds);
        int choiceEvery = LagProbes.every(rate, plan, plan.unattendedChoices(), catalogProbesPerSecond);
        int attendanceEvery = LagProbes.every(rate, plan, plan.attendances(), CONTACT_PROBES_PER_SECOND);
        List<QueryLoad.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < QUERY_EVERY_NTH_RECOMMENDATION - 1; i++) {
            kinds.add(List.of(QueryLoad.Kind.PLAN, QueryLoad.Kind.PLATFORM, QueryLoad.Kind.PEOPLE).get(i % 3));
        }
        kinds.add(QueryLoad.Kind.RECOMMENDATIONS);
        json.put("mix", Map.of("planScriptsPrepared", planCount, "commandsPerPlan", plan.commands(),
                "queryKindsRoundRobin", kinds, "catalogProbeEveryNthChoice", choiceEvery,
                "contactProbeEveryNthAttendance", attendanceEvery));
        log(String.format(Locale.ROOT, "soak: maximum %.1f commands/s end to end (%.1f/s on the command path, then %.1f s"
                        + " until projected); now %d minutes at %.1f commands/s (%s) and %.1f queries/s, sampling RSS"
                        + " every %d s ...", maximum, commandPathMaximum, drainSeconds, options.minutes(), rate,
                options.rate() > 0 ? "--rate" : "half the maximum", queryRate, SAMPLE_EVERY.toSeconds()));

        LagProbes probes = new LagProbes(Api.direct(stack.catalogUrl(), stack.identitySecret()),
                Api.direct(stack.contactUrl(), stack.identitySecret()), org.probePlatforms(), choiceEvery,
                attendanceEvery, PROBE_INTERVAL, PROBE_TIMEOUT);
        long begun = System.nanoTime();
        SoakMinutes minutes = new SoakMinutes(begun, options.minutes());
        probes.listen(minutes::lag);
        List<PlanScript> soakPlans = scripts(org, reps, nextRep, planCount, plan, probes.probeChoices());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sampleCount = new AtomicInteger();
        OpenLoop.Result open;
        try (probes; KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers());
             QueryStream queries = new QueryStream(probePlans, catalog.platforms(), gateway, queryRate, kinds,
                     minutes)) {
            sampler.scheduleAtFixedRate(() -> sample(stack.processes(), offsets, minutes, begun,
                    sampleCount.getAndIncrement() % HEAP_EVERY_NTH_SAMPLE == 0), 0, SAMPLE_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            open = OpenLoop.run(soakPlans, gateway, rate, probes, Duration.ofMinutes(options.minutes()),
                    (command, answer, latencyNanos) -> minutes.command(command.kind() + " " + command.path(), answer,
                            latencyNanos));
            sampler.shutdown();
            sampler.awaitTermination(2, TimeUnit.MINUTES);
            queries.close();
            probes.finish();
            json.put("queriesSent", queries.sent());
            // the end point of the memory verdict: after the last minute's load, before anything stops
            sample(stack.processes(), offsets, minutes, begun, true);
        } finally {
            sampler.shutdownNow();
        }
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("commandsPerSecond", open.load().commandsPerSecond());
        load.put("seconds", open.load().totalSeconds());
        load.put("latencyMs", open.load().latencies().summary());
        load.put("failuresByStatus", open.load().failuresByStatus());
        load.put("missedStarts", open.missedStarts());
        load.put("lagProbesSkippedWhileTwoInFlight", probes.skipped());
        load.put("lagCatalogMs", probes.catalogLag().summary());
        load.put("lagContactMs", probes.contactLag().summary());
        json.put("openLoop", load);
        return minutes;
    }

    /** One sample: RSS of every process, the consumer groups' backlog, and (once a minute) the heap after GC. */
    private void sample(Map<String, ServiceHandle> processes, KafkaOffsets offsets, SoakMinutes minutes, long begun,
                        boolean heap) {
        try {
            long now = System.nanoTime();
            double seconds = (now - begun) / 1e9;
            processes.forEach((name, handle) -> {
                double rss = handle.stats().rssMib();
                rssSeries.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>()))
                        .add(new Sample(seconds, rss));
                minutes.rss(now, name, rss);
            });
            long end = offsets.endOffsets(KafkaOffsets.PLAN_EVENTS);
            for (String group : KafkaOffsets.PROJECTION_GROUPS) {
                minutes.backlog(now, group, Math.max(0, end - offsets.committed(group, KafkaOffsets.PLAN_EVENTS)));
            }
            if (heap) {
                processes.forEach((name, handle) -> {
                    double mib = HeapAfterGc.mib(handle.pid());
                    heapSeries.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>()))
                            .add(new Sample(seconds, mib));
                    minutes.heapAfterGc(now, name, mib);
                });
            }
        } catch (RuntimeException e) {
            // a failed sample is a gap in the table, not the end of the run
            System.err.println("soak: sample failed: " + e);
        }
    }

    private Map<String, Object> verdicts(SoakMinutes minutes, List<Figure> figures) {
        Map<String, Object> verdicts = new LinkedHashMap<>();
        double warmUpSeconds = WARM_UP_MINUTES * 60.0;
        Map<String, SoakVerdict.Growth> rss = new LinkedHashMap<>();
        Map<String, SoakVerdict.Growth> heap = new LinkedHashMap<>();
        rssSeries.forEach((process, samples) -> rss.put(process,
                SoakVerdict.growth(List.copyOf(samples), warmUpSeconds, MAX_GROWTH_PERCENT)));
        heapSeries.forEach((process, samples) -> heap.put(process,
                SoakVerdict.growth(List.copyOf(samples), warmUpSeconds, MAX_GROWTH_PERCENT)));
        rss.forEach((process, g) -> figures.add(growthFigure("RSS " + process, g)));
        heap.forEach((process, g) -> figures.add(growthFigure("Heap after full GC " + process, g)));
        verdicts.put("rssGrowth", rss);
        verdicts.put("heapAfterGcGrowth", heap);

        long failed = minutes.minutes().stream().mapToLong(SoakMinutes.Minute::failures).sum();
        boolean noErrors = SoakVerdict.noErrors(failed);
        figures.add(new Figure("Errors: failed answers (non-2xx, request time-outs), commands and queries", failed,
                "", "none expected", 0.0, null, "0", SoakVerdict.word(noErrors)));
        verdicts.put("errors", Map.of("failedAnswers", failed, "verdict", SoakVerdict.word(noErrors)));

        Map<String, SoakVerdict.LagTrend> lag = new LinkedHashMap<>();
        for (String projection : List.of(LagProbes.CATALOG, LagProbes.CONTACT)) {
            List<Latencies> probes = minutes.minutes().stream().map(m -> m.lag(projection)).toList();
            SoakVerdict.LagTrend trend = SoakVerdict.lag(probes, WARM_UP_MINUTES, LAG_GROWTH_FACTOR, LAG_SLACK_MS);
            lag.put(projection, trend);
            double ratio = trend.referenceP99() > 0 ? trend.lastP99() / trend.referenceP99() : Double.NaN;
            figures.add(new Figure("Projection lag p99, " + projection + ", minutes " + trend.lastFirstMinute() + "-"
                    + trend.lastLastMinute() + " pooled (" + trend.timedOut() + " probes timed out after the warm-up)",
                    trend.lastP99(), "ms", "p99 of minutes " + trend.referenceFirstMinute() + "-"
                    + trend.referenceLastMinute() + " pooled", trend.referenceP99(), ratio, "≤ "
                    + number(LAG_GROWTH_FACTOR) + "x or ≤ +" + number(LAG_SLACK_MS) + " ms, no time-out",
                    SoakVerdict.word(trend.flat())));
        }
        verdicts.put("lagP99", lag);
        return verdicts;
    }

    private static Figure growthFigure(String name, SoakVerdict.Growth g) {
        return new Figure(name + " (trend " + number(g.reference()) + " → " + number(g.end()) + " MiB)", g.percent(),
                "% growth", "trend value after the " + WARM_UP_MINUTES + "-minute warm-up", g.reference(),
                Double.isNaN(g.percent()) ? null : g.end() / g.reference(), "≤ " + number(MAX_GROWTH_PERCENT) + " %",
                SoakVerdict.word(g.flat()));
    }

    private List<Map<String, Object>> perMinuteJson(SoakMinutes minutes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SoakMinutes.Minute m : minutes.minutes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("minute", m.number());
            row.put("commands", m.commands().summary());
            row.put("queries", m.queries().summary());
            row.put("failuresByStatus", m.failuresByStatus());
            row.put("lagCatalogMs", m.lag(LagProbes.CATALOG).summary());
            row.put("lagContactMs", m.lag(LagProbes.CONTACT).summary());
            row.put("probeTimeouts", m.probeTimeouts());
            row.put("consumerBacklogMaxRecords", m.consumerBacklog());
            row.put("rssMib", m.rssMib());
            row.put("heapAfterGcMib", m.heapAfterGcMib());
            rows.add(row);
        }
        return rows;
    }

    private String perMinuteTable(SoakMinutes minutes) {
        List<String> processes = new ArrayList<>(rssSeries.keySet());
        StringBuilder md = new StringBuilder("\n### Per minute\n\nCommand latency from the intended start (open "
                + "loop); lag from a command's answer until the projection shows it; backlog = plan events the "
                + "projection's consumer group had not committed (largest sample of the minute); RSS = last sample "
                + "of the minute; heap = used right after a forced full GC (jcmd GC.run), once a minute.\n\n"
                + "| min | cmd/s | cmd p50 / p99 ms | queries/s | query p50 / p99 ms | failed answers | lag catalog p50 / p99 "
                + "| lag contact p50 / p99 | backlog catalog / contact |");
        processes.forEach(p -> md.append(" RSS ").append(shortName(p)).append(" |"));
        processes.forEach(p -> md.append(" heap ").append(shortName(p)).append(" |"));
        md.append("\n|---:|---:|---|---:|---|---:|---|---|---|");
        processes.forEach(p -> md.append("---:|"));
        processes.forEach(p -> md.append("---:|"));
        md.append('\n');
        for (SoakMinutes.Minute m : minutes.minutes()) {
            Latencies.Summary c = m.commands().summary();
            Latencies.Summary q = m.queries().summary();
            Latencies.Summary lc = m.lag(LagProbes.CATALOG).summary();
            Latencies.Summary lp = m.lag(LagProbes.CONTACT).summary();
            md.append("| ").append(m.number()).append(" | ").append(number((c.count() + c.failures()) / 60.0))
                    .append(" | ").append(number(c.p50())).append(" / ").append(number(c.p99()))
                    .append(" | ").append(number((q.count() + q.failures()) / 60.0))
                    .append(" | ").append(number(q.p50())).append(" / ").append(number(q.p99()))
                    .append(" | ").append(m.failures()).append(m.probeTimeouts() > 0 ? " (+" + m.probeTimeouts()
                            + " probes timed out)" : "")
                    .append(" | ").append(number(lc.p50())).append(" / ").append(number(lc.p99()))
                    .append(" | ").append(number(lp.p50())).append(" / ").append(number(lp.p99()))
                    .append(" | ").append(m.consumerBacklog().getOrDefault(KafkaOffsets.PROJECTION_GROUPS.get(0), -1L))
                    .append(" / ").append(m.consumerBacklog().getOrDefault(KafkaOffsets.PROJECTION_GROUPS.get(1), -1L))
                    .append(" |");
            processes.forEach(p -> md.append(' ').append(number(m.rssMib().getOrDefault(p, Double.NaN))).append(" |"));
            processes.forEach(p -> md.append(' ').append(number(m.heapAfterGcMib().getOrDefault(p, Double.NaN)))
                    .append(" |"));
            md.append('\n');
        }
        md.append("\nThe last minute's row holds the answers that came after the deadline and the final samples.\n");
        if (!minutes.failureSamples().isEmpty()) {
            md.append("\n### Failed answers (first ").append(minutes.failureSamples().size()).append(")\n\n");
            minutes.failureSamples().forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static String shortName(String process) {
        return process.startsWith("benchmark JVM") ? "benchmark JVM (MongoDB + Kafka + driver)" : process;
    }

    private String header(String loadBefore, String loadAtEnd) {
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        return "# Netfocus soak run " + stamp + " (UTC)\n\n"
                + "Machine: " + Machine.line(machine) + ". Load average (1/5/15 min, runnable/total, last pid) "
                + "before: `" + loadBefore + "`, at the end of the load: `" + loadAtEnd + "`. Services: "
                + json.get("serviceJavaOptions") + ".\n\n"
                + String.format(Locale.ROOT, "Load: %d minutes, commands open loop through the gateway at %.1f/s "
                        + "(maximum %.1f/s end to end, %.1f/s on the command path, by a closed-loop probe of %d plans"
                        + " with %d clients: its commands over the time until the projections had caught up), queries"
                        + " at %.1f/s "
                        + "(plan, platform, people; every %dth a recommendation). Org: %d teams, %d reps, %d "
                        + "platforms; %d commands per plan. Warm-up for the memory verdict: the first %d minutes.%n%n",
                options.minutes(), (double) json.get("commandRate"), (double) json.get("maximumCommandsPerSecond"),
                (double) json.get("commandPathMaximumCommandsPerSecond"), options.probePlans(), scale.clients(), (double) json.get("queryRate"), QUERY_EVERY_NTH_RECOMMENDATION,
                scale.teams(), scale.reps(), scale.platforms(), 1 + scale.objectives() + scale.targets()
                        + scale.choices() + scale.attendances(), WARM_UP_MINUTES);
    }

    /** The plans of the next {@code count} reps in turn (a rep may own many plans). */
    private static List<PlanScript> scripts(Org org, List<Rep> reps, AtomicInteger nextRep, int count,
                                            PlanScript.Scale scale,
                                            java.util.function.Supplier<com.netfocus.benchmarks.load.CatalogPlatform> probes) {
        List<PlanScript> scripts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scripts.add(new PlanScript(org, reps.get(nextRep.getAndIncrement() % reps.size()), scale, probes));
        }
        return scripts;
    }
}
