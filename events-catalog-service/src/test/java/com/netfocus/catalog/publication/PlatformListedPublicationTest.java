package com.netfocus.catalog.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.platform.PlatformKind;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.infrastructure.testing.BrokerOutage;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.EventRecordsReader;
import com.netfocus.infrastructure.testing.EventRecordsReader.KeyedRecord;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every platform added reaches the catalog events topic: right away, after a broker outage during which the
 * first attempt failed (only the timer can publish it then), and after a stop between store and publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformListedPublicationTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "publication");
    private static final Instant PROGRAM_START = Instant.parse("2031-09-15T18:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
        // Short timer settings so the outage test does not wait for production intervals.
        registry.add("netfocus.catalog.publication.resend-after", () -> "2s");
        registry.add("netfocus.catalog.publication.resend-interval", () -> "PT0.5S");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlatformListedPublisher publisher;

    private EventRecordsReader<PlatformListed> reader;

    @BeforeEach
    void startReading() {
        reader = new EventRecordsReader<>(infrastructure.catalogEventsTopic(), PlatformListed.class);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    @Test
    void anAddedPlatformIsPublishedKeyedByItsIdAndMarkedPublished() {
        String org = "org-" + UUID.randomUUID();
        String platformId = addPlatform(org, "Harbour networking evening");

        KeyedRecord<PlatformListed> listing = awaitListing(platformId);

        PlatformListed listed = listing.value();
        assertThat(listing.key()).isEqualTo(platformId);
        assertThat(listed.org()).isEqualTo(org);
        assertThat(listed.name()).isEqualTo("Harbour networking evening");
        assertThat(listed.kind()).isEqualTo("TRADE_SHOW");
        assertThat(listed.programStartsAt()).isEqualTo(PROGRAM_START);
        assertThat(listed.programEndsAt()).isEqualTo(PROGRAM_START.plus(Duration.ofHours(2)));
        assertThat(listed.startsAt()).isEqualTo(PROGRAM_START.minus(Duration.ofHours(1)));
        assertThat(listed.endsAt()).isEqualTo(PROGRAM_START.plus(Duration.ofHours(4)));
        assertThat(listed.location()).isEqualTo("Town hall, Utrecht");
        assertThat(listed.organizer()).isEqualTo("Chamber of Commerce");
        assertThat(listed.cost()).isEqualTo(45.50);
        assertThat(listed.expectedAttendance()).isEqualTo(120);
        assertThat(listed.audience()).containsExactly(
                new AudienceShare("Purchasing", "Director", "Logistics", 0.4),
                new AudienceShare("Operations", "Manager", null, 0.3));
        assertThat(listed.listedBy()).isEqualTo(stored(platformId).createdBy()).isNotBlank();
        assertThat(listed.listedAt()).isEqualTo(stored(platformId).createdAt());
        await().atMost(WAIT).until(() -> stored(platformId).listedPublished());
    }

    @Test
    void aPlatformAddedWhileTheBrokerIsAwayIsPublishedOnceItIsBack() {
        String org = "org-" + UUID.randomUUID();
        long failedBefore = publisher.unacknowledgedAttempts();
        String platformId = BrokerOutage.during(() -> {
            String added = addPlatform(org, "Added during the outage");
            // Only once the first attempt has failed is the timer the one that must publish it.
            await().atMost(WAIT).until(() -> publisher.unacknowledgedAttempts() > failedBefore);
            assertThat(stored(added).listedPublished()).isFalse();
            return added;
        });

        assertThat(awaitListing(platformId).value().name()).isEqualTo("Added during the outage");
        await().atMost(WAIT).until(() -> stored(platformId).listedPublished());
    }

    @Test
    void aPlatformStoredButNeverPublishedIsPublishedByTheTimer() {
        // As if the service stopped between storing the platform and publishing it.
        String platformId = UUID.randomUUID().toString();
        mongo.insert(new Platform(platformId, "org-" + UUID.randomUUID(), "admin-1",
                Instant.now().minus(Duration.ofHours(1)), "Left behind", PlatformKind.SEMINAR, null, null,
                PROGRAM_START.minus(Duration.ofHours(1)), PROGRAM_START.plus(Duration.ofHours(3)), PROGRAM_START,
                PROGRAM_START.plus(Duration.ofHours(2)), "Rotterdam", BigDecimal.ZERO, true, 50, List.of(), false));

        assertThat(awaitListing(platformId).value().name()).isEqualTo("Left behind");
        await().atMost(WAIT).until(() -> stored(platformId).listedPublished());
    }

    private KeyedRecord<PlatformListed> awaitListing(String platformId) {
        return await().atMost(WAIT).until(() -> reader.poll().stream()
                        .filter(listing -> listing.value().platformId().equals(platformId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private Platform stored(String platformId) {
        return mongo.findById(platformId, Platform.class);
    }

    private String addPlatform(String org, String name) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(PlatformJson.valid(name, "TRADE_SHOW", PROGRAM_START).toString(), Callers.admin(org)),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }
}
