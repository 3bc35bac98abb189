package com.netfocus.benchmarks.stack;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class MachineCpuTest {

    private static final long SPUN_NANOS = 100_000_000L;

    @Test
    void busyTimeIsEverythingButIdleAndIoWait() {
        // user nice system idle iowait irq softirq steal guest guest_nice, in ticks of 1/100 s
        assertThat(MachineCpu.busySeconds("cpu  1000 50 300 99999 777 20 30 100 0 0")).isEqualTo(15.0);
    }

    @Test
    void theMachineHasBeenBusyAndTheDriverCountsItsThreads() throws Exception {
        assertThat(MachineCpu.busySeconds()).isPositive();
        double before = DriverCpu.cpuSeconds();
        Thread spinning = DriverCpu.threads("driver-test").newThread(() -> {
            // until the thread itself has used a tenth of a second of CPU, however busy the machine is
            double sink = 0;
            while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < SPUN_NANOS) {
                sink += Math.sqrt(sink + 1);
            }
            assertThat(sink).isPositive();
        });
        spinning.start();
        spinning.join();
        assertThat(DriverCpu.cpuSeconds() - before).isGreaterThanOrEqualTo(SPUN_NANOS / 1e9);
    }
}
