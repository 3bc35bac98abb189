package com.netfocus.planning.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.ContactEvents;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.support.personaldata.KeyVault;
import com.netfocus.support.personaldata.PersonalData;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding on the real broker and wire server: the personal fields of people met never reach the event store
 * or Kafka in plain text, and once the person's keys are destroyed (the contact service's erasure) and
 * {@code ContactErased} arrives, nothing can open them, the plan shows "[erased]" and records the erasure once, while
 * the other people of the same attendance stay readable. Erasure changes no stored byte: the plan's hash chain stays
 * intact.
 */
class PersonalDataErasureApiTest extends ServiceApiTest {

    private static final String ADA = "Ada Lovelace";
    private static final String ADA_EMAIL = "ada@lovelace.test";
    private static final String GRACE = "Grace Hopper";
    private static final String GRACE_EMAIL = "grace@navy.test";
    private static final Pattern SEALED = Pattern.compile("pii:v1:([^:\"\\\\]+):([A-Za-z0-9+/=]+)");

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private PersonalData personalData;
    @Autowired
    private KeyVault vault;

    @Test
    void erased_people_are_unreadable_everywhere_and_the_history_shows_the_erasure_once() {
        String grace = knownContact();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        String platformId = listedPlatform();
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        Api.Response attended = api.post("/api/v1/plans/" + planId + "/attendance", """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s",
                 "contactsMet":[{"name":"%s","company":"Analytical Engines","email":"%s","targetId":"%s"},
                                {"contactId":"%s","name":"%s","email":"%s"}],
                 "followUps":[{"personName":"%s","dueOn":"%s","action":"send the deck"}]}
                """.formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT,
                ADA, ADA_EMAIL, targetId, grace, GRACE, GRACE_EMAIL, ADA, PlanFlow.PROGRAM_START.atZone(
                        java.time.ZoneOffset.UTC).toLocalDate().plusDays(3)));
        assertThat(attended.status()).as(String.valueOf(attended.body())).isEqualTo(201);

        JsonNode before = plan(planId).path("attendance").get(0);
        assertThat(before.path("contactsMet").get(0).path("name").asText()).isEqualTo(ADA);
        assertThat(before.path("contactsMet").get(1).path("email").asText()).isEqualTo(GRACE_EMAIL);
        assertThat(plan(planId).path("followUps").get(0).path("personName").asText()).isEqualTo(ADA);
        String adaPersonId = before.path("contactsMet").get(0).path("personId").asText();
        String adaContactId = "contact-of-" + adaPersonId;

        // stored and published: sealed, never plain
        String stored = storedEvents(planId);
        List<String> records = await().atMost(Duration.ofSeconds(30)).until(() -> kafkaRecords(planId),
                found -> found.stream().anyMatch(value -> value.contains("EventAttended")));
        assertThat(stored).contains("pii:v1:" + adaPersonId + ":", "pii:v1:" + grace + ":", "Analytical Engines");
        for (String raw : withAll(stored, records)) {
            assertThat(raw).doesNotContain(ADA, ADA_EMAIL, GRACE, GRACE_EMAIL);
        }

        // the contact service destroyed Ada's keys and said so
        personalData.erase(adaContactId);
        personalData.erase(adaPersonId);
        erased(adaContactId, List.of(adaContactId, adaPersonId));

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures(planId, adaContactId) == 1);
        JsonNode after = plan(planId);
        JsonNode people = after.path("attendance").get(0).path("contactsMet");
        assertThat(people.get(0).path("name").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(people.get(0).path("email").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(people.get(0).path("company").asText()).isEqualTo("Analytical Engines");
        assertThat(after.path("followUps").get(0).path("personName").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(people.get(1).path("name").asText()).isEqualTo(GRACE);
        assertThat(people.get(1).path("email").asText()).isEqualTo(GRACE_EMAIL);
        JsonNode history = history(planId);
        JsonNode attendedEntry = history.get(history.size() - 2).path("payload");
        assertThat(attendedEntry.path("contactsMet").get(0).path("name").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(history.get(history.size() - 1).path("payload").path("contactId").asText()).isEqualTo(adaContactId);
        assertThat(history.toString()).doesNotContain(ADA, ADA_EMAIL, "pii:v1:");

        // no copy of Ada's fields opens any more: the store, and the records on Kafka
        for (String raw : withAll(storedEvents(planId), kafkaRecords(planId))) {
            Matcher sealed = SEALED.matcher(raw);
            while (sealed.find()) {
                boolean ofAda = sealed.group(1).equals(adaPersonId);
                assertThat(vault.existingKey(sealed.group(1)).isPresent()).isEqualTo(!ofAda);
                assertThat(personalData.reveal(sealed.group()))
                        .isIn(ofAda ? List.of(PersonalData.ERASED) : List.of(GRACE, GRACE_EMAIL));
            }
        }

        // a redelivery adds nothing; Grace's own erasure, sent behind it on the same partition, shows it was read
        erased(adaContactId, List.of(adaContactId, adaPersonId));
        personalData.erase(grace);
        ContactEvents.send(names.contactEvents(), adaContactId, json(new ContactErased(grace, org, Instant.now(),
                "rep-1", "corr-grace", List.of(grace))));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasures(planId, grace) == 1);
        assertThat(erasures(planId, adaContactId)).isEqualTo(1);
        assertThat(knownContacts.isKnown(grace, org)).isFalse();
        assertThat(plan(planId).path("attendance").get(0).path("contactsMet").get(1).path("name").asText())
                .isEqualTo(PersonalData.ERASED);

        // the keys are gone, the stored events are not touched: the plan's hash chain is whole from 0 to the end
        JsonNode verdict = api.get("/api/v1/plans/" + planId + "/history/verification").body();
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("chainStartsAt").asLong()).isZero();
        assertThat(verdict.path("checkedEvents").asLong()).isEqualTo(history(planId).size());
    }

    private void erased(String contactId, List<String> keys) {
        ContactEvents.send(names.contactEvents(), contactId, json(new ContactErased(contactId, org, Instant.now(),
                "rep-1", "corr-erasure", keys)));
    }

    private long erasures(String planId, String contactId) {
        return StreamSupport.stream(history(planId).spliterator(), false)
                .filter(entry -> entry.path("type").asText().equals("PersonalDataErased"))
                .filter(entry -> entry.path("payload").path("contactId").asText().equals(contactId)).count();
    }

    /** The plan's raw event documents, as stored. */
    private String storedEvents(String planId) {
        List<String> documents = new ArrayList<>();
        mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", planId))
                .forEach(document -> documents.add(document.toJson()));
        assertThat(documents).isNotEmpty();
        return String.join("\n", documents);
    }

    /** The raw bytes of the plan's records on the plan events topic, as text. */
    private List<String> kafkaRecords(String planId) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, TestInfrastructure.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(names.planEvents(), p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (planId.equals(record.key())) {
                        values.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return values;
        }
    }

    private static List<String> withAll(String stored, List<String> records) {
        List<String> all = new ArrayList<>(records);
        all.add(stored);
        return all;
    }

    private static String json(Object value) {
        try {
            return PlanEventCodec.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
