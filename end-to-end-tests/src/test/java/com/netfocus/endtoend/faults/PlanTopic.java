package com.netfocus.endtoend.faults;

import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One plan's records on the plan-event topic, in the order the topic holds them (one partition per plan). */
final class PlanTopic {

    private PlanTopic() {
    }

    /** A record of the topic: where it is, which event of which plan it carries, the request that made it. */
    record Placed(int partition, long offset, String planId, long sequence, String correlationId) {
    }

    static List<Long> sequencesOf(String bootstrapServers, String planId) {
        return all(bootstrapServers).stream().filter(record -> record.planId().equals(planId))
                .map(Placed::sequence).toList();
    }

    /** Every record of the topic, partition by partition in offset order. */
    static List<Placed> all(String bootstrapServers) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(ConsumerGroups.PLAN_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<Placed> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    PlanEventEnvelope envelope = PlanEventCodec.decode(record.value());
                    records.add(new Placed(record.partition(), record.offset(), record.key(), envelope.sequence(),
                            envelope.correlationId()));
                });
            }
            records.sort(java.util.Comparator.comparingInt(Placed::partition).thenComparingLong(Placed::offset));
            return records;
        }
    }

    /**
     * Whether each sequence first appears after all lower ones: the order consumers apply them in. Copies sent
     * again later (after a retry, or by a second instance) may come anywhere: consumers drop them.
     */
    static boolean firstAppearancesInOrder(List<Long> sequences) {
        long next = 0;
        for (long sequence : sequences) {
            if (sequence > next) {
                return false;
            }
            if (sequence == next) {
                next++;
            }
        }
        return true;
    }
}
