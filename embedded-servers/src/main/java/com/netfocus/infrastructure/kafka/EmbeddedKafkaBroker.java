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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka node in KRaft mode (broker and controller in one process), running in this JVM on a local data
 * directory: a single-node cluster of its own ({@link #start}), or one node of a cluster ({@link #member}, which
 * {@link EmbeddedKafkaCluster} starts in a process of its own per node). The directory is formatted once; a later
 * start on the same directory finds its topics and committed offsets again. It can be stopped and started again on
 * the same ports, which the fault tests use to take the broker away.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int SINGLE_NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String HOST = KafkaClusterLayout.HOST;

    private final Path dataDirectory;
    private final KafkaClusterLayout layout;
    private final KafkaClusterLayout.Node node;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDirectory, KafkaClusterLayout layout, int nodeId) {
        this.dataDirectory = dataDirectory;
        this.layout = layout;
        this.node = layout.node(nodeId);
    }

    /**
     * Starts a single-node cluster on {@code dataDirectory}. A port of 0 picks a free one (fixed from then on, so
     * that a restart keeps the address clients know).
     */
    public static EmbeddedKafkaBroker start(Path dataDirectory, int brokerPort, int controllerPort, int defaultPartitions) {
        KafkaClusterLayout.Node node = new KafkaClusterLayout.Node(SINGLE_NODE_ID,
                brokerPort == 0 ? FreePorts.next() : brokerPort,
                controllerPort == 0 ? FreePorts.next() : controllerPort);
        // the cluster id is only written when the directory is formatted: a fresh one for a fresh directory
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDirectory,
                new KafkaClusterLayout(Uuid.randomUuid().toString(), List.of(node), defaultPartitions), SINGLE_NODE_ID);
        broker.start();
        return broker;
    }

    /** Node {@code nodeId} of the cluster {@code layout} describes, on {@code dataDirectory}; not started yet. */
    public static EmbeddedKafkaBroker member(Path dataDirectory, KafkaClusterLayout layout, int nodeId) {
        return new EmbeddedKafkaBroker(dataDirectory, layout, nodeId);
    }

    /** This node's client address. */
    public String bootstrapServers() {
        return HOST + ":" + node.brokerPort();
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
            if (layout.nodes().size() == 1) {
                // a member of a larger cluster answers once enough of the quorum is up: its starter waits for that
                awaitReady();
            }
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
        String replicas = String.valueOf(layout.replicationFactor());
        String inSync = String.valueOf(layout.minInsyncReplicas());
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node.id()));
        props.put("controller.quorum.voters", layout.quorumVoters());
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + node.brokerPort() + ",CONTROLLER://" + HOST + ":"
                + node.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + node.brokerPort());
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("num.partitions", String.valueOf(layout.defaultPartitions()));
        props.put("auto.create.topics.enable", "true");
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", inSync);
        props.put("unclean.leader.election.enable", "false");
        props.put("offsets.topic.replication.factor", replicas);
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", inSync);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "1");
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        // a node that stops heartbeating is fenced (its partitions led elsewhere) after 4 s instead of 9: on one
        // machine a missed heartbeat means the node is gone
        props.put("broker.session.timeout.ms", "4000");
        props.put("broker.heartbeat.interval.ms", "1000");
        return props;
    }

    private void format(Path logDirectory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setNodeId(node.id())
                .setClusterId(layout.clusterId())
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

}
