package com.netfocus.endtoend.faults;

import com.netfocus.endtoend.FreePorts;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.ServiceProcess;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection service killed (kill -9) in the middle of a stream of commands and started again resumes from its
 * stored position; two instances of one projection service share the plan events in one consumer group, and when
 * one stops the other takes its partitions over. Nothing is missed, nothing counted twice.
 */
@ExtendWith(FaultStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionCrashIT {

    private static final Duration PACE = Duration.ofMillis(150);
    private static final Duration START_WITHIN = Duration.ofMinutes(2);
    private static final String CATALOG_GROUP = "events-catalog-service";

    @Test
    @Order(1)
    void a_projection_service_killed_mid_stream_resumes_from_its_stored_position() {
        RunningStack stack = FaultStack.stack();
        try (CommandStream stream = new CommandStream(new PlanWork(FaultStack.client(), "crash-rep"), PACE, "crash")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= 10);
            ServiceProcess contacts = stack.service("contact-service");
            contacts.kill();
            assertThat(contacts.isAlive()).isFalse();
            int atKill = stream.answered(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= atKill + 10);

            ServiceProcess restarted = contacts.relaunch();
            stack.replace(contacts, restarted);
            restarted.awaitHealthy(START_WITHIN);
            int atRestart = stream.answered(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= atRestart + 5);
            stream.close();
            assertThat(stream.statuses()).containsOnlyKeys(201);
        }
        FaultStack.assertReconciled();
    }

    @Test
    @Order(2)
    void two_instances_of_a_projection_service_share_the_work_and_lose_nothing_when_one_leaves() {
        RunningStack stack = FaultStack.stack();
        ServiceProcess second = stack.service("events-catalog-service").anotherInstance(FreePorts.next());
        stack.add(second);
        second.awaitHealthy(START_WITHIN);
        try (CommandStream stream = new CommandStream(new PlanWork(FaultStack.client(), "rebalance-rep"), PACE,
                "rebalance");
             ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            // both instances are members of the catalog's group, each with its share of the partitions
            await().atMost(Duration.ofSeconds(30)).until(() -> groups.members(CATALOG_GROUP) == 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= 10);
            // the second instance leaves in the middle of the stream: its partitions go back to the first
            second.stop();
            // it left the group on its way out (no waiting for its session to time out)
            await().atMost(Duration.ofSeconds(5)).until(() -> groups.members(CATALOG_GROUP) == 1);
            int atLeave = stream.answered(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= atLeave + 10);
            stream.close();
            assertThat(stream.statuses()).containsOnlyKeys(201);
        }
        FaultStack.assertReconciled();
    }
}
