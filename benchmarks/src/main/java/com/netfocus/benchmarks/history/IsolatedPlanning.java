package com.netfocus.benchmarks.history;

import com.netfocus.benchmarks.load.Rep;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ExtraService;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A planning-service of a benchmark's own beside the suite: its own event store database, consumer group and topics
 * (which nobody reads), so that what it stores and publishes never mixes with the suite's. Started and healthy.
 */
final class IsolatedPlanning {

    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** Whom the plans of these benchmarks belong to. */
    static final Rep REP = new Rep(0, "rep-history", "bench-history-org", "team-00", List.of("REP"), null);

    private IsolatedPlanning() {
    }

    /** Named {@code name}, with {@code settings} (Spring's environment variables) beyond its own store and topics. */
    static ExtraService start(BenchStack stack, String name, Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MONGODB_URI", stack.mongoUri());
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
        env.put("NETFOCUS_IDENTITY_SECRET", stack.identitySecret());
        env.put("SPRING_DATA_MONGODB_DATABASE", database(name));
        env.put("SPRING_KAFKA_CONSUMER_GROUPID", "bench-" + name);
        env.put("NETFOCUS_TOPICS_PLAN_EVENTS", "bench-" + name + "-plan-events");
        env.put("NETFOCUS_TOPICS_CATALOG_EVENTS", "bench-" + name + "-catalog-events");
        env.put("NETFOCUS_TOPICS_CONTACT_EVENTS", "bench-" + name + "-contact-events");
        env.putAll(settings);
        ExtraService planning = new ExtraService(name, stack.jarOf("planning-service"), env,
                stack.serviceJavaOptions(), stack.logDirectory());
        planning.start();
        planning.awaitHealthy(START_TIMEOUT);
        return planning;
    }

    static String database(String name) {
        return "bench-" + name;
    }

    static String planEventsTopic(String name) {
        return "bench-" + name + "-plan-events";
    }
}
