package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.stack.BenchStack;

import java.util.Map;

/** How long the suite took to be ready, on which servers, and what it holds in memory idle right after. */
public final class StartUpPhase implements Phase {

    private static final double START_TARGET_SECONDS = 60;
    private static final double IDLE_RSS_TARGET_MIB = 2048;

    private double idleTotalMib;

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchStack stack = run.stack();
        run.record("infrastructure", Map.of("mongo", stack.embeddedMongo() ? "embedded wire server (H2 file backend)"
                : "external " + stack.mongoUri(), "kafka", stack.embeddedKafka() ? "embedded KRaft broker"
                : "external " + stack.kafkaBootstrapServers(), "serviceJavaOptions", stack.serviceJavaOptions()));
        Map<String, Double> idle = IdleRss.afterSettling(stack.processes());
        idleTotalMib = IdleRss.total(idle);
        run.usage("idleRssMibAfterStart", idle);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        run.figure(Figure.atMost("Stack start-up, ready (4 services + MongoDB + Kafka)", run.stack().startSeconds(), "s",
                "bound", START_TARGET_SECONDS));
        run.figure(Figure.atMost("Whole stack idle RSS after start", idleTotalMib, "MiB", "bound",
                IDLE_RSS_TARGET_MIB));
    }
}
