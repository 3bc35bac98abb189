package com.netfocus.infrastructure.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka cluster in KRaft mode on this machine: {@code size} nodes, each broker and controller, each in a
 * JVM of its own ({@link KafkaNodeProcess}) on its own data directory, with a log file beside it. Topics made without
 * saying get three replicas and need two in sync for a write once there are three nodes, as in production. A node can
 * be killed (as {@code kill -9}: no clean shutdown) and started again on the same ports and data; the cluster id is
 * kept in the data directory, so a later start on it is the same cluster.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    /** Node i (from 1) listens on the first port + (i - 1) x this, its controller likewise. */
    public static final int PORT_STEP = 10;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final List<String> NODE_JAVA_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");
    private static final String CLUSTER_ID_FILE = "cluster-id";

    private final Path dataDirectory;
    private final KafkaClusterLayout layout;
    private final Map<Integer, Process> processes = new LinkedHashMap<>();
    private final Set<Integer> killed = new HashSet<>();

    private EmbeddedKafkaCluster(Path dataDirectory, KafkaClusterLayout layout) {
        this.dataDirectory = dataDirectory;
        this.layout = layout;
    }

    /**
     * Starts {@code size} nodes on {@code dataDirectory} and returns once every one is in the cluster. A first port of
     * 0 gives every node free ports instead (kept across its restarts).
     */
    public static EmbeddedKafkaCluster start(Path dataDirectory, int size, int firstBrokerPort, int firstControllerPort,
                                             int defaultPartitions) {
        List<KafkaClusterLayout.Node> nodes = new ArrayList<>();
        for (int id = 1; id <= size; id++) {
            int offset = (id - 1) * PORT_STEP;
            nodes.add(new KafkaClusterLayout.Node(id,
                    firstBrokerPort == 0 ? FreePorts.next() : firstBrokerPort + offset,
                    firstControllerPort == 0 ? FreePorts.next() : firstControllerPort + offset));
        }
        EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(dataDirectory,
                new KafkaClusterLayout(clusterId(dataDirectory), nodes, defaultPartitions));
        try {
            nodes.forEach(node -> cluster.launch(node.id()));
            nodes.forEach(node -> cluster.awaitCounted(node.id(), true));
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Every node's client address. */
    public String bootstrapServers() {
        return layout.bootstrapServers();
    }

    public List<Integer> nodeIds() {
        return layout.nodes().stream().map(KafkaClusterLayout.Node::id).toList();
    }

    public synchronized boolean isRunning(int nodeId) {
        Process process = processes.get(nodeId);
        return process != null && process.isAlive();
    }

    /** Ends node {@code nodeId}'s process at once (SIGKILL): no controlled shutdown, nothing flushed. */
    public synchronized void kill(int nodeId) {
        Process process = processes.get(nodeId);
        if (process != null) {
            killed.add(nodeId);
            process.destroyForcibly();
            waitFor(process, STOP_GRACE);
        }
    }

    /**
     * Starts node {@code nodeId} again on its ports and data, and returns once the cluster counts it again. A node
     * killed a moment ago is still counted until the controller fences it (it stops heartbeating): that happens
     * first, so that the node counted afterwards is the new one.
     */
    public void restart(int nodeId) {
        if (!isRunning(nodeId)) {
            awaitCounted(nodeId, false);
        }
        launch(nodeId);
        awaitListening(layout.node(nodeId));
        awaitCounted(nodeId, true);
    }

    /** Stops every node cleanly (SIGTERM), forcing those that do not end in time. */
    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(process -> {
            if (!waitFor(process, STOP_GRACE)) {
                process.destroyForcibly();
                waitFor(process, STOP_GRACE);
            }
        });
        processes.clear();
    }

    private synchronized void launch(int nodeId) {
        if (isRunning(nodeId)) {
            return;
        }
        Path nodeDirectory = dataDirectory.resolve("node-" + nodeId);
        Path logFile = dataDirectory.resolve("node-" + nodeId + ".log");
        List<String> javaOptions = new ArrayList<>(NODE_JAVA_OPTIONS);
        String logging = System.getProperty("logback.configurationFile");
        if (logging != null) {
            javaOptions.add("-Dlogback.configurationFile=" + logging);
        }
        try {
            Files.createDirectories(nodeDirectory);
            Process process = new ProcessBuilder(JavaCommand.of(KafkaNodeProcess.class, javaOptions,
                    List.of(nodeDirectory.toString(), String.valueOf(nodeId), layout.encode())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            processes.put(nodeId, process);
            killed.remove(nodeId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka node " + nodeId, e);
        }
    }

    /**
     * Waits until the cluster's live (unfenced) nodes do or do not include {@code nodeId}; fails early, naming the
     * log, if a running node's process ends.
     */
    private void awaitCounted(int nodeId, boolean counted) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            while (true) {
                failIfANodeEnded();
                try {
                    boolean present = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes()
                            .get(5, TimeUnit.SECONDS).stream().anyMatch(node -> node.id() == nodeId);
                    if (present == counted) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the quorum or the nodes' listeners are not up yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Kafka cluster did not " + (counted ? "count" : "drop")
                            + " node " + nodeId + " within " + READY_TIMEOUT + "; see "
                            + dataDirectory.resolve("node-" + nodeId + ".log"));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka cluster", e);
        }
    }

    /** A node opens its client port once it has caught up with the cluster's metadata. */
    private void awaitListening(KafkaClusterLayout.Node node) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            failIfANodeEnded();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(KafkaClusterLayout.HOST, node.brokerPort()), 1000);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka node " + node.id() + " did not listen within "
                            + READY_TIMEOUT + "; see " + dataDirectory.resolve("node-" + node.id() + ".log"));
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka node " + node.id(), e);
            }
        }
    }

    /** A node's process that ended without being killed or stopped here. */
    private synchronized void failIfANodeEnded() {
        processes.forEach((nodeId, process) -> {
            if (!process.isAlive() && !killed.contains(nodeId)) {
                throw new IllegalStateException("Kafka node " + nodeId + " ended with code " + process.exitValue()
                        + "; see " + dataDirectory.resolve("node-" + nodeId + ".log"));
            }
        });
    }

    /** The cluster's id: the one kept in the data directory, or a new one kept there from now on. */
    private static String clusterId(Path dataDirectory) {
        Path file = dataDirectory.resolve(CLUSTER_ID_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDirectory);
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Kafka cluster id in " + dataDirectory, e);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
