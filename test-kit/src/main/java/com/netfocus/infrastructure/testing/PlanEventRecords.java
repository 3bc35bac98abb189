package com.netfocus.infrastructure.testing;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Produces plan event records to a test's topic, as planning-service would: key plan id, value the envelope. */
public final class PlanEventRecords implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    private final String topic;

    public PlanEventRecords(String topic) {
        this.topic = topic;
    }

    public void send(long sequence, String org, PlanEvent event) {
        byte[] value = PlanEventCodec.encode(PlanEventCodec.envelope(UUID.randomUUID().toString(), sequence,
                Instant.now(), "rep-1", org, "team-1", "test-" + UUID.randomUUID(), event));
        sendRaw(event.planId(), value);
    }

    /** The event as {@code actor} caused it (actor, org and team on the envelope) in the request {@code correlationId}. */
    public void send(long sequence, Personas.Persona actor, String correlationId, PlanEvent event) {
        sendRaw(event.planId(), PlanEventCodec.encode(PlanEventCodec.envelope(UUID.randomUUID().toString(), sequence,
                Instant.now(), actor.userId(), actor.org(), actor.team(), correlationId, event)));
    }

    public void sendRaw(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not produce to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
