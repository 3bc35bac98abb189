package com.netfocus.planning.eventstore;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.plan.HistoryRange;
import com.netfocus.planning.plan.PlanReader;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.target.IdentifyTarget;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a plan's read costs as the event store grows, on the wire server as deployed (the H2 file backend): a command
 * on a plan not in the cache (its events loaded from the store) and a history read, each on plans spread over the
 * store (wall time, and the CPU time of the JVM that runs both service and wire server), measured at every store size in {@code -Dbenchmark.sizes} (events; default 10,000 and 100,000). Not part of
 * the test run (the name does not end in Test). Run it with
 * {@code mvn -B -o -pl planning-service -am verify -Dtest=EventStoreReadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.sizes=10000,100000,1000000}; the figures are printed to the
 * test's output file in target/surefire-reports.
 */
@Tag("benchmark")
class EventStoreReadBenchmark {

    private static final int EVENTS_PER_PLAN = 40;
    private static final int APPEND_BATCH = 1_000;
    private static final int MEASURED_PLANS = 100;
    private static final int WARM_UP_PLANS = 200;
    private static final Caller OWNER = new Caller("rep-7", "acme", "south", Set.of(Roles.REP));

    @Test
    void aColdCommandAndAHistoryReadCostTheSameHoweverLargeTheStore() throws Exception {
        long[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .mapToLong(size -> Long.parseLong(size.trim())).toArray();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path data = Files.createTempDirectory("read-benchmark-");
        TestInfrastructure.createTopics("bench-plan-events-" + run, "bench-catalog-" + run,
                "bench-contact-" + run);
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.fileBacked(data, "localhost", 0);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanningApplication.class)
                     .web(WebApplicationType.NONE)
                     .run("--spring.data.mongodb.uri=" + mongo.connectionString(),
                             "--spring.data.mongodb.database=bench-" + run,
                             "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                             "--spring.kafka.consumer.group-id=bench-" + run,
                             "--netfocus.topics.plan-events=bench-plan-events-" + run,
                             "--netfocus.topics.catalog-events=bench-catalog-" + run,
                             "--netfocus.topics.contact-events=bench-contact-" + run)) {
            EventStorageEngine storage = app.getBean(EventStoreConfiguration.STORAGE, EventStorageEngine.class);
            CommandGateway commands = app.getBean(CommandGateway.class);
            PlanReader reader = app.getBean(PlanReader.class);
            Cache cache = app.getBean(Cache.class);
            Random random = new Random(42);
            int plans = 0;
            for (long size : sizes) {
                long fillStart = System.nanoTime();
                int planCount = (int) (size / EVENTS_PER_PLAN);
                fill(storage, plans, planCount);
                report("stored %,d events (%,d plans) in %.1f s", (long) planCount * EVENTS_PER_PLAN, planCount,
                        (System.nanoTime() - fillStart) / 1e9);
                plans = planCount;
                List<String> sample = random.ints(MEASURED_PLANS, 0, plans)
                        .mapToObj(EventStoreReadBenchmark::planId).toList();
                if (size == sizes[0]) {
                    // the code is compiled before the first measurement: the first size is not its warm-up
                    List<String> warmUpPlans = random.ints(WARM_UP_PLANS, 0, plans)
                            .mapToObj(EventStoreReadBenchmark::planId).toList();
                    timed(warmUpPlans, planId -> command(commands, cache, planId));
                    timed(warmUpPlans, planId -> history(reader, cache, planId));
                }
                Timings command = timed(sample, planId -> command(commands, cache, planId));
                Timings history = timed(sample, planId -> history(reader, cache, planId));
                report("%,d events stored: command on a plan not cached %s; history read %s", size, command,
                        history);
            }
        }
    }

    private static void command(CommandGateway commands, Cache cache, String planId) {
        cache.remove(planId);
        commands.sendAndWait(new IdentifyTarget(planId, "measured-" + UUID.randomUUID(), "o-1", null,
                new TargetProfile("finance", "CFO", "healthcare"), 2, null, false), metaData());
    }

    private static void history(PlanReader reader, Cache cache, String planId) {
        cache.remove(planId);
        assertThat(reader.history(planId, OWNER, new HistoryRange(0, 100), null).items())
                .hasSizeGreaterThan(EVENTS_PER_PLAN);
    }

    private static Timings timed(List<String> plans, Consumer<String> operation) {
        long[] wall = new long[plans.size()];
        long cpuStart = processCpuNanos();
        for (int i = 0; i < plans.size(); i++) {
            long start = System.nanoTime();
            operation.accept(plans.get(i));
            wall[i] = System.nanoTime() - start;
        }
        return new Timings(wall, (processCpuNanos() - cpuStart) / plans.size());
    }

    /** Wall times of each operation and the CPU each took on average. */
    private record Timings(long[] wallNanos, long cpuNanosEach) {

        /** Median, 90th percentile and maximum in milliseconds, and the CPU time each. */
        @Override
        public String toString() {
            long[] sorted = wallNanos.clone();
            Arrays.sort(sorted);
            return String.format("p50 %.1f ms, p90 %.1f ms, max %.1f ms, %.1f ms CPU each",
                    sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
                    sorted[sorted.length - 1] / 1e6, cpuNanosEach / 1e6);
        }
    }

    private static void fill(EventStorageEngine storage, int fromPlan, int toPlan) {
        List<DomainEventMessage<?>> batch = new ArrayList<>(APPEND_BATCH + EVENTS_PER_PLAN);
        Instant now = Instant.now();
        for (int p = fromPlan; p < toPlan; p++) {
            String planId = planId(p);
            batch.add(StoredEvents.created(planId, now));
            batch.add(StoredEvents.objective(planId, 1, now));
            for (int sequence = 2; sequence < EVENTS_PER_PLAN; sequence++) {
                batch.add(new GenericDomainEventMessage<>(StoredEvents.TYPE, planId, sequence, new TargetIdentified(
                        planId, "t-" + sequence, "o-1", null, new TargetProfile("finance", "CFO", "healthcare"), 1,
                        null), StoredEvents.META, UUID.randomUUID().toString(), now));
            }
            if (batch.size() >= APPEND_BATCH) {
                storage.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            storage.appendEvents(batch);
        }
    }

    /** The CPU time of this JVM: the service and the wire server both (the load on the machine left out). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String planId(int index) {
        return "plan-" + index;
    }

    private static MetaData metaData() {
        return MetaData.from(StoredEvents.META).and(CallerMetaData.ROLES, Roles.REP);
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}
