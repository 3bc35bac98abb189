package com.netfocus.infrastructure.stack;

import com.netfocus.infrastructure.kafka.EmbeddedKafkaBroker;
import com.netfocus.infrastructure.kafka.EmbeddedKafkaCluster;
import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;

import java.util.ArrayList;
import java.util.List;

/** The started suite: its URLs, and a close that stops the services first and the infrastructure last. */
public final class RunningStack implements AutoCloseable {

    private final StackSettings settings;
    private final String mongoUri;
    private final String kafkaBootstrapServers;
    private final EmbeddedMongoServer embeddedMongo;
    private final EmbeddedKafka embeddedKafka;
    private final List<ServiceProcess> services;
    private final String identitySecret;
    private boolean closed;

    /** The embedded Kafka the stack started: one broker in this JVM, or a cluster of processes; neither if external. */
    record EmbeddedKafka(EmbeddedKafkaBroker broker, EmbeddedKafkaCluster cluster) {

        boolean isPresent() {
            return broker != null || cluster != null;
        }

        void close() {
            if (broker != null) {
                broker.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    RunningStack(StackSettings settings, String mongoUri, String kafkaBootstrapServers,
                 EmbeddedMongoServer embeddedMongo, EmbeddedKafka embeddedKafka, List<ServiceProcess> services,
                 String identitySecret) {
        this.settings = settings;
        this.identitySecret = identitySecret;
        this.mongoUri = mongoUri;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.embeddedMongo = embeddedMongo;
        this.embeddedKafka = embeddedKafka;
        this.services = new ArrayList<>(services);
    }

    /**
     * The secret the gateway seals caller identities with in this run: tests and the benchmark call a service
     * directly with it, as the gateway would, and tests prove it never reaches a log.
     */
    public String identitySecret() {
        return identitySecret;
    }

    /** Each service's log file (its whole output), in start order. */
    public List<java.nio.file.Path> logFiles() {
        return services.stream().map(ServiceProcess::logFile).toList();
    }

    public String gatewayUrl() {
        return settings.gatewayUrl();
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public GatewayClient client() {
        return new GatewayClient(gatewayUrl());
    }

    /** The running process of a service by its module name (e.g. {@code contact-service}). */
    public synchronized ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Every running instance of a module (planning-service, planning-service-2, ...), in start order. */
    public synchronized List<ServiceProcess> instances(String module) {
        return services.stream().filter(service -> service.name().equals(module)
                || service.name().matches(java.util.regex.Pattern.quote(module) + "-\\d+")).toList();
    }

    /** Puts {@code replacement} (a relaunch or another instance) in the place of {@code stopped}, so close() stops it. */
    public synchronized void replace(ServiceProcess stopped, ServiceProcess replacement) {
        services.set(services.indexOf(stopped), replacement);
    }

    /** Adds a process started beside the suite (a second instance), stopped with it. Gateway stays last. */
    public synchronized void add(ServiceProcess extra) {
        services.add(0, extra);
    }

    /** The embedded MongoDB server, or null when the stack uses an external one. */
    public EmbeddedMongoServer embeddedMongo() {
        return embeddedMongo;
    }

    /** The embedded Kafka broker, or null when the stack uses an external one or a cluster of them. */
    public EmbeddedKafkaBroker embeddedKafka() {
        return embeddedKafka.broker();
    }

    /** The embedded Kafka cluster ({@code --kafka-brokers} above 1), or null. */
    public EmbeddedKafkaCluster kafkaCluster() {
        return embeddedKafka.cluster();
    }

    /** The URLs a person needs, for the console. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Netfocus is running.\n");
        text.append("  Web app:                 ").append(gatewayUrl()).append("/app/  (sign in as ")
                .append(DemoData.DEMO_REP).append(", org ").append(DemoData.DEMO_ORG).append(')').append('\n');
        text.append("  API (gateway):           ").append(gatewayUrl()).append("/api/v1  (browsable: ")
                .append(gatewayUrl()).append("/api/docs)\n");
        for (ServiceProcess service : services) {
            text.append(String.format("  %-24s %s  (log: %s)%n", service.name() + ":", service.url(), service.logFile()));
        }
        text.append("  MongoDB:                 ").append(mongoUri).append(embeddedMongo != null ? "  (embedded, data in "
                + settings.dataDirectory().resolve("mongo") + ")" : "  (external)").append('\n');
        text.append("  Kafka:                   ").append(kafkaBootstrapServers).append(kafkaDescription()).append('\n');
        text.append("  Get a token:             curl -s -X POST ").append(gatewayUrl())
                .append("/api/v1/dev/token -H 'Content-Type: application/json' -d '{\"sub\":\"")
                .append(DemoData.DEMO_REP).append("\",\"org\":\"").append(DemoData.DEMO_ORG).append("\",\"team\":\"")
                .append(DemoData.DEMO_TEAM).append("\",\"roles\":[\"REP\"]}'\n");
        text.append("Press Ctrl-C to stop everything.");
        return text.toString();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // the gateway first, so no new request reaches a service that is stopping
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        embeddedKafka.close();
        if (embeddedMongo != null) {
            embeddedMongo.close();
        }
    }

    private String kafkaDescription() {
        if (embeddedKafka.cluster() != null) {
            return "  (embedded KRaft cluster of " + settings.kafkaBrokers() + " brokers, each its own process; data and "
                    + "logs in " + settings.dataDirectory().resolve("kafka-cluster") + ")";
        }
        return embeddedKafka.isPresent() ? "  (embedded KRaft, data in " + settings.dataDirectory().resolve("kafka") + ")"
                : "  (external)";
    }
}
