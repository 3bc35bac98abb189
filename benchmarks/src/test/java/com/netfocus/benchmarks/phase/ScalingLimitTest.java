package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.stack.PhaseMeter;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScalingLimitTest {

    private static final String STORE = "benchmark JVM";

    @Test
    void allCoresBusyMeansTheMachineIsTheLimit() {
        String limit = ScalingLimit.of(usage(60, 55, 70, 10, 195), STORE, 2);

        assertThat(limit).startsWith("the machine's CPU: its 2 cores were 98 % busy")
                .contains("benchmark JVM 70 %").contains("other processes 10 %");
    }

    @Test
    void aStoreUsingAWholeCoreWithoutTheDriverIsTheLimitOnAnOtherwiseFreeMachine() {
        String limit = ScalingLimit.of(usage(20, 20, 110, 15, 160), STORE, 4);

        assertThat(limit).startsWith("the store: the wire server's JVM used 95 % of a core");
    }

    @Test
    void neitherSaturatedLeavesTheClients() {
        assertThat(ScalingLimit.of(usage(30, 30, 40, 10, 110), STORE, 2)).startsWith("neither the cores nor the store");
    }

    private static Map<String, PhaseMeter.Usage> usage(double first, double second, double store, double driver,
                                                       double machine) {
        Map<String, PhaseMeter.Usage> usage = new LinkedHashMap<>();
        usage.put("planning-service", percent(first));
        usage.put("planning-service (second instance)", percent(second));
        usage.put(STORE, percent(store));
        usage.put(PhaseMeter.LOAD_DRIVER, percent(driver));
        usage.put(PhaseMeter.MACHINE, percent(machine));
        return usage;
    }

    private static PhaseMeter.Usage percent(double cpuPercent) {
        return new PhaseMeter.Usage(cpuPercent, cpuPercent / 100 * 30, Double.NaN, Double.NaN);
    }
}
