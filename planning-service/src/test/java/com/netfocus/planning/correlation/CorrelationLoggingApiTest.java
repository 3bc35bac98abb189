package com.netfocus.planning.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The correlation id a request sends is on the events it causes, on their Kafka records, and in the service's log
 * lines about it: the request thread's and the publication worker's; a Kafka listener logs the id a record carries.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorrelationLoggingApiTest extends ServiceApiTest {

    private static final String PACKAGE = "com.netfocus.planning";

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void logDebug() {
        logging.setLogLevel(PACKAGE, LogLevel.DEBUG);
    }

    @AfterEach
    void logAsConfigured() {
        logging.setLogLevel(PACKAGE, null);
    }

    @Test
    void theRequestsCorrelationIdIsOnItsLogLinesItsEventAndItsRecord(CapturedOutput output) {
        String planId = PlanFlow.createPlan(api);
        try (TopicReader topic = new TopicReader(names.planEvents())) {
            Api.Response defined = PlanFlow.defineObjective(api, planId);
            String correlationId = defined.correlationId();
            assertThat(defined.status()).isEqualTo(201);
            assertThat(correlationId).startsWith("corr-");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(linesOf(output, correlationId))
                    .anySatisfy(line -> assertThat(line).contains("DefineObjective on plan " + planId + " by rep-1"))
                    .anySatisfy(line -> assertThat(line)
                            .contains("publisher-", "PublicationSettlement", "published plan " + planId)));
            assertThat(history(planId).get(1).path("correlationId").asText()).isEqualTo(correlationId);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.poll())
                    .anySatisfy(record -> {
                        assertThat(record.envelope().planId()).isEqualTo(planId);
                        assertThat(record.envelope().sequence()).isEqualTo(1);
                        assertThat(record.envelope().correlationId()).isEqualTo(correlationId);
                        assertThat(record.correlationHeader()).isEqualTo(correlationId);
                    }));
        }
    }

    @Test
    void aRefusedRequestLogsItsRefusalWithItsCorrelationId(CapturedOutput output) {
        String planId = PlanFlow.createPlan(api);
        String correlationId = "corr-refused-" + UUID.randomUUID();

        Api.Response refused = new Api(port, "rep-2", org, "north")
                .get("/api/v1/plans/" + planId, correlationId);
        Api.Response changeRefused = PlanFlow.defineObjective(new Api(port, "rep-2", org, "north"), planId);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.correlationId()).isEqualTo(correlationId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesOf(output,
                changeRefused.correlationId()))
                .anySatisfy(line -> assertThat(line).contains("DefineObjective on plan " + planId, "refused",
                        "only the owner")));
    }

    @Test
    void aKafkaListenerLogsTheCorrelationIdOfTheRecordItHandles(CapturedOutput output) throws Exception {
        String platformId = "platform-" + UUID.randomUUID();
        String correlationId = "corr-catalog-" + UUID.randomUUID();
        PlatformListed listed = new PlatformListed(platformId, org, "Hospital finance forum", "CONFERENCE",
                PlanFlow.PROGRAM_START.minus(1, ChronoUnit.HOURS), PlanFlow.PROGRAM_END, PlanFlow.PROGRAM_START,
                PlanFlow.PROGRAM_END);
        ProducerRecord<String, String> record = new ProducerRecord<>(names.catalogEvents(), platformId,
                PlanEventCodec.mapper().writeValueAsString(listed));
        record.headers().add(CallerHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(linesOf(output, correlationId))
                .anySatisfy(line -> assertThat(line).contains("platform " + platformId + " of org " + org)));
    }

    /** The captured log lines that carry the id where the logging pattern puts it. */
    private static List<String> linesOf(CapturedOutput output, String correlationId) {
        return output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]")).toList();
    }
}
