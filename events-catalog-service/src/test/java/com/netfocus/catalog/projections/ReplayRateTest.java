package com.netfocus.catalog.projections;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.analytics.AnalyticsStream;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PlanEventsAutoConfiguration;
import com.netfocus.support.planevents.ReplayTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay rate of the catalog's projections: a seeded org's plan events (many plans, four platforms of the org's
 * catalog) are produced to the service's topic while its consumer is stopped, then the consumer starts as a new group
 * would and reads them all, on the real broker and wire server ({@link ReplayTiming}: timed like the benchmark's
 * replay phase). Prints events/s; bigger runs: {@code -DargLine=-Dreplay.plans=1000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
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
        Personas personas = new Personas();
        List<String> platforms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            platforms.add(http.exchange("/api/v1/platforms", HttpMethod.POST, new HttpEntity<>(PlatformJson.valid(
                    "Platform " + i, "SEMINAR", Instant.parse("2031-02-01T16:00:00Z").plus(Duration.ofDays(45L * i)))
                    .toString(), personas.admin.headers()), JsonNode.class).getBody().get("platformId").asText());
        }
        List<PlanEventEnvelope> events = new AnalyticsStream(personas.org, platforms, new Random(20261130), PLANS)
                .events();

        ReplayTiming.replayAndReport("catalog", infrastructure, consumer, events, PLANS, REPLAY_TIMEOUT);

        assertThat(mongo.count(new Query(), PlanNeeds.class)).isEqualTo(PLANS);
    }
}
