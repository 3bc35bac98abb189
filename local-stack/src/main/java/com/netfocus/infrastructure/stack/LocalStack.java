package com.netfocus.infrastructure.stack;

import com.netfocus.infrastructure.kafka.EmbeddedKafkaBroker;
import com.netfocus.infrastructure.kafka.EmbeddedKafkaCluster;
import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole suite on one machine: the embedded MongoDB wire server (file-backed) and a real KRaft Kafka
 * broker in this JVM, or with {@code --kafka-brokers N} a KRaft cluster of N brokers, each its own process (or
 * external servers from MONGODB_URI / KAFKA_BOOTSTRAP_SERVERS), the services as their own processes ({@code
 * --instances N} of each, the gateway balancing over them), the demo data; prints the URLs; stops everything on
 * Ctrl-C.
 */
public final class LocalStack {

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final int LOCAL_PARTITIONS = 3;
    private static final int IDENTITY_SECRET_BYTES = 32;

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("logback.configurationFile", "netfocus-stack-logback.xml");
        Path projectRoot = Path.of(System.getProperty("netfocus.project-root", ".")).toAbsolutePath().normalize();
        StackSettings settings;
        try {
            settings = LaunchArguments.apply(List.of(args), StackSettings.fromEnvironment(System.getenv(), projectRoot));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Instant begun = Instant.now();
        RunningStack stack = start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Netfocus...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "netfocus-stop"));
        System.out.println(stack.describe().replace("Netfocus is running.",
                "Netfocus is running (started in " + Duration.between(begun, Instant.now()).toMillis() / 1000.0 + " s)."));
        stopped.await();
    }

    private static String freshSecret() {
        byte[] secret = new byte[IDENTITY_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Starts the suite and returns once every service is healthy (and the demo data is in, if asked). */
    public static RunningStack start(StackSettings settings) {
        return start(settings, Map.of());
    }

    /**
     * As {@link #start(StackSettings)}, with extra environment for every service (tests tune timeouts with it,
     * e.g. {@code SPRING_APPLICATION_JSON}).
     */
    public static RunningStack start(StackSettings settings, Map<String, String> serviceEnvironment) {
        EmbeddedMongoServer embeddedMongo = null;
        EmbeddedKafkaBroker embeddedKafka = null;
        EmbeddedKafkaCluster kafkaCluster = null;
        List<ServiceProcess> services = new ArrayList<>();
        try {
            String mongoUri = settings.mongoUri();
            if (mongoUri == null) {
                embeddedMongo = EmbeddedMongoServer.fileBacked(settings.dataDirectory().resolve("mongo"), "localhost",
                        settings.mongoPort());
                mongoUri = embeddedMongo.connectionString();
            }
            String kafka = settings.kafkaBootstrapServers();
            if (kafka == null && settings.kafkaBrokers() > 1) {
                kafkaCluster = EmbeddedKafkaCluster.start(settings.dataDirectory().resolve("kafka-cluster"),
                        settings.kafkaBrokers(), settings.kafkaPort(), settings.kafkaControllerPort(), LOCAL_PARTITIONS);
                kafka = kafkaCluster.bootstrapServers();
            } else if (kafka == null) {
                embeddedKafka = EmbeddedKafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(),
                        settings.kafkaControllerPort(), LOCAL_PARTITIONS);
                kafka = embeddedKafka.bootstrapServers();
            }
            // the gateway seals caller identities with it and the services check the seal: new at every start
            String identitySecret = freshSecret();
            Map<String, String> common = new HashMap<>(serviceEnvironment);
            common.putAll(Map.of(
                    "MONGODB_URI", mongoUri,
                    "KAFKA_BOOTSTRAP_SERVERS", kafka,
                    "SPRING_PROFILES_ACTIVE", "local",
                    "NETFOCUS_IDENTITY_SECRET", identitySecret));
            Map<String, String> gateway = new HashMap<>(common);
            for (Backend backend : Backend.values()) {
                for (int instance = 0; instance < settings.instances(); instance++) {
                    ServiceProcess process = ServiceProcess.launch(backend.module(), backend.instanceName(instance),
                            settings.instancePort(backend.firstPort(settings), instance), common, settings);
                    services.add(process);
                    gateway.put(backend.instanceVariable(instance), process.url());
                }
            }
            services.add(ServiceProcess.launch("gateway", settings.gatewayPort(), gateway, settings));
            for (ServiceProcess service : services) {
                service.awaitHealthy(SERVICE_START_TIMEOUT);
            }
            RunningStack stack = new RunningStack(settings, mongoUri, kafka, embeddedMongo,
                    new RunningStack.EmbeddedKafka(embeddedKafka, kafkaCluster), services, identitySecret);
            RoutedBackends.await(stack.client(), SERVICE_START_TIMEOUT);
            if (settings.loadDemoData()) {
                new DemoData(stack.client(), settings.dataDirectory()).loadIfAbsent();
            }
            return stack;
        } catch (RuntimeException e) {
            services.forEach(ServiceProcess::stop);
            if (embeddedKafka != null) {
                embeddedKafka.close();
            }
            if (kafkaCluster != null) {
                kafkaCluster.close();
            }
            if (embeddedMongo != null) {
                embeddedMongo.close();
            }
            throw e;
        }
    }
}
