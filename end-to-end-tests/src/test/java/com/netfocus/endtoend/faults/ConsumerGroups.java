package com.netfocus.endtoend.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** The consumer groups of the services as the broker sees them: members, committed offsets, the topic's end. */
final class ConsumerGroups implements AutoCloseable {

    static final String PLAN_EVENTS = "netfocus.plan-events";

    private final Admin admin;

    ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    int members(String group) {
        return describe(group).members().size();
    }

    /** The offsets the group committed on the plan-event topic, per partition. */
    Map<Integer, Long> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Map<Integer, Long> committed = new TreeMap<>();
        offsets.forEach((partition, offset) -> {
            if (partition.topic().equals(PLAN_EVENTS) && offset != null) {
                committed.put(partition.partition(), offset.offset());
            }
        });
        return committed;
    }

    /** The end of each partition of the plan-event topic. */
    Map<Integer, Long> ends() {
        int partitions = get(admin.describeTopics(java.util.List.of(PLAN_EVENTS)).allTopicNames())
                .get(PLAN_EVENTS).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, partitions).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(PLAN_EVENTS, p), p -> OffsetSpec.latest()));
        return get(admin.listOffsets(latest).all()).entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().partition(), entry -> entry.getValue().offset(), (a, b) -> a, TreeMap::new));
    }

    private ConsumerGroupDescription describe(String group) {
        return get(admin.describeConsumerGroups(java.util.List.of(group)).all()).get(group);
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }

}
