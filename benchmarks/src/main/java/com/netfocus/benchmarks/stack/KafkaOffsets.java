package com.netfocus.benchmarks.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * End offsets of a topic and what a consumer group has committed of it: how far a projection has read; and the
 * benchmark's own topics, made before anything is sent to them.
 */
public final class KafkaOffsets implements AutoCloseable {

    /** The topic every projection reads, and the consumer groups of the projecting services. */
    public static final String PLAN_EVENTS = "netfocus.plan-events";
    public static final List<String> PROJECTION_GROUPS = List.of("events-catalog-service", "contact-service");

    private static final long ANSWER_WITHIN_SECONDS = 10;
    private static final long LEADER_POLL_MILLIS = 50;

    private final Admin admin;

    public KafkaOffsets(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Records in the topic (sum of the partitions' end offsets); 0 if the topic does not exist yet. */
    public long endOffsets(String topic) {
        return sumOrZero(() -> {
            Map<String, TopicDescription> described = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            described.get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(request).all()
                    .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            return offsets.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        });
    }

    /** What the group committed on the topic, summed over partitions; 0 before its first commit. */
    public long committed(String group, String topic) {
        return sumOrZero(() -> {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            return offsets.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        });
    }

    /** An admin request summing offsets, the broker's answer awaited. */
    @FunctionalInterface
    private interface OffsetSum {
        long ask() throws ExecutionException, InterruptedException, TimeoutException;
    }

    /** The sum, or 0 where Kafka answers that there is nothing yet (an unknown topic, a group with no commit). */
    private static long sumOrZero(OffsetSum request) {
        try {
            return request.ask();
        } catch (ExecutionException nothingYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    /** Waits until every group has committed the topic's end; answers the seconds it took. */
    public double awaitCaughtUp(List<String> groups, String topic, java.time.Duration timeout)
            throws InterruptedException {
        long begun = System.nanoTime();
        long deadline = begun + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long end = endOffsets(topic);
            boolean caughtUp = true;
            for (String group : groups) {
                caughtUp &= committed(group, topic) >= end;
            }
            if (caughtUp) {
                return (System.nanoTime() - begun) / 1e9;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(groups + " did not catch up with " + topic + " within " + timeout);
    }

    /** How many partitions the topic has. */
    public int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS)
                .get(topic).partitions().size();
    }

    /**
     * Makes a topic of the benchmark's own with the broker's replication, and waits until every partition has a
     * leader. Sending to a topic the broker makes on first use lets an idempotent producer's first batches race the
     * partitions' leadership: on a loaded machine the broker then refused a partition's first batch as out of order
     * again and again (run 20261207-213013), and the raw produce baseline never ended.
     */
    public void createTopic(String topic, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all()
                .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
        while (!led(topic, partitions)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the partitions of " + topic + " have no leader after "
                        + ANSWER_WITHIN_SECONDS + " s");
            }
            TimeUnit.MILLISECONDS.sleep(LEADER_POLL_MILLIS);
        }
    }

    private boolean led(String topic, int partitions) {
        try {
            List<TopicPartitionInfo> described = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS).get(topic).partitions();
            return described.size() == partitions && described.stream().allMatch(p -> p.leader() != null);
        } catch (ExecutionException | TimeoutException notYetKnown) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
