package com.netfocus.infrastructure.testing;

import com.netfocus.contracts.plan.PlanEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a topic of JSON event records (catalog events, contact events) from its start, as another service
 * would, collecting what it saw.
 */
public final class EventRecordsReader<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Class<V> type;
    private final List<KeyedRecord<V>> seen = new ArrayList<>();

    public EventRecordsReader(String topic, Class<V> type) {
        this.type = type;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "events-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls once more and answers every record seen so far. */
    public List<KeyedRecord<V>> poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            try {
                seen.add(new KeyedRecord<>(record.key(), PlanEventCodec.mapper().readValue(record.value(), type)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }

    public record KeyedRecord<V>(String key, V value) {
    }
}
