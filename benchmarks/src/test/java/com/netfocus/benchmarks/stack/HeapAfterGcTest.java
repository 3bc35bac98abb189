package com.netfocus.benchmarks.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeapAfterGcTest {

    @Test
    void sumsTheGenerationsOfSerialGcAndLeavesMetaspaceOut() {
        // jcmd <pid> GC.heap_info of a -XX:+UseSerialGC JVM (17.0.15)
        String info = """
                32423:
                 def new generation   total 19648K, used 1024K [0x00000000fc000000, 0x00000000fd550000)
                  eden space 17472K,   0% used [0x00000000fc000000, 0x00000000fc000000, 0x00000000fd110000)
                 tenured generation   total 43712K, used 2048K [0x00000000fd550000, 0x0000000100000000)
                   the space 43712K,   5% used [0x00000000fd550000, 0x00000000fd780a48, 0x0000000100000000)
                 Metaspace       used 8972K, committed 9152K, reserved 1114112K
                  class space    used 1062K, committed 1152K, reserved 1048576K
                """;

        assertThat(HeapAfterGc.usedMib(info)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void readsTheG1HeapLine() {
        assertThat(HeapAfterGc.usedMib(" garbage-first heap   total 262144K, used 51200K [0x0000000700000000)"))
                .isCloseTo(50.0, within(1e-9));
    }

    @Test
    void unknownOutputIsNotANumber() {
        assertThat(HeapAfterGc.usedMib("")).isNaN();
        assertThat(HeapAfterGc.usedMib("Unable to open socket file")).isNaN();
    }
}
