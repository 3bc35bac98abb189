package com.netfocus.benchmarks.replay;

import com.netfocus.benchmarks.baseline.KafkaBaseline;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The first records of a topic copied into a new one, each into the partition of the same number with its key,
 * value and headers: every partition's copy is a beginning of the original, so each plan's events in it are the
 * first of its history, in order. A replay then reads a bounded number of events, whatever the run produced before.
 */
final class TopicCopy {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private TopicCopy() {
    }

    /** Copies up to {@code records} records of {@code from} into a new {@code to}; answers how many it copied. */
    static long copy(String bootstrap, String from, String to, long records) throws Exception {
        try (KafkaOffsets offsets = new KafkaOffsets(bootstrap)) {
            offsets.createTopic(to, offsets.partitions(from));
        }
        try (KafkaConsumer<String, byte[]> consumer = KafkaBaseline.consumer(bootstrap, "bench-copy-" + to);
             KafkaProducer<String, byte[]> producer = KafkaBaseline.producer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(from).stream()
                    .map(info -> new TopicPartition(from, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long available = ends.values().stream().mapToLong(Long::longValue).sum();
            long wanted = Math.min(records, available);
            int targetPartitions = producer.partitionsFor(to).size();
            long copied = 0;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (copied < wanted && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (copied < wanted) {
                        producer.send(new ProducerRecord<>(to, record.partition() % targetPartitions, record.key(),
                                record.value(), record.headers()));
                        copied++;
                    }
                }
            }
            producer.flush();
            return copied;
        }
    }
}
