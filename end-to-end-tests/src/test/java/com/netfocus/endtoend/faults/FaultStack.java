package com.netfocus.endtoend.faults;

import com.netfocus.infrastructure.stack.GatewayClient;
import com.netfocus.infrastructure.stack.LocalStack;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.reconciliation.Reconciliation;
import com.netfocus.reconciliation.ReconciliationReport;
import com.netfocus.reconciliation.ReconciliationSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.netfocus.endtoend.TestStacks;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One suite for all the fault tests of this JVM (starting one costs ~20 s): the four services as their own
 * processes on the embedded KRaft broker and the file-backed MongoDB wire server, on free ports, without demo
 * data. Started by the first fault test class, stopped when the last test of the run is done. Every test leaves it
 * whole (services running, broker and database up) and ends with a reconciliation that must find no difference.
 */
public final class FaultStack implements BeforeAllCallback {

    static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);
    /**
     * For every service: a consumer killed without leaving its group holds its partitions until its session ends:
     * 6 s (the broker's minimum) instead of 45, so a restart or another instance resumes within seconds.
     */
    static final Map<String, String> QUICK_REJOIN = Map.of("SPRING_APPLICATION_JSON",
            "{\"spring.kafka.consumer.properties.session.timeout.ms\":\"6000\","
                    + "\"spring.kafka.consumer.properties.heartbeat.interval.ms\":\"1000\"}");
    private static RunningStack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (FaultStack.class) {
            if (stack != null) {
                return;
            }
            stack = LocalStack.start(TestStacks.onFreePorts(Files.createTempDirectory("netfocus-faults"), false),
                    QUICK_REJOIN);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(FaultStack.class.getName(), (ExtensionContext.Store.CloseableResource) FaultStack::close);
        }
    }

    private static synchronized void close() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    static RunningStack stack() {
        return stack;
    }

    static GatewayClient client() {
        return stack.client();
    }

    /**
     * Waits (bounded) until the event store, the topic and every projection agree, then asserts it: the promise
     * every fault test ends with. A difference left when the wait runs out fails the test with the report.
     */
    static void assertReconciled() {
        assertReconciled(stack);
    }

    /** As {@link #assertReconciled()}, for a stack of the test's own. */
    static void assertReconciled(RunningStack stack) {
        ReconciliationSettings settings = ReconciliationSettings.of(stack.mongoUri(), stack.kafkaBootstrapServers());
        AtomicReference<ReconciliationReport> last = new AtomicReference<>();
        try {
            await().atMost(SETTLE_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> {
                        last.set(Reconciliation.run(settings));
                        return last.get().agrees();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // fall through: the assertion below shows what still differs
        }
        assertThat(last.get()).as("a reconciliation ran").isNotNull();
        assertThat(last.get().differences()).as(last.get().text()).isEmpty();
    }
}
