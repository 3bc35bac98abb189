package com.netfocus.planning.support;

import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Produces contact-events records as the contact service does: key contact id, value the JSON of ContactRegistered. */
public final class ContactEvents {

    private ContactEvents() {
    }

    public static void register(String topic, String contactId, String org) {
        try {
            send(topic, contactId, PlanEventCodec.mapper().writeValueAsString(new ContactRegistered(contactId, org)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
