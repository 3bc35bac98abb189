package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.CatalogBuilder;
import com.netfocus.benchmarks.load.CatalogLayout;
import com.netfocus.benchmarks.load.CatalogPlatform;
import com.netfocus.benchmarks.load.EndlessScripts;
import com.netfocus.benchmarks.load.Org;
import com.netfocus.benchmarks.load.OrgBuilder;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.load.Rep;
import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The synthetic org, built through the gateway: an admin, the reps in their teams and the catalog (whose rate is
 * recorded); then the reps dealt out to the load phases: the warm-up and the closed loops (through the gateway, and
 * direct: the closed loops, the client curve, two planning instances) open plan after plan for as long as they run,
 * each rep many; the equal-rate pair and the open loop one plan per rep.
 */
public final class WorkloadPhase implements Phase {

    private static final String ORG = "bench-org";

    private Org org;
    private PlanScript.Scale scale;
    private List<CatalogPlatform> platforms;
    private EndlessScripts<PlanScript> warmUpPlans;
    private EndlessScripts<PlanScript> gatewayPlans;
    private EndlessScripts<PlanScript> directPlans;
    private List<PlanScript> pairGatewayPlans;
    private List<PlanScript> pairDirectPlans;
    private List<Rep> openReps;

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        OrgBuilder people = new OrgBuilder(run.gateway());
        Rep admin = people.admin(ORG);
        List<Rep> reps = people.reps(ORG, options.teams(), options.reps());
        log("catalog: adding " + options.platforms() + " platforms through the gateway ...");
        CatalogBuilder.Built catalog = new CatalogBuilder(run.gateway(), options.clients()).build(admin,
                CatalogLayout.startingNow(options.targets(), options.platforms(), options.probePlatforms()),
                run.stack().kafkaBootstrapServers());
        run.record("catalog", Map.of("platforms", options.platforms(), "seconds", catalog.seconds(),
                "platformsPerSecond", options.platforms() / catalog.seconds(), "latencyMs",
                catalog.latencies().summary(), "planningCatchUpSeconds", catalog.catchUpSeconds()));
        log(String.format("catalog: %d platforms in %.1f s (%.0f/s); planning knew them %.1f s later",
                options.platforms(), catalog.seconds(), options.platforms() / catalog.seconds(),
                catalog.catchUpSeconds()));
        platforms = catalog.platforms();
        org = OrgBuilder.org(ORG, admin, reps, catalog);
        scale = new PlanScript.Scale(options.objectives(), options.targets(), options.choices(),
                options.attendances());
        deal(run, reps);
    }

    private void deal(BenchmarkRun run, List<Rep> reps) {
        BenchmarkOptions options = run.options();
        int warmUp = Math.max(1, options.reps() * 10 / 100);
        int viaGateway = Math.max(1, options.reps() * 24 / 100);
        int direct = Math.max(1, options.reps() * 24 / 100);
        int pair = Math.max(1, options.reps() * 8 / 100);
        List<Rep> queue = new ArrayList<>(reps);
        warmUpPlans = EndlessScripts.plans(org, take(queue, warmUp), scale);
        gatewayPlans = EndlessScripts.plans(org, take(queue, viaGateway), scale);
        directPlans = EndlessScripts.plans(org, take(queue, direct), scale);
        pairGatewayPlans = scripts(take(queue, pair), null);
        pairDirectPlans = scripts(take(queue, pair), null);
        openReps = take(queue, queue.size());
        Map<String, Object> plans = new LinkedHashMap<>();
        plans.put("warmUpReps (a plan after another)", warmUp);
        plans.put("closedLoopGatewayReps (a plan after another)", viaGateway);
        plans.put("closedLoopDirectReps (a plan after another; also the client curve and two instances)", direct);
        plans.put("equalRateGateway", pair);
        plans.put("equalRateDirect", pair);
        plans.put("openLoopWithProbes", openReps.size());
        plans.put("commandsPerPlan", scale.commands());
        plans.put("clients", options.clients());
        run.record("plans", plans);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        // building the org is set-up: its rates are in the JSON, not among the figures
    }

    /** One plan script per rep; {@code probes} supplies the lag probes' platforms to choose (null: none). */
    List<PlanScript> scripts(List<Rep> reps, Supplier<CatalogPlatform> probes) {
        return reps.stream().map(rep -> new PlanScript(org, rep, scale, probes)).toList();
    }

    private static List<Rep> take(List<Rep> queue, int count) {
        List<Rep> taken = new ArrayList<>(queue.subList(0, count));
        queue.subList(0, count).clear();
        return taken;
    }

    Org org() {
        return org;
    }

    PlanScript.Scale scale() {
        return scale;
    }

    List<CatalogPlatform> platforms() {
        return platforms;
    }

    EndlessScripts<PlanScript> warmUpPlans() {
        return warmUpPlans;
    }

    EndlessScripts<PlanScript> gatewayPlans() {
        return gatewayPlans;
    }

    EndlessScripts<PlanScript> directPlans() {
        return directPlans;
    }

    List<PlanScript> pairGatewayPlans() {
        return pairGatewayPlans;
    }

    List<PlanScript> pairDirectPlans() {
        return pairDirectPlans;
    }

    List<Rep> openReps() {
        return openReps;
    }
}
