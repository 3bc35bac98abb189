package com.netfocus.planning.metrics;

import com.netfocus.infrastructure.testing.ManagementEndpoints;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Prometheus scrape shows the command latency per command type, accepted and refused apart, and the delay of each
 * event's way to Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class CommandMetricsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "metrics");
    }

    @LocalServerPort
    int port;

    /** The counts are exact only while no other test of the class sends commands in this context. */
    @Test
    void eachCommandTypeHasItsLatencyTimerAndEveryAcknowledgedEventItsPublicationDelay() throws Exception {
        long publishedBefore = publicationDelayCount();
        Api api = new Api(port, "rep-1", "acme", "north");
        String planId = PlanFlow.createPlan(api);
        assertThat(PlanFlow.defineObjective(api, planId).status()).isEqualTo(201);

        assertThat(scrape()).containsPattern("netfocus_command_seconds_count\\{command=\"CreatePlan\",outcome=\"accepted\"[^}]*} 1")
                .containsPattern("netfocus_command_seconds_count\\{command=\"DefineObjective\",outcome=\"accepted\"");
        // PlanCreated and ObjectiveDefined, each once on Kafka
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(publicationDelayCount()).isEqualTo(publishedBefore + 2));
        assertThat(scrape()).containsPattern("netfocus_publication_delay_seconds\\{[^}]*quantile=\"0.99\"[^}]*} ");
    }

    private long publicationDelayCount() throws Exception {
        Matcher count = Pattern.compile("(?m)^netfocus_publication_delay_seconds_count(?:\\{[^}]*})? (\\S+)$")
                .matcher(scrape());
        return count.find() ? (long) Double.parseDouble(count.group(1)) : 0;
    }

    @Test
    void onlyHealthIsOpenToAnyoneAndMetricsNeedTheManagementToken() {
        ManagementEndpoints.assertOnlyHealthIsOpen("http://localhost:" + port);
    }

    private String scrape() {
        return ManagementEndpoints.scrape("http://localhost:" + port);
    }
}
