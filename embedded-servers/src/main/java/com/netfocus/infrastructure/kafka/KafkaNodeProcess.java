package com.netfocus.infrastructure.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The main class of one node of an {@link EmbeddedKafkaCluster}, in a JVM of its own: {@code <data directory>
 * <node id> <layout>}. It runs until the JVM is asked to stop (SIGTERM: a clean shutdown) or is killed.
 */
public final class KafkaNodeProcess {

    private KafkaNodeProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: KafkaNodeProcess <data directory> <node id> <layout>");
        }
        EmbeddedKafkaBroker node = EmbeddedKafkaBroker.member(Path.of(args[0]), KafkaClusterLayout.parse(args[2]),
                Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "kafka-node-stop"));
        node.start();
        System.out.println("Kafka node " + args[1] + " started at " + node.bootstrapServers());
        stopped.await();
    }
}
