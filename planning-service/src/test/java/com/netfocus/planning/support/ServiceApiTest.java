package com.netfocus.planning.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.planning.contact.KnownContacts;
import com.netfocus.planning.platform.KnownPlatforms;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The base of the API tests that share one running service (one Spring context on the real wire server and broker).
 * Every test calls as a user of an org of its own, so that org settings, contacts and platforms never leak between
 * tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceApiTest {

    protected static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "service");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected KnownContacts knownContacts;
    @Autowired
    protected KnownPlatforms knownPlatforms;

    protected String org;
    protected Api api;

    @BeforeEach
    void callAsAnOrgOfItsOwn() {
        org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        api = new Api(port, "rep-1", org, "north");
    }

    protected JsonNode history(String planId) {
        return api.get("/api/v1/plans/" + planId + "/history").body();
    }

    protected void assertHistoryLength(String planId, int expected) {
        assertThat(history(planId)).hasSize(expected);
    }

    protected JsonNode plan(String planId) {
        return api.get("/api/v1/plans/" + planId).body();
    }

    /** Registers a contact for the test's org, as the contact service would, and waits until planning knows it. */
    protected String knownContact() {
        String contactId = UUID.randomUUID().toString();
        ContactEvents.register(names.contactEvents(), contactId, org);
        await().atMost(Duration.ofSeconds(30)).until(() -> knownContacts.isKnown(contactId, org));
        return contactId;
    }

    /** Lists a platform in the test's org catalog and waits until planning knows it. */
    protected String listedPlatform() {
        return known(PlanFlow.listPlatform(names.catalogEvents(), org));
    }

    /** Lists a platform of this programme and audience in the test's org catalog and waits until planning knows it. */
    protected String listedPlatform(Instant programStartsAt, Instant programEndsAt,
                                    List<AudienceShare> audience) {
        return known(PlanFlow.listPlatform(names.catalogEvents(), org, programStartsAt, programEndsAt, audience));
    }

    private String known(String platformId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> knownPlatforms.find(platformId, org).isPresent());
        return platformId;
    }

    /** Lists a platform with its place and audience in the test's org catalog and waits until planning knows it. */
    protected String listedPlatform(String location, int expectedAttendance, List<AudienceShare> audience) {
        return known(PlanFlow.listPlatform(names.catalogEvents(), org, location, expectedAttendance, audience));
    }

    /** The field names of a problem's errors. */
    protected static List<String> fields(Api.Response response) {
        return response.body().path("errors").findValuesAsText("field");
    }

    protected static void assertProblem(Api.Response response, int status, String... fields) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).as(String.valueOf(response.body())).contains(fields);
    }
}
