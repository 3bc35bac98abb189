package com.netfocus.planning.publication;

import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.support.TopicLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.planning.publication.BlockedPlansTest.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up check on the real broker: the plan-events topic is created taking what the producer may send, and a
 * topic that takes less makes the service refuse to start, saying what to change.
 */
class PlanEventTopicCheckTest {

    private static final long PRODUCER_LIMIT = 1_048_576;

    @Test
    void aMissingTopicIsCreatedTakingWhatTheProducerMaySend() {
        String topic = "plan-events-created-" + UUID.randomUUID();

        check(topic).verify();

        assertThat(TopicLimits.maxMessageBytes(topic)).isEqualTo(PRODUCER_LIMIT);
    }

    @Test
    void aTopicTakingAtLeastWhatTheProducerMaySendPasses() {
        String topic = "plan-events-larger-" + UUID.randomUUID();
        TopicLimits.create(topic, 2 * PRODUCER_LIMIT);

        check(topic).verify();

        assertThat(TopicLimits.maxMessageBytes(topic)).as("left as it is").isEqualTo(2 * PRODUCER_LIMIT);
    }

    @Test
    void aTopicTakingLessThanTheProducerMaySendIsRefusedSayingWhatToChange() {
        String topic = "plan-events-smaller-" + UUID.randomUUID();
        TopicLimits.create(topic, PRODUCER_LIMIT / 2);

        assertThatThrownBy(() -> check(topic).verify())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the topic " + topic + " takes records of at most 524288 bytes")
                .hasMessageContaining("netfocus.planning.publication.limits.max-request-size")
                .hasMessageContaining("max.message.bytes=1048576");
    }

    @Test
    void theServiceRefusesToStartOnATopicTakingLessThanItsProducerMaySend() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "plan-events-refused-" + run;
        TopicLimits.create(topic, PRODUCER_LIMIT / 2);

        assertThatThrownBy(() -> new SpringApplicationBuilder(PlanningApplication.class)
                .web(WebApplicationType.NONE).run(
                        "--spring.data.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                        "--spring.data.mongodb.database=planning-refused-" + run,
                        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                        "--spring.kafka.consumer.group-id=planning-refused-" + run,
                        "--netfocus.topics.plan-events=" + topic,
                        "--netfocus.topics.catalog-events=catalog-events-refused-" + run,
                        "--netfocus.topics.contact-events=contact-events-refused-" + run,
                        "--netfocus.identity.secret=" + TestIdentity.SECRET).close())
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the topic " + topic + " takes records of at most 524288 bytes");
    }

    private static PlanEventTopicCheck check(String topic) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(SharedInfrastructure.kafkaBootstrapServers()));
        return new PlanEventTopicCheck(kafka, new TopicSettings(topic, "catalog-events", "contact-events"), settings(Map.of()));
    }
}
