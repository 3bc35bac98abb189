package com.netfocus.infrastructure.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who is who in a KRaft cluster whose every node is broker and controller: the cluster id (the same on every node, or
 * the nodes would not form one cluster), each node's id and ports, the partitions of a topic made without saying. The
 * replication follows the size, as in production: three copies and two in sync for a write once there are three
 * nodes (one node may be lost without losing an acknowledged record), one copy on a single node.
 */
public record KafkaClusterLayout(String clusterId, List<Node> nodes, int defaultPartitions) {

    static final String HOST = "localhost";
    private static final int FULL_REPLICATION = 3;

    /** One node: its id (1, 2, ...), its client port and its controller port. */
    public record Node(int id, int brokerPort, int controllerPort) {
    }

    public KafkaClusterLayout {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs at least one node");
        }
    }

    public Node node(int id) {
        return nodes.stream().filter(node -> node.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + id + " in " + nodes));
    }

    /** Every node's client address, e.g. "localhost:9092,localhost:9102,localhost:9112". */
    public String bootstrapServers() {
        return nodes.stream().map(node -> HOST + ":" + node.brokerPort()).collect(Collectors.joining(","));
    }

    /** The controller quorum: every node votes. */
    String quorumVoters() {
        return nodes.stream().map(node -> node.id() + "@" + HOST + ":" + node.controllerPort())
                .collect(Collectors.joining(","));
    }

    int replicationFactor() {
        return Math.min(FULL_REPLICATION, nodes.size());
    }

    /** A write needs this many copies: two of three, so that losing one node loses no acknowledged record. */
    int minInsyncReplicas() {
        return replicationFactor() >= FULL_REPLICATION ? 2 : 1;
    }

    /** One line for a node process's command line; {@link #parse} reads it back. */
    String encode() {
        return clusterId + ";" + defaultPartitions + ";" + nodes.stream()
                .map(node -> node.id() + ":" + node.brokerPort() + ":" + node.controllerPort())
                .collect(Collectors.joining(","));
    }

    static KafkaClusterLayout parse(String encoded) {
        String[] parts = encoded.split(";");
        List<Node> nodes = Arrays.stream(parts[2].split(",")).map(node -> node.split(":"))
                .map(fields -> new Node(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]))).toList();
        return new KafkaClusterLayout(parts[0], nodes, Integer.parseInt(parts[1]));
    }
}
