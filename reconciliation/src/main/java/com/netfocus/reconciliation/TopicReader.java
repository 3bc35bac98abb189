package com.netfocus.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the plan-event topic from its beginning to its current end, without a consumer group (it commits nothing
 * and disturbs no service): the distinct sequences per plan (record key), and how many records are unreadable.
 */
final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, SortedSet<Long>> sequences = new HashMap<>();
    private long unreadable;

    private TopicReader() {
    }

    static TopicReader read(String bootstrapServers, String topic, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        TopicReader reader = new TopicReader();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (!reachedEnd(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(POLL).forEach(reader::add);
            }
        }
        return reader;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    private void add(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode envelope = JSON.readTree(record.value());
            JsonNode sequence = envelope == null ? null : envelope.get("sequence");
            if (record.key() == null || sequence == null || !sequence.canConvertToLong()) {
                unreadable++;
                return;
            }
            sequences.computeIfAbsent(record.key(), planId -> new TreeSet<>()).add(sequence.asLong());
        } catch (IOException e) {
            unreadable++;
        }
    }

    Map<String, SortedSet<Long>> sequences() {
        return sequences;
    }

    long unreadable() {
        return unreadable;
    }
}
