package com.netfocus.catalog.projections;

import com.netfocus.catalog.analytics.AnalyticsStream;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.planevents.PlanEventsAutoConfiguration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay rate of the catalog's projections: a seeded org's plan events (many plans, four platforms of the org's
 * catalog) are produced to the service's topic while its consumer is stopped, then the consumer starts as a new group
 * would and reads them all, on the real broker and wire server. Timed like the benchmark's replay phase, from the first
 * offset committed to the commit of the topic's end; prints events/s. Bigger runs: {@code -Dreplay.plans=600}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayRateTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "replayrate");
    private static final int PLANS = Integer.getInteger("replay.plans", 120);
    private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(5);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier(PlanEventsAutoConfiguration.CONTAINER_BEAN)
    MessageListenerContainer consumer;

    @Test
    void theProjectionsReplayEveryEventOfTheTopic() throws Exception {
        consumer.stop();
        Personas personas = new Personas();
        List<String> platforms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            platforms.add(http.exchange("/api/v1/platforms", HttpMethod.POST, new HttpEntity<>(PlatformJson.valid(
                    "Platform " + i, "SEMINAR", Instant.parse("2031-02-01T16:00:00Z").plus(Duration.ofDays(45L * i)))
                    .toString(), personas.admin.headers()), com.fasterxml.jackson.databind.JsonNode.class)
                    .getBody().get("platformId").asText());
        }
        List<PlanEventEnvelope> events = new AnalyticsStream(personas.org, platforms, new Random(20261130), PLANS)
                .events();
        produce(events);

        long started = System.nanoTime();
        consumer.start();
        long firstAt = 0;
        long firstCommitted = 0;
        long committed = 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            while (committed < events.size() && System.nanoTime() - started < REPLAY_TIMEOUT.toNanos()) {
                committed = committed(admin);
                if (committed > 0 && firstAt == 0) {
                    firstAt = System.nanoTime();
                    firstCommitted = committed;
                }
                Thread.sleep(20);
            }
        }
        double seconds = (System.nanoTime() - firstAt) / 1e9;
        System.out.printf("catalog replay: %d events of %d plans, %d after the first commit in %.2f s: %.0f events/s%n",
                events.size(), PLANS, committed - firstCommitted, seconds, (committed - firstCommitted) / seconds);

        assertThat(committed).isEqualTo(events.size());
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), PlanNeeds.class))
                .isEqualTo(PLANS);
    }

    private static void produce(List<PlanEventEnvelope> events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            events.forEach(envelope -> producer.send(new ProducerRecord<>(infrastructure.planEventsTopic(),
                    envelope.planId(), PlanEventCodec.encode(envelope))));
            producer.flush();
        }
    }

    /** The offsets the service's group committed, over every partition of its topic. */
    private static long committed(Admin admin) throws Exception {
        Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(infrastructure.database())
                .partitionsToOffsetAndMetadata().get();
        return offsets.values().stream().filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
    }
}
