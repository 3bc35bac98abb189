package com.netfocus.benchmarks.replay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.netfocus.benchmarks.report.JfrRecorder;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ExtraService;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.ProcessStats;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replay: a second instance of a projecting service (catalog or contact) with an empty database of its own and a
 * new consumer group reads a plan-events topic from the start: the suite's, or a copy of its first records
 * ({@link #boundedTopic}), so that a replay takes the same time whatever the run produced before it. The catalog instance gets a copy of the
 * platforms first: they are the catalog's own data (not a projection), which the activity projection counts
 * against. Timed from its first committed offset to the commit of the topic's end (the group's committed offsets,
 * polled), so JVM start-up is not counted.
 */
public final class ReplayBenchmark {

    static final String PLAN_EVENTS = "netfocus.plan-events";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(10);
    private static final long POLL_MILLIS = 50;
    private static final String CATALOG_DATABASE = "netfocus-catalog";
    private static final String CATALOG_COLLECTION = "platforms";
    private static final int COPY_BATCH = 500;

    private ReplayBenchmark() {
    }

    public record Result(String service, long events, double seconds, double eventsPerSecond, double cpuPercent,
                         double peakRssMib, String database, String group, boolean complete) {
    }

    /**
     * The topic a replay reads: the suite's plan events, or, for {@code events} > 0, a new topic holding the first
     * {@code events} of them (each partition's beginning).
     */
    public static String boundedTopic(BenchStack stack, String stamp, long events) throws Exception {
        if (events <= 0) {
            return PLAN_EVENTS;
        }
        String topic = "bench-replay-" + stamp + "-plan-events";
        TopicCopy.copy(stack.kafkaBootstrapServers(), PLAN_EVENTS, topic, events);
        return topic;
    }

    public static Result run(BenchStack stack, String module, String topic, String stamp, Path jfrFile)
            throws Exception {
        String name = "replay-" + module + "-" + stamp;
        if (module.equals("events-catalog-service")) {
            // the catalog itself is the service's own data, not a projection: the activity projection counts
            // choices only of platforms in the org's catalog, so the fresh instance starts with the catalog
            copyCollection(stack.mongoUri(), CATALOG_DATABASE, "bench-" + name, CATALOG_COLLECTION);
        }
        Map<String, String> env = Map.of(
                "MONGODB_URI", stack.mongoUri(),
                "KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers(),
                "SPRING_DATA_MONGODB_DATABASE", "bench-" + name,
                "SPRING_KAFKA_CONSUMER_GROUPID", "bench-" + name,
                "NETFOCUS_TOPICS_PLAN_EVENTS", topic,
                // anything such an instance might publish goes to topics nobody reads
                "NETFOCUS_TOPICS_CATALOG_EVENTS", "bench-" + name + "-catalog-events",
                "NETFOCUS_TOPICS_CONTACT_EVENTS", "bench-" + name + "-contact-events");
        try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers());
             ExtraService service = new ExtraService(name, stack.jarOf(module), env, stack.serviceJavaOptions(),
                     stack.logDirectory())) {
            long end = offsets.endOffsets(topic);
            String group = "bench-" + name;
            service.start();
            long deadline = System.nanoTime() + START_TIMEOUT.plus(REPLAY_TIMEOUT).toNanos();
            long firstAt = 0;
            long firstOffset = 0;
            ProcessStats firstStats = null;
            long committed = 0;
            while (System.nanoTime() < deadline) {
                committed = offsets.committed(group, topic);
                if (committed > 0 && firstAt == 0) {
                    firstAt = System.nanoTime();
                    firstOffset = committed;
                    firstStats = ProcessStats.of(service.pid());
                    if (jfrFile != null) {
                        // profiled from its first commit: the replay, not the service's start-up
                        JfrRecorder.start(service.pid(), jfrFile);
                    }
                }
                if (committed >= end) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            long doneAt = System.nanoTime();
            ProcessStats last = ProcessStats.of(service.pid());
            if (jfrFile != null && firstAt != 0) {
                JfrRecorder.stop(service.pid());
            }
            double seconds = Math.max(1e-3, (doneAt - firstAt) / 1e9);
            long events = committed - firstOffset;
            return new Result(module, events, seconds, events / seconds,
                    firstStats == null ? 0 : last.cpuPercentSince(firstStats, seconds), last.peakRssMib(),
                    "bench-" + name, group, committed >= end);
        }
    }

    private static void copyCollection(String uri, String from, String to, String collection) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> target = client.getDatabase(to).getCollection(collection);
            List<Document> batch = new ArrayList<>();
            for (Document document : client.getDatabase(from).getCollection(collection).find()) {
                batch.add(document);
                if (batch.size() == COPY_BATCH) {
                    target.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                target.insertMany(batch);
            }
        }
    }

    public static List<String> modules() {
        return List.of("events-catalog-service", "contact-service");
    }
}
