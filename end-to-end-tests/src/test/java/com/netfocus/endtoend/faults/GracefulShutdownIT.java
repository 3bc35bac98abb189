package com.netfocus.endtoend.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.ServiceProcess;
import com.netfocus.reconciliation.ContactProjections;
import com.netfocus.reconciliation.PlanProjection;
import com.netfocus.reconciliation.ProjectionReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service stopped with SIGTERM finishes the requests in flight before it exits; its plan-event consumer, stopped
 * under load, has committed exactly what it applied and left its group, so a restart re-applies nothing.
 */
@ExtendWith(FaultStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GracefulShutdownIT {

    private static final Duration START_WITHIN = Duration.ofMinutes(2);
    private static final String CONTACT_GROUP = "contact-service";
    private static final Duration PACE = Duration.ofMillis(150);

    @Test
    @Order(1)
    void a_slow_request_in_flight_gets_its_whole_answer_when_the_service_is_stopped() throws Exception {
        RunningStack stack = FaultStack.stack();
        Caller rep = new Caller("graceful-rep", PlanWork.ORG, PlanWork.TEAM, Set.of("REP"));
        PlanWork.Ready plan = new PlanWork(FaultStack.client(), rep.userId()).ready();
        ServiceProcess planning = stack.service("planning-service");
        DirectClient client = new DirectClient(planning.url(), stack.identitySecret(), rep);

        // waits (netfocus.consistency.max-wait, 2 s) for a version nobody will write, then answers 503 + Retry-After
        CompletableFuture<DirectClient.Answer> slow = CompletableFuture.supplyAsync(() ->
                client.get("/api/v1/plans/" + plan.planId() + "?minVersion=99"));
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !slow.isDone());
        planning.stop();

        DirectClient.Answer answer = slow.get();
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(planning.isAlive()).isFalse();

        ServiceProcess restarted = planning.relaunch();
        stack.replace(planning, restarted);
        restarted.awaitHealthy(START_WITHIN);
        FaultStack.assertReconciled();
    }

    @Test
    @Order(2)
    void a_consumer_stopped_under_load_has_committed_exactly_what_it_applied_and_left_its_group() {
        RunningStack stack = FaultStack.stack();
        ServiceProcess contacts = stack.service("contact-service");
        try (CommandStream stream = new CommandStream(new PlanWork(FaultStack.client(), "graceful-rep-2"), PACE,
                "graceful");
             ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers());
             MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= 10);
            contacts.stop();
            assertThat(contacts.isAlive()).isFalse();
            assertThat(groups.members(CONTACT_GROUP)).as("left the group on its way out").isZero();
            stream.close();

            // below the committed offset every event is applied; from it on, none that appears there first
            Map<Integer, Long> committed = groups.committed(CONTACT_GROUP);
            Map<String, PlanProjection> applied = ProjectionReader.planPeople(
                    mongo.getDatabase(ContactProjections.DATABASE));
            Set<String> seen = new HashSet<>();
            for (PlanTopic.Placed record : PlanTopic.all(stack.kafkaBootstrapServers())) {
                long appliedSequence = applied.containsKey(record.planId())
                        ? applied.get(record.planId()).appliedSequence() : -1L;
                boolean firstAppearance = seen.add(record.planId() + "/" + record.sequence());
                if (record.offset() < committed.getOrDefault(record.partition(), 0L)) {
                    assertThat(appliedSequence).as("applied below the committed offset: %s", record)
                            .isGreaterThanOrEqualTo(record.sequence());
                } else if (firstAppearance) {
                    assertThat(appliedSequence).as("not applied from the committed offset on: %s", record)
                            .isLessThan(record.sequence());
                }
            }
        }
        ServiceProcess restarted = contacts.relaunch();
        stack.replace(contacts, restarted);
        restarted.awaitHealthy(START_WITHIN);
        FaultStack.assertReconciled();
    }
}
