package com.netfocus.infrastructure.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack runs and what it starts. External servers ({@code mongoUri}, {@code kafkaBootstrapServers}
 * not null) replace the embedded ones. {@code instances} of each service (the gateway balancing over them), the first
 * on the service's port, instance i (from 0) on that port + i x {@code instancePortStep} (0: any free port); an
 * embedded Kafka of {@code kafkaBrokers} nodes (more than one: each in a process of its own, see
 * EmbeddedKafkaCluster).
 */
public record StackSettings(
        Path projectRoot,
        Path dataDirectory,
        String mongoUri,
        String kafkaBootstrapServers,
        int mongoPort,
        int kafkaPort,
        int kafkaControllerPort,
        int gatewayPort,
        int planningPort,
        int catalogPort,
        int contactPort,
        List<String> serviceJavaOptions,
        boolean loadDemoData,
        int instances,
        int kafkaBrokers,
        int instancePortStep) {

    static final int DEFAULT_GATEWAY_PORT = 8080;
    static final int DEFAULT_PLANNING_PORT = 8081;
    static final int DEFAULT_CATALOG_PORT = 8082;
    static final int DEFAULT_CONTACT_PORT = 8083;
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    static final int DEFAULT_MONGO_PORT = 27017;
    static final String DEFAULT_JAVA_OPTIONS = "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    /** The services' JVM options when NETFOCUS_SERVICE_JAVA_OPTS is not set: small heaps, quick start-up. */
    public static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = javaOptions(DEFAULT_JAVA_OPTIONS);

    /** Another instance of a service listens this much above the one before it (8081, 8181, ...). */
    static final int DEFAULT_INSTANCE_PORT_STEP = 100;

    public StackSettings {
        serviceJavaOptions = List.copyOf(serviceJavaOptions);
        if (instances < 1) {
            throw new IllegalArgumentException("--instances must be at least 1, not " + instances);
        }
        if (kafkaBrokers < 1) {
            throw new IllegalArgumentException("--kafka-brokers must be at least 1, not " + kafkaBrokers);
        }
    }

    /** One instance of each service on one embedded broker. */
    public StackSettings(Path projectRoot, Path dataDirectory, String mongoUri, String kafkaBootstrapServers,
                         int mongoPort, int kafkaPort, int kafkaControllerPort, int gatewayPort, int planningPort,
                         int catalogPort, int contactPort, List<String> serviceJavaOptions, boolean loadDemoData) {
        this(projectRoot, dataDirectory, mongoUri, kafkaBootstrapServers, mongoPort, kafkaPort, kafkaControllerPort,
                gatewayPort, planningPort, catalogPort, contactPort, serviceJavaOptions, loadDemoData, 1, 1,
                DEFAULT_INSTANCE_PORT_STEP);
    }

    /** These settings with {@code instances} of each service and an embedded Kafka of {@code kafkaBrokers} nodes. */
    public StackSettings withTopology(int instances, int kafkaBrokers) {
        return new StackSettings(projectRoot, dataDirectory, mongoUri, kafkaBootstrapServers, mongoPort, kafkaPort,
                kafkaControllerPort, gatewayPort, planningPort, catalogPort, contactPort, serviceJavaOptions,
                loadDemoData, instances, kafkaBrokers, instancePortStep);
    }

    /** These settings with the instances after the first on any free port. */
    public StackSettings withFreeInstancePorts() {
        return new StackSettings(projectRoot, dataDirectory, mongoUri, kafkaBootstrapServers, mongoPort, kafkaPort,
                kafkaControllerPort, gatewayPort, planningPort, catalogPort, contactPort, serviceJavaOptions,
                loadDemoData, instances, kafkaBrokers, 0);
    }

    /** The port of instance {@code instance} (from 0) of the service whose first instance is on {@code firstPort}. */
    int instancePort(int firstPort, int instance) {
        if (instance == 0) {
            return firstPort;
        }
        return instancePortStep == 0 ? FreePort.next() : firstPort + instance * instancePortStep;
    }

    /** Settings from the environment, with the DESIGN.md default ports. */
    public static StackSettings fromEnvironment(Map<String, String> env, Path projectRoot) {
        return new StackSettings(
                projectRoot,
                Path.of(env.getOrDefault("NETFOCUS_DATA_DIR", projectRoot.resolve(".netfocus-data").toString())),
                blankToNull(env.get("MONGODB_URI")),
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                intOf(env, "NETFOCUS_MONGO_PORT", DEFAULT_MONGO_PORT),
                intOf(env, "NETFOCUS_KAFKA_PORT", DEFAULT_KAFKA_PORT),
                intOf(env, "NETFOCUS_KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT),
                intOf(env, "NETFOCUS_GATEWAY_PORT", DEFAULT_GATEWAY_PORT),
                intOf(env, "NETFOCUS_PLANNING_PORT", DEFAULT_PLANNING_PORT),
                intOf(env, "NETFOCUS_CATALOG_PORT", DEFAULT_CATALOG_PORT),
                intOf(env, "NETFOCUS_CONTACT_PORT", DEFAULT_CONTACT_PORT),
                javaOptions(env.getOrDefault("NETFOCUS_SERVICE_JAVA_OPTS", DEFAULT_JAVA_OPTIONS)),
                !"false".equalsIgnoreCase(env.getOrDefault("NETFOCUS_DEMO_DATA", "true")));
    }

    private static List<String> javaOptions(String options) {
        return List.of(options.trim().split("\\s+"));
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
