package com.netfocus.support.planevents;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEventsAutoConfigurationTest {

    @Test
    void theGroupFallsBackToTheApplicationNameAndReadsFromTheStartCommittingItself() {
        Map<String, Object> props = PlanEventsAutoConfiguration.consumerProperties(new KafkaProperties(), null,
                "contact-service", null);

        assertThat(props).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "contact-service")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    @Test
    void aConfiguredGroupWins() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getConsumer().setGroupId("catalog-projections");

        assertThat(PlanEventsAutoConfiguration.consumerProperties(kafka, null, "events-catalog-service", null))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "catalog-projections");
    }

    @Test
    void aGroupOfThePlanEventsOwnWinsOverTheServicesGroup() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getConsumer().setGroupId("planning-service");

        assertThat(PlanEventsAutoConfiguration.consumerProperties(kafka, null, "planning-service",
                "planning-service-plan-list")).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "planning-service-plan-list");
        assertThat(PlanEventsAutoConfiguration.consumerProperties(kafka, null, "planning-service", " "))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "planning-service");
    }

    @Test
    void aPollHoldsThousandsOfRecordsSoThatAReplaysEventsShareTheirDocumentsReads() {
        PlanEventsConsumerProperties defaults = new PlanEventsConsumerProperties(1, Duration.ofMillis(200), 2.0,
                Duration.ofSeconds(10), null, 5000, DataSize.ofMegabytes(8));

        assertThat(PlanEventsAutoConfiguration.pollSizes(defaults))
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000)
                .containsEntry(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    }

    @Test
    void withoutAnyGroupNameItRefusesToStart() {
        assertThatThrownBy(() -> PlanEventsAutoConfiguration.consumerProperties(new KafkaProperties(), null, "", null))
                .isInstanceOf(IllegalStateException.class);
    }
}
