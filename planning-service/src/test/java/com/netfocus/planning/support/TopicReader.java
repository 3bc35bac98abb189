package com.netfocus.planning.support;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Reads the plan events topic from the beginning, keeping every record seen, in partition order. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = IntStream.range(0, TestInfrastructure.PARTITIONS)
                .mapToObj(p -> new TopicPartition(topic, p)).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls once and returns everything received so far. */
    public synchronized List<Received> poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Header correlation = record.headers().lastHeader(CallerHeaders.CORRELATION_ID);
            received.add(new Received(record.key(), record.partition(), PlanEventCodec.decode(record.value()),
                    correlation == null ? null : new String(correlation.value(), StandardCharsets.UTF_8),
                    record.serializedValueSize()));
        }
        return List.copyOf(received);
    }

    /** The envelopes received for one plan, in arrival order. */
    public List<PlanEventEnvelope> of(String planId) {
        return poll().stream().filter(r -> planId.equals(r.key())).map(Received::envelope).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }

    /**
     * {@code correlationHeader}: the record's X-Correlation-Id header, if it has one; {@code valueBytes}: the size of
     * its value as sent.
     */
    public record Received(String key, int partition, PlanEventEnvelope envelope, String correlationHeader,
                           int valueBytes) {
    }
}
