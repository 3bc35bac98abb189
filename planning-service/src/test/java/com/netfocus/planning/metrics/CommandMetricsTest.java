package com.netfocus.planning.metrics;

import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus scrape shows the command latency per command type, accepted and refused apart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class CommandMetricsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "metrics");
    }

    @LocalServerPort
    int port;

    @Test
    void eachCommandTypeHasItsLatencyTimer() throws Exception {
        Api api = new Api(port, "rep-1", "acme", "north");
        String planId = PlanFlow.createPlan(api);
        assertThat(PlanFlow.defineObjective(api, planId).status()).isEqualTo(201);

        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(scrape).containsPattern("netfocus_command_seconds_count\\{command=\"CreatePlan\",outcome=\"accepted\"[^}]*} 1")
                .containsPattern("netfocus_command_seconds_count\\{command=\"DefineObjective\",outcome=\"accepted\"");
    }
}
