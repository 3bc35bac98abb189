package com.netfocus.infrastructure.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), running in
 * this JVM on a local data directory. The directory is formatted once; a later start on the same directory
 * finds its topics and committed offsets again. It can be stopped and started again on the same ports,
 * which the fault tests use to take the broker away.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String HOST = "localhost";

    private final Path dataDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private final int defaultPartitions;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDirectory, int brokerPort, int controllerPort, int defaultPartitions) {
        this.dataDirectory = dataDirectory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.defaultPartitions = defaultPartitions;
    }

    /**
     * Starts a broker on {@code dataDirectory}. A port of 0 picks a free one (fixed from then on, so that
     * a restart keeps the address clients know).
     */
    public static EmbeddedKafkaBroker start(Path dataDirectory, int brokerPort, int controllerPort, int defaultPartitions) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDirectory,
                brokerPort == 0 ? freePort() : brokerPort,
                controllerPort == 0 ? freePort() : controllerPort,
                defaultPartitions);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Path logDirectory = dataDirectory.resolve("kafka-logs");
            Files.createDirectories(logDirectory);
            KafkaConfig config = KafkaConfig.fromProps(properties(logDirectory));
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                format(logDirectory);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka data directory " + dataDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Kafka broker did not start", e);
        }
    }

    /** Stops the broker; its data stays, and {@link #start()} brings it back on the same ports. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties(Path logDirectory) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("num.partitions", String.valueOf(defaultPartitions));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        return props;
    }

    private void format(Path logDirectory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka did not become ready within " + READY_TIMEOUT, notYet);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
