package com.netfocus.endtoend.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.endtoend.FreePorts;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.ServiceProcess;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands racing on one plan, from two clients of one planning instance and from two planning instances (each with
 * its own aggregate cache): every command is applied or refused with 409 problem+json (most are retried
 * transparently), the plan's sequence stays gap-free with one event per accepted command, and the publication puts
 * every event on Kafka with first appearances in order, even with two instances publishing one plan.
 */
@ExtendWith(FaultStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentCommandsIT {

    private static final int PER_CLIENT = 15;
    private static final Duration START_WITHIN = Duration.ofMinutes(2);

    @Test
    @Order(1)
    void two_clients_racing_on_one_plan_through_one_instance_keep_its_sequence_intact() throws Exception {
        RunningStack stack = FaultStack.stack();
        Caller rep = new Caller("race-rep-1", PlanWork.ORG, PlanWork.TEAM, Set.of("REP"));
        PlanWork.Ready plan = new PlanWork(FaultStack.client(), rep.userId()).ready();
        DirectClient planning = new DirectClient(stack.service("planning-service").url(), stack.identitySecret(), rep);

        List<DirectClient.Answer> answers = race(plan, List.of(planning, planning));

        assertCleanOutcomes(answers);
        assertIntactSequence(planning, plan.planId(), answers);
        FaultStack.assertReconciled();
        assertThat(PlanTopic.firstAppearancesInOrder(PlanTopic.sequencesOf(stack.kafkaBootstrapServers(),
                plan.planId()))).isTrue();
    }

    @Test
    @Order(2)
    void two_planning_instances_racing_on_one_plan_keep_its_sequence_and_publish_every_event_in_order()
            throws Exception {
        RunningStack stack = FaultStack.stack();
        ServiceProcess first = stack.service("planning-service");
        ServiceProcess second = first.anotherInstance(FreePorts.next());
        stack.add(second);
        second.awaitHealthy(START_WITHIN);
        Caller rep = new Caller("race-rep-2", PlanWork.ORG, PlanWork.TEAM, Set.of("REP"));
        PlanWork.Ready plan = new PlanWork(FaultStack.client(), rep.userId()).ready();
        DirectClient one = new DirectClient(first.url(), stack.identitySecret(), rep);
        DirectClient two = new DirectClient(second.url(), stack.identitySecret(), rep);
        // both caches hold the plan before the race, so each instance starts from a copy the other will outdate
        assertThat(one.get("/api/v1/plans/" + plan.planId()).status()).isEqualTo(200);
        assertThat(two.get("/api/v1/plans/" + plan.planId()).status()).isEqualTo(200);

        List<DirectClient.Answer> answers = race(plan, List.of(one, two));

        assertCleanOutcomes(answers);
        assertIntactSequence(one, plan.planId(), answers);
        assertIntactSequence(two, plan.planId(), answers);
        second.stop();
        FaultStack.assertReconciled();
        assertThat(PlanTopic.firstAppearancesInOrder(PlanTopic.sequencesOf(stack.kafkaBootstrapServers(),
                plan.planId()))).isTrue();
    }

    /** Each client sends {@link #PER_CLIENT} outreach commands on the plan, all clients starting together. */
    private static List<DirectClient.Answer> race(PlanWork.Ready plan, List<DirectClient> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<DirectClient.Answer>>> results = new ArrayList<>();
            for (DirectClient client : clients) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<DirectClient.Answer> answers = new ArrayList<>();
                    for (int i = 0; i < PER_CLIENT; i++) {
                        answers.add(client.post("/api/v1/plans/" + plan.planId() + "/outreach", Map.of(
                                "targetId", plan.targetId(), "channel", "EMAIL",
                                "happenedAt", Instant.now().minus(Duration.ofMinutes(1)).toString(),
                                "summary", "race " + i)));
                    }
                    return answers;
                }));
            }
            start.countDown();
            List<DirectClient.Answer> all = new ArrayList<>();
            for (Future<List<DirectClient.Answer>> result : results) {
                all.addAll(result.get());
            }
            return Collections.unmodifiableList(all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertCleanOutcomes(List<DirectClient.Answer> answers) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isIn(201, 409);
            if (answer.status() == 409) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        });
        assertThat(answers).filteredOn(answer -> answer.status() == 201).isNotEmpty();
    }

    /** The history (as this instance reads it): sequences 0..n-1, one event per accepted command after the 3 set-up ones. */
    private static void assertIntactSequence(DirectClient client, String planId, List<DirectClient.Answer> answers) {
        long accepted = answers.stream().filter(answer -> answer.status() == 201).count();
        JsonNode history = client.get("/api/v1/plans/" + planId + "/history?limit=1000").body();
        List<Long> sequences = new ArrayList<>();
        List<String> types = new ArrayList<>();
        history.forEach(event -> {
            sequences.add(event.get("sequence").asLong());
            types.add(event.get("type").asText());
        });
        assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, 3 + accepted).boxed().toList());
        assertThat(types).filteredOn("OutreachLogged"::equals).hasSize((int) accepted);
    }
}
