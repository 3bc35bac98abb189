package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.load.QueryLoad;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Queries through the gateway on the closed loops' plans: plan, platform and people by many clients; then
 * recommendations, each of which scores the whole catalog, by the few clients of a few users at once.
 */
public final class QueriesPhase implements Phase {

    private final WorkloadPhase workload;
    private QueryLoad.Result queries;
    private QueryLoad.Result recommendations;

    public QueriesPhase(WorkloadPhase workload) {
        this.workload = workload;
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        log("queries through the gateway: " + options.queries() + " (plan, platform, people; " + options.clients()
                + " clients), then " + options.queries() / 4 + " recommendations (" + options.recommendationClients()
                + " clients), each at most " + options.querySeconds() + " s ...");
        List<PlanScript> queried = new ArrayList<>(workload.gatewayPlans().handedOut());
        queried.addAll(workload.directPlans().handedOut());
        PhaseMeter queryMeter = PhaseMeter.start(run.stack().processes());
        queries = QueryLoad.run(queried, workload.platforms(), run.gateway(), options.clients(),
                options.queries(), List.of(QueryLoad.Kind.PLAN, QueryLoad.Kind.PLATFORM, QueryLoad.Kind.PEOPLE),
                Duration.ofSeconds(options.querySeconds()));
        run.usage("queries", queryMeter.stop());
        recommendations = QueryLoad.run(queried, workload.platforms(), run.gateway(),
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
        run.record("queries", queryJson);
        errors(run, "queries (plan, platform, people)", queries);
        errors(run, "recommendations", recommendations);
        log(String.format(Locale.ROOT, "  queries: %.0f/s, p99 %.1f ms, %d failed; recommendations: %.1f/s, p99 %.1f ms,"
                        + " %d failed", queries.all().count() / queries.seconds(), queries.all().summary().p99(),
                queries.all().failures(), recommendations.all().count() / recommendations.seconds(),
                recommendations.all().summary().p99(), recommendations.all().failures()));
    }

    private static void errors(BenchmarkRun run, String phase, QueryLoad.Result result) {
        Latencies.Summary s = result.all().summary();
        run.errors(phase, s.count() + s.failures(), s.failures(), result.failureSamples());
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        BenchmarkOptions options = run.options();
        Latencies.Summary all = queries.all().summary();
        run.figure(Figure.plain("Query latency via gateway (plan, platform, people; " + options.clients()
                + " clients) p50 / p95 / p99 / max: " + number(all.p50()) + " / " + number(all.p95()) + " / "
                + number(all.p99()) + " / " + number(all.max()) + " ms"
                + (all.failures() > 0 ? " (" + all.failures() + " failed)" : ""), all.p99(), "ms (p99)"));
        for (QueryLoad.Result result : List.of(queries, recommendations)) {
            result.byKind().forEach((kind, latencies) -> {
                Latencies.Summary s = latencies.summary();
                run.figure(Figure.plain("  query " + kind
                        + (kind == QueryLoad.Kind.RECOMMENDATIONS ? " (" + options.recommendationClients()
                        + " clients, " + options.platforms() + " platforms)" : "")
                        + " p50 / p95 / p99 / max: " + number(s.p50()) + " / " + number(s.p95()) + " / "
                        + number(s.p99()) + " / " + number(s.max()) + " ms"
                        + (s.failures() > 0 ? " (" + s.failures() + " failed)" : ""), s.p99(), "ms (p99)"));
            });
        }
    }
}
