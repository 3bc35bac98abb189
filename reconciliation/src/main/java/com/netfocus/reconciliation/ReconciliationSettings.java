package com.netfocus.reconciliation;

import com.netfocus.contracts.plan.AttendancePlausibility;
import java.time.Duration;
import java.util.Map;

/**
 * Where to look. The defaults are those of {@code run-local.sh} and the services' {@code application.yml}:
 * {@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}, the three databases and the plan-event topic.
 */
public record ReconciliationSettings(
        String mongoUri,
        String kafkaBootstrapServers,
        String planningDatabase,
        String catalogDatabase,
        String contactDatabase,
        String topic,
        Duration timeout,
        boolean json) {

    static final String DEFAULT_MONGO_URI = "mongodb://localhost:27017";
    static final String DEFAULT_KAFKA = "localhost:9092";
    static final String DEFAULT_TOPIC = "netfocus.plan-events";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How the analytics judge which attendances to count: their defaults, {@code
     * netfocus.catalog.analytics.attendance-future-tolerance} and {@code attendance-max-age} (ReconcileDefaultsTest
     * holds the two alike).
     */
    public static final AttendancePlausibility ATTENDANCE_PLAUSIBILITY = new AttendancePlausibility(
            Duration.ofMinutes(5), Duration.ofDays(1096));

    /** The default databases and topic on the given servers. */
    public static ReconciliationSettings of(String mongoUri, String kafkaBootstrapServers) {
        return new ReconciliationSettings(mongoUri, kafkaBootstrapServers, PlanningEventStore.DATABASE,
                CatalogProjections.DATABASE, ContactProjections.DATABASE, DEFAULT_TOPIC, DEFAULT_TIMEOUT, false);
    }

    /**
     * From the environment ({@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}) and the command line:
     * {@code --json}, {@code --planning-db=}, {@code --catalog-db=}, {@code --contact-db=}, {@code --topic=},
     * {@code --timeout-seconds=}.
     */
    public static ReconciliationSettings fromCommandLine(Map<String, String> env, String... args) {
        ReconciliationSettings settings = of(valueOr(env.get("MONGODB_URI"), DEFAULT_MONGO_URI),
                valueOr(env.get("KAFKA_BOOTSTRAP_SERVERS"), DEFAULT_KAFKA));
        for (String arg : args) {
            settings = settings.with(arg);
        }
        return settings;
    }

    private ReconciliationSettings with(String arg) {
        if (arg.equals("--json")) {
            return new ReconciliationSettings(mongoUri, kafkaBootstrapServers, planningDatabase, catalogDatabase,
                    contactDatabase, topic, timeout, true);
        }
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
            throw new IllegalArgumentException("unknown argument " + arg);
        }
        String value = arg.substring(equals + 1);
        return switch (arg.substring(2, equals)) {
            case "planning-db" -> new ReconciliationSettings(mongoUri, kafkaBootstrapServers, value, catalogDatabase,
                    contactDatabase, topic, timeout, json);
            case "catalog-db" -> new ReconciliationSettings(mongoUri, kafkaBootstrapServers, planningDatabase, value,
                    contactDatabase, topic, timeout, json);
            case "contact-db" -> new ReconciliationSettings(mongoUri, kafkaBootstrapServers, planningDatabase,
                    catalogDatabase, value, topic, timeout, json);
            case "topic" -> new ReconciliationSettings(mongoUri, kafkaBootstrapServers, planningDatabase,
                    catalogDatabase, contactDatabase, value, timeout, json);
            case "timeout-seconds" -> new ReconciliationSettings(mongoUri, kafkaBootstrapServers, planningDatabase,
                    catalogDatabase, contactDatabase, topic, Duration.ofSeconds(Long.parseLong(value)), json);
            default -> throw new IllegalArgumentException("unknown argument " + arg);
        };
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
