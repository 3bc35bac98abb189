package com.netfocus.planning.publication;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the Kafka producer plan events are sent with: every record acknowledged by all in-sync replicas, idempotent
 * (the producer's own retries neither duplicate nor reorder a partition's records), never giving up on a record
 * while the broker is away ({@code deliveryTimeout}), and taking records up to {@code limits.maxRequestSize}, which
 * the event size limit and the topic's {@code max.message.bytes} agree with (see {@link RecordLimits}). It connects as
 * the service's other Kafka clients do ({@code spring.kafka}'s servers and security settings); the settings above
 * are its own and win over anything {@code spring.kafka.producer} says.
 */
@Component
public class PlanEventProducerFactory {

    private final PlanPublicationSettings settings;
    private final Map<String, Object> clientProperties;

    public PlanEventProducerFactory(PlanPublicationSettings settings, KafkaProperties kafka) {
        this.settings = settings;
        this.clientProperties = kafka.buildProducerProperties(null);
    }

    Producer<String, byte[]> create() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(settings.deliveryTimeout()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(settings.requestTimeout()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(settings.maxBlock()),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) settings.limits().maxRequestSize().toBytes()));
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    private static int millis(Duration duration) {
        return (int) duration.toMillis();
    }
}
