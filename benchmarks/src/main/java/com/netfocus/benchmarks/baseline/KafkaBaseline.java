package com.netfocus.benchmarks.baseline;

import com.netfocus.benchmarks.stack.Workers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The raw limits of the broker with kafka-clients and the publisher's settings (acks=all, idempotence, 5 in flight,
 * linger 1 ms): producing pipelined (send, ack later: the most the broker takes), producing one record at a time per
 * thread waiting for each acknowledgement (how the publication waits), and consuming a topic from the start in a
 * fresh group (the limit replay is compared with).
 */
public final class KafkaBaseline {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CONSUME_TIMEOUT = Duration.ofMinutes(3);

    private KafkaBaseline() {
    }

    public record Rate(long records, double seconds, double recordsPerSecond) {
    }

    /** Real plan-event values to send (the first records of the topic), so record sizes match the real ones. */
    public static List<byte[]> sampleValues(String bootstrap, String topic, int max) {
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, "bench-sample-" + System.nanoTime())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.size() < max && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (values.size() < max) {
                        values.add(record.value());
                    }
                }
            }
        }
        if (values.isEmpty()) {
            values.add(new byte[700]);
        }
        return values;
    }

    public static Rate producePipelined(String bootstrap, String topic, List<byte[]> values, int records, int keys)
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            producer.partitionsFor(topic);
            CountDownLatch acked = new CountDownLatch(records);
            AtomicReference<Exception> failure = new AtomicReference<>();
            long begun = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "plan-" + i % keys, values.get(i % values.size())),
                        (metadata, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            }
                            acked.countDown();
                        });
            }
            producer.flush();
            acked.await(5, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - begun) / 1e9;
            if (failure.get() != null) {
                throw failure.get();
            }
            return new Rate(records, seconds, records / seconds);
        }
    }

    public static Rate produceAcknowledgedEach(String bootstrap, String topic, List<byte[]> values, int records,
                                               int threads) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            producer.partitionsFor(topic);
            AtomicInteger next = new AtomicInteger();
            long begun = System.nanoTime();
            Workers.run(threads, worker -> {
                for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
                    producer.send(new ProducerRecord<>(topic, "plan-" + i % 400, values.get(i % values.size()))).get();
                }
            });
            double seconds = (System.nanoTime() - begun) / 1e9;
            return new Rate(records, seconds, records / seconds);
        }
    }

    /** Reads {@code expected} records from the start in a new group; timed from the first record to the last. */
    public static Rate consume(String bootstrap, String topic, long expected) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, "bench-raw-consume-" + System.nanoTime())) {
            consumer.subscribe(List.of(topic));
            long count = 0;
            long first = 0;
            long last = 0;
            long deadline = System.nanoTime() + CONSUME_TIMEOUT.toNanos();
            while (count < expected && System.nanoTime() < deadline) {
                int polled = consumer.poll(POLL).count();
                if (polled > 0) {
                    if (count == 0) {
                        first = System.nanoTime();
                    }
                    count += polled;
                    last = System.nanoTime();
                }
            }
            double seconds = Math.max(1e-6, (last - first) / 1e9);
            return new Rate(count, seconds, count / seconds);
        }
    }

    /** A producer with the publisher's settings. */
    public static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer from the start of its topics, committing nothing. */
    public static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
