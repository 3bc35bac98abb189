package com.netfocus.endtoend.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.endtoend.TestStacks;
import com.netfocus.infrastructure.kafka.EmbeddedKafkaCluster;
import com.netfocus.infrastructure.stack.LocalStack;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scaled-out deployment under steady load, as run-local.sh --instances 2 --kafka-brokers 3 starts it: two
 * instances of each service behind the gateway, a KRaft cluster of three broker processes (replication factor 3,
 * min.insync.replicas 2). One planning instance, one catalog instance and one Kafka broker are killed (kill -9) in
 * turn while commands and reads go on; the service instances are started again as a restart policy would, the broker
 * stays away. No acknowledged command is lost (every 2xx command's event is in the event store and on the topic),
 * every command that failed was answered with a problem (503 with Retry-After when no instance could take it), never a
 * 500; every read was answered (the gateway tries a failed GET on the other instance); publication and projections go
 * on, and the reconciliation finds no difference.
 */
class ClusterFaultIT {

    private static final Duration PACE = Duration.ofMillis(120);
    private static final Duration START_WITHIN = Duration.ofMinutes(3);
    private static final Duration PHASE_WITHIN = Duration.ofSeconds(60);
    /** Accepted commands between two faults: the load goes on across each one. */
    private static final int COMMANDS_PER_PHASE = 12;
    private static final String PLAN_EVENTS = ConsumerGroups.PLAN_EVENTS;

    @Test
    void killing_a_planning_instance_a_catalog_instance_and_a_broker_under_load_loses_no_acknowledged_command()
            throws Exception {
        Instant begun = Instant.now();
        RunningStack stack = LocalStack.start(TestStacks.clusterOnFreePorts(
                Files.createTempDirectory("netfocus-cluster-faults")), FaultStack.QUICK_REJOIN);
        try {
            Duration startUp = Duration.between(begun, Instant.now());
            EmbeddedKafkaCluster kafka = stack.kafkaCluster();
            assertThat(kafka.nodeIds()).hasSize(3);
            assertThat(stack.instances("planning-service")).hasSize(2);
            assertThat(stack.instances("events-catalog-service")).hasSize(2);
            assertThat(stack.instances("contact-service")).hasSize(2);

            PlanWork firstRep = new PlanWork(stack.client(), "cluster-rep-1");
            PlanWork secondRep = new PlanWork(stack.client(), "cluster-rep-2");
            PlanWork reader = new PlanWork(stack.client(), "cluster-reader");
            String readPlan = reader.ready().planId();
            List<CommandStream> commands = List.of(new CommandStream(firstRep, PACE, "cluster-1"),
                    new CommandStream(secondRep, PACE, "cluster-2"));
            ReadStream reads = new ReadStream(List.of(() -> reader.plan(readPlan), reader::platforms,
                    reader::contacts), PACE, "cluster");
            try {
                awaitMoreAccepted(commands);

                ServiceProcess planning = stack.service("planning-service");
                planning.kill();
                awaitMoreAccepted(commands);

                ServiceProcess catalog = stack.service("events-catalog-service");
                catalog.kill();
                awaitMoreAccepted(commands);

                int broker = leaderOfMostPlanEventPartitions(stack.kafkaBootstrapServers());
                kafka.kill(broker);
                assertThat(kafka.isRunning(broker)).isFalse();
                awaitMoreAccepted(commands);

                // as a restart policy would: the killed instances come back, the gateway finds them healthy again
                for (ServiceProcess killed : List.of(planning, catalog)) {
                    ServiceProcess restarted = killed.relaunch();
                    stack.replace(killed, restarted);
                    restarted.awaitHealthy(START_WITHIN);
                }
                awaitMoreAccepted(commands);
            } finally {
                commands.forEach(CommandStream::close);
                reads.close();
            }

            List<CommandStream.Outcome> outcomes = commands.stream().flatMap(stream -> stream.outcomes().stream())
                    .toList();
            assertEveryFailedCommandWasAnsweredWithAProblem(outcomes);
            assertThat(reads.statuses()).as("every read answered, a failed one tried again on the other instance")
                    .containsOnlyKeys(200);
            FaultStack.assertReconciled(stack);
            assertEveryAcceptedCommandIsStoredAndPublished(outcomes, Map.of(firstRep, commands.get(0),
                    secondRep, commands.get(1)), stack.kafkaBootstrapServers());
            System.out.printf("cluster fault test: start-up %d s, whole test %d s, commands %s, reads %s%n",
                    startUp.toSeconds(), Duration.between(begun, Instant.now()).toSeconds(),
                    commands.stream().map(CommandStream::statuses).toList(), reads.statuses());
        } finally {
            stack.close();
        }
    }

    private static void awaitMoreAccepted(List<CommandStream> commands) {
        Map<CommandStream, Integer> before = new HashMap<>();
        commands.forEach(stream -> before.put(stream, stream.answered(201)));
        await().atMost(PHASE_WITHIN).until(() -> commands.stream()
                .allMatch(stream -> stream.answered(201) >= before.get(stream) + COMMANDS_PER_PHASE));
    }

    private static void assertEveryFailedCommandWasAnsweredWithAProblem(List<CommandStream.Outcome> outcomes) {
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.status()).as("an answer, never a dropped connection").isNotEqualTo(CommandStream.NO_ANSWER);
            assertThat(outcome.status()).as("never a 500").isNotEqualTo(500);
            if (!outcome.accepted()) {
                assertThat(outcome.status()).as("an instance killed under the command: %s", outcome)
                        .isIn(502, 503, 504);
                assertThat(outcome.contentType()).startsWith("application/problem+json");
                if (outcome.status() == 503) {
                    assertThat(outcome.retryAfter()).as("told when to retry: %s", outcome).isNotBlank();
                }
            } else {
                assertThat(outcome.correlationId()).isNotBlank();
            }
        });
    }

    /** Each accepted command's event, found by the correlation id of its answer, in its plan's history and on the topic. */
    private static void assertEveryAcceptedCommandIsStoredAndPublished(List<CommandStream.Outcome> outcomes,
                                                                       Map<PlanWork, CommandStream> streams,
                                                                       String bootstrapServers) {
        Set<String> stored = new HashSet<>();
        streams.forEach((work, stream) -> stream.outcomes().stream().filter(CommandStream.Outcome::accepted)
                .map(CommandStream.Outcome::planId).distinct().forEach(planId -> {
                    JsonNode history = work.history(planId).expect(200).body();
                    history.forEach(event -> stored.add(event.path("correlationId").asText()));
                }));
        Set<String> published = PlanTopic.all(bootstrapServers).stream().map(PlanTopic.Placed::correlationId)
                .collect(Collectors.toSet());
        List<String> accepted = outcomes.stream().filter(CommandStream.Outcome::accepted)
                .map(CommandStream.Outcome::correlationId).toList();
        assertThat(accepted).as("accepted commands").hasSizeGreaterThan(5 * COMMANDS_PER_PHASE);
        assertThat(stored).as("every accepted command's event is in the event store").containsAll(accepted);
        assertThat(published).as("every accepted command's event is on the topic").containsAll(accepted);
    }

    /** The broker leading most partitions of the plan-event topic: killing it moves the most leadership. */
    private static int leaderOfMostPlanEventPartitions(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartitionInfo> partitions = admin.describeTopics(List.of(PLAN_EVENTS)).allTopicNames().get()
                    .get(PLAN_EVENTS).partitions();
            partitions.forEach(partition -> assertThat(partition.replicas()).as("replicas of %s", partition).hasSize(3));
            Map<Integer, Long> led = partitions.stream()
                    .collect(Collectors.groupingBy(partition -> partition.leader().id(), Collectors.counting()));
            return new ArrayList<>(led.entrySet()).stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }
}
