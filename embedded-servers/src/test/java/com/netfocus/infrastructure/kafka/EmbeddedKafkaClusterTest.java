package com.netfocus.infrastructure.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three KRaft nodes, each its own process, form one cluster: a topic gets three replicas needing two in sync; with a
 * node killed (kill -9) records acknowledged by all in-sync replicas are still written and read, and the node comes
 * back into the cluster on its own data.
 */
class EmbeddedKafkaClusterTest {

    private static final String TOPIC = "cluster-check";

    @TempDir
    Path dataDirectory;

    @Test
    void a_three_node_cluster_keeps_taking_and_serving_acknowledged_records_with_one_node_killed() throws Exception {
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(dataDirectory, 3, 0, 0, 3)) {
            String bootstrap = cluster.bootstrapServers();
            assertThat(bootstrap.split(",")).hasSize(3);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all().get();
                TopicDescription topic = describedOnceKnown(admin);
                assertThat(topic.partitions()).hasSize(3)
                        .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
                String minInsync = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, TOPIC))).all().get().values()
                        .iterator().next().get("min.insync.replicas").value();
                assertThat(minInsync).isEqualTo("2");
                int leaderOfFirst = topic.partitions().stream().filter(partition -> partition.partition() == 0)
                        .map(TopicPartitionInfo::leader).findFirst().orElseThrow().id();

                produce(bootstrap, "before");
                cluster.kill(leaderOfFirst);
                assertThat(cluster.isRunning(leaderOfFirst)).isFalse();
                produce(bootstrap, "while-one-is-down");
                assertThat(consumeAll(bootstrap, 6)).containsOnly("before", "while-one-is-down");

                cluster.restart(leaderOfFirst);
                assertThat(cluster.isRunning(leaderOfFirst)).isTrue();
                assertThat(nodesOnceRejoined(admin, 3)).hasSize(3);
            }
        }
    }

    /**
     * The cluster's nodes once a restarted node registered again (a moment after its process is up), or as they are
     * after 30 s.
     */
    private static Collection<Node> nodesOnceRejoined(Admin admin, int expected)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Collection<Node> nodes = admin.describeCluster().nodes().get();
        while (nodes.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            nodes = admin.describeCluster().nodes().get();
        }
        return nodes;
    }

    /** The topic as the cluster describes it once every node learned of it (a moment after it was created). */
    private static TopicDescription describedOnceKnown(Admin admin) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            } catch (java.util.concurrent.ExecutionException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the topic was not described within 30 s", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** One record per partition (keys chosen to spread), each acknowledged by all in-sync replicas. */
    private static void produce(String bootstrap, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer())) {
            for (int partition = 0; partition < 3; partition++) {
                producer.send(new ProducerRecord<>(TOPIC, partition, value + "-" + partition, value)).get();
            }
        }
    }

    private static List<String> consumeAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(60);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        assertThat(values).hasSize(expected);
        return values;
    }
}
