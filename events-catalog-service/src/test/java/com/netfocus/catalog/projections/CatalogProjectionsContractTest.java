package com.netfocus.catalog.projections;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.activity.PlatformActivity;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PollAwareProjectionContract;
import com.netfocus.support.planevents.ProjectionFixture;
import com.netfocus.support.planevents.StoredProjection;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The catalog's projections (plan needs, platform activity, analytics) keep the contract of every poll-aware
 * projection ({@link PollAwareProjectionContract}), each with a seeded org whose plans choose and attend three
 * platforms of its catalog and one of another org's (never counted), and change over months: choices withdrawn,
 * targets retired, attendances corrected and retracted, frames revised, plans closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
class CatalogProjectionsContractTest extends PollAwareProjectionContract {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "contract");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    List<PollAwareProjection<?>> beans;
    @Autowired
    DeadLetterStore deadLetters;
    @Value("${netfocus.catalog.analytics.collection-prefix:analytics}")
    String analyticsPrefix;

    private final Personas personas = new Personas();
    private List<String> platforms;

    @Override
    protected List<ProjectionFixture> projections() {
        return beans.stream().map(this::fixture).toList();
    }

    @Override
    protected DeadLetterStore deadLetters() {
        return deadLetters;
    }

    private ProjectionFixture fixture(PollAwareProjection<?> projection) {
        Supplier<List<String>> collections = switch (projection.name()) {
            case "PlanNeedsProjection" -> () -> List.of(PlanNeeds.COLLECTION);
            case "PlatformActivityProjection" -> () -> List.of(PlatformActivity.COLLECTION);
            case "AnalyticsProjection" -> () -> mongo.getCollectionNames().stream()
                    .filter(name -> name.startsWith(analyticsPrefix + "_")).sorted().toList();
            default -> throw new IllegalStateException("a catalog projection the contract does not know: "
                    + projection.name());
        };
        // the analytics' lists of plans, months, members and platforms are sets: the order they were added in varies
        return new StoredProjection(projection, mongo, collections, List.of("plans", "months", "members", "platforms"),
                (seed, plans) -> PolledEvents.everydayStream(personas.org, platforms(), seed, plans), () -> { });
    }

    /** Three platforms of the org's catalog, made once, and one of another org. */
    private synchronized List<String> platforms() {
        if (platforms == null) {
            platforms = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Personas.Persona admin = i < 3 ? personas.admin : personas.stranger;
                platforms.add(http.exchange("/api/v1/platforms", HttpMethod.POST, new HttpEntity<>(PlatformJson.valid(
                        "Platform " + i, "SEMINAR", Instant.parse("2031-02-01T16:00:00Z")
                                .plus(Duration.ofDays(45L * i))).toString(), admin.headers()), JsonNode.class)
                        .getBody().get("platformId").asText());
            }
        }
        return platforms;
    }
}
