package com.netfocus.planning.publication;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * Makes the Kafka producer plan events are sent with: every record acknowledged by all in-sync replicas, idempotent
 * (the producer's own retries neither duplicate nor reorder a partition's records), never giving up on a record
 * while the broker is away ({@code deliveryTimeout}), and taking records up to {@code limits.maxRequestSize}, which
 * the event size limit and the topic's {@code max.message.bytes} agree with (see {@link RecordLimits}).
 */
@Component
public class PlanEventProducerFactory {

    private final PlanPublicationSettings settings;
    private final String bootstrapServers;

    public PlanEventProducerFactory(PlanPublicationSettings settings,
                                    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
    }

    Producer<String, byte[]> create() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(settings.deliveryTimeout()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(settings.requestTimeout()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(settings.maxBlock()),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) settings.limits().maxRequestSize().toBytes()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static int millis(Duration duration) {
        return (int) duration.toMillis();
    }
}
