package com.netfocus.catalog.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/** A record whose projection fails for a passing reason (the database is away) is retried, never skipped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionRetryTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "retry");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Instant PROGRAM_START = Instant.parse("2031-05-01T16:00:00Z");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @MockitoSpyBean
    PlatformActivityStore store;

    @Test
    void aRecordFailingOnTheDatabaseIsRetriedUntilItIsApplied() {
        String org = "org-" + UUID.randomUUID();
        String platformId = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(PlatformJson.valid("Flaky dinner", "MEETUP", PROGRAM_START).toString(), Callers.admin(org)),
                JsonNode.class).getBody().get("platformId").asText();
        DataAccessResourceFailureException away = new DataAccessResourceFailureException("database away");
        doThrow(away).doThrow(away).doThrow(away).doCallRealMethod().when(store).write(any());

        String planId = UUID.randomUUID().toString();
        records.send(1, org, new PlatformChosen(planId, platformId, "Flaky dinner", List.of("target-1"), PROGRAM_START,
                PROGRAM_START.plus(Duration.ofHours(2)), 30, 30, 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.exchange(
                "/api/v1/platforms/" + platformId, HttpMethod.GET, new HttpEntity<>(Callers.rep(org)), JsonNode.class)
                .getBody().get("activity").get("timesChosen").asLong()).isEqualTo(1));
        verify(store, atLeast(4)).write(any());
    }
}
