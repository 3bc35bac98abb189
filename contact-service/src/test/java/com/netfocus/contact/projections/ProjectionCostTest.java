package com.netfocus.contact.projections;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.people.PlanPeople;
import com.netfocus.contact.testing.PeopleStream;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import com.netfocus.support.planevents.MongoCommands;
import com.netfocus.support.planevents.PlanEventsAutoConfiguration;
import com.netfocus.support.planevents.ReplayTiming;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What the contact service's projections cost, on the real broker and wire server: the MongoDB commands the consumer
 * issues for one attendance (two people met, one of them new, one follow-up promised), counted by a command listener on
 * the service's own client; and the replay rate of a seeded org's plan events (sealed personal fields, people met who
 * become contacts, follow-ups) produced while the consumer is stopped and read by it as a new group would, timed like
 * the benchmark's replay phase from the first offset committed to the commit of the topic's end. Prints both; bigger
 * runs: {@code -DargLine=-Dreplay.plans=1000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MongoCommands.Registration.class)
class ProjectionCostTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "cost");
    private static final int PLANS = Integer.getInteger("replay.plans", 120);
    private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(5);
    private static final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonalData personalData;
    @Autowired
    @Qualifier(PlanEventsAutoConfiguration.CONTAINER_BEAN)
    MessageListenerContainer consumer;

    @AfterAll
    static void closeClients() {
        producer.close();
    }

    @Test
    void theCommandsOfOneAttendance() {
        String org = "org-" + UUID.randomUUID();
        String planId = UUID.randomUUID().toString();
        String rep = "rep-" + org;
        String knownId = http.exchange("/api/v1/contacts", HttpMethod.POST, new HttpEntity<>("""
                {"name": "Kim Known", "company": "Kco", "email": "kim@kco.example"}""", Callers.rep(org)),
                JsonNode.class).getBody().get("contactId").asText();
        send(org, 0, new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40,
                rep, org, "team-1"));
        awaitApplied(planId, 0);
        String personId = UUID.randomUUID().toString();
        PersonalData.Session session = personalData.session();
        EventAttended attended = new EventAttended(planId, "platform-1", Instant.parse("2031-05-01T15:30:00Z"),
                Instant.parse("2031-05-01T18:30:00Z"), 30, 30, 3,
                PersonalFields.sealPeople(session, List.of(new PersonMet(knownId, null, null, null, null, null, null,
                        null), new PersonMet(null, "Nora New", "Nco", "Sales", null, null, "nora@nco.example", null,
                        personId))),
                PersonalFields.sealFollowUps(session, List.of(new FollowUp("f-" + planId, null, "Nora New", null,
                        LocalDate.parse("2031-05-15"), "send the offer", personId))), "n");
        MongoCommands.reset();

        send(org, 1, attended);
        awaitApplied(planId, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(where("_id").is("f-" + planId)),
                "follow_ups"));

        List<String> consumerCommands = MongoCommands.ofThreads(PlanEventsAutoConfiguration.CONTAINER_BEAN).stream()
                .map(command -> command.name() + " " + (command.database().equals(mongo.getDb().getName()) ? ""
                        : command.database() + ".") + command.collection()).toList();
        System.out.printf("contact: one attendance (2 people met, 1 new; 1 follow-up) cost the consumer %d MongoDB "
                + "commands: %s%n", consumerCommands.size(), consumerCommands);
        // each projection reads its documents of the plan once and writes them once; the vault is asked once
        assertThat(consumerCommands).filteredOn(command -> command.endsWith(" plan_people"))
                .containsExactly("find plan_people", "update plan_people");
        assertThat(consumerCommands).filteredOn(command -> command.endsWith(" follow_ups"))
                .containsExactly("find follow_ups", "update follow_ups");
        assertThat(consumerCommands).filteredOn(command -> command.contains("person_keys")).hasSize(1);
    }

    @Test
    void theProjectionsReplayEveryEventOfTheTopic() throws Exception {
        String org = "org-" + UUID.randomUUID();
        List<String> known = new ArrayList<>();
        for (int rep = 0; rep < 6; rep++) {
            known.add(http.exchange("/api/v1/contacts", HttpMethod.POST, new HttpEntity<>(
                    "{\"name\": \"Known " + rep + "\", \"company\": \"Kco\"}",
                    Callers.headers(PeopleStream.repOf(rep), org, "REP")), JsonNode.class)
                    .getBody().get("contactId").asText());
        }
        List<PlanEventEnvelope> events = new PeopleStream(org, new Random(20261130), personalData, known)
                .events(PLANS);
        ReplayTiming.replayAndReport("contact", infrastructure, consumer, events, PLANS, REPLAY_TIMEOUT);

        assertThat(events.stream().map(PlanEventEnvelope::planId).distinct()
                .filter(planId -> mongo.findById(planId, PlanPeople.class) != null).count()).isEqualTo(PLANS);
    }

    private void awaitApplied(String planId, long sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            PlanPeople people = mongo.findById(planId, PlanPeople.class);
            return people != null && people.appliedSequence() >= sequence;
        });
    }

    private static void send(String org, long sequence, PlanEvent event) {
        try {
            producer.send(new ProducerRecord<>(infrastructure.planEventsTopic(), event.planId(), PlanEventCodec.encode(
                    PlanEventCodec.envelope(UUID.randomUUID().toString(), sequence, Instant.now(), "rep-" + org, org,
                            "team-1", "c", event)))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
