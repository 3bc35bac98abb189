package com.netfocus.planning.contact;

import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.ContactEvents;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Named contacts are checked against the local copy fed by the contact service's events: no contact service runs in
 * this test, so targets are accepted without it.
 */
class KnownContactsApiTest extends ServiceApiTest {

    @Autowired
    MongoTemplate mongo;

    private Api.Response targetFor(String planId, String objectiveId, String contactId) {
        return api.post("/api/v1/plans/" + planId + "/targets", """
                {"objectiveId":"%s","contactId":"%s","priority":2,"rationale":"she knows the buyers"}
                """.formatted(objectiveId, contactId));
    }

    @Test
    void aContactRegisteredForTheOrgIsAcceptedAsATargetWithoutTheContactService() {
        String contactId = knownContact();
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);

        Api.Response created = targetFor(planId, objectiveId, contactId);

        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(plan(planId).path("targets").get(0).path("contactId").asText()).isEqualTo(contactId);
    }

    @Test
    void anUnknownContactOrOneOfAnotherOrgIsA422OnContactIdAndChangesNothing() {
        String otherOrgsContact = UUID.randomUUID().toString();
        ContactEvents.register(names.contactEvents(), otherOrgsContact, "other-" + org);
        await().atMost(Duration.ofSeconds(30)).until(() -> knownContacts.isKnown(otherOrgsContact, "other-" + org));
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);

        assertProblem(targetFor(planId, objectiveId, "0b6a3c7e-5d1f-4e2a-9c3b-000000000008"), 422, "contactId");
        assertProblem(targetFor(planId, objectiveId, otherOrgsContact), 422, "contactId");
        assertHistoryLength(planId, 2);
    }

    @Test
    void aRedeliveredRegistrationChangesNothing() {
        String contactId = knownContact();
        ContactEvents.register(names.contactEvents(), contactId, org);
        String marker = knownContact();

        assertThat(knownContacts.isKnown(marker, org)).isTrue();
        assertThat(mongo.getCollection(KnownContacts.COLLECTION).countDocuments(Filters.eq("org", org))).isEqualTo(2);
    }

    @Test
    void anUnreadableRecordIsSkippedAndDoesNotBlockThePartition() {
        String contactId = "contact-" + UUID.randomUUID();
        // same key, same partition: the good record comes after the bad ones
        ContactEvents.send(names.contactEvents(), contactId, "this is not JSON");
        ContactEvents.send(names.contactEvents(), contactId, "{\"org\":\"" + org + "\"}");
        ContactEvents.register(names.contactEvents(), contactId, org);

        await().atMost(Duration.ofSeconds(30)).until(() -> knownContacts.isKnown(contactId, org));
        assertThat(mongo.getCollection(KnownContacts.COLLECTION).countDocuments(Filters.eq("org", org))).isEqualTo(1);
    }
}
