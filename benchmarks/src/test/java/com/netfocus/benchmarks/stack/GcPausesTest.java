package com.netfocus.benchmarks.stack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GcPausesTest {

    /** As -Xlog:gc:file=...:uptime writes it (the first lines), or with the default decorators. */
    private static final List<String> SERIAL_LOG = List.of(
            "[0.011s] Using Serial",
            "[4.002s] GC(0) Pause Young (Allocation Failure) 34M->7M(123M) 12.500ms",
            "[20.100s][info][gc] GC(1) Pause Young (Allocation Failure) 41M->9M(123M) 3.250ms",
            "[25.000s] GC(2) Pause Full (Allocation Failure) 120M->60M(370M) 180.000ms",
            "[30.500s][info][gc] GC(3) Pause Young (Allocation Failure) 90M->61M(370M) 7.750ms",
            "[61.000s][info][gc] GC(4) Pause Full (System.gc()) 70M->40M(370M) 95.000ms");

    @Test
    void countsThePausesWithinTheWindowByKind() {
        GcPauses pauses = GcPauses.fromLog(SERIAL_LOG, 20.0, 60.0);

        assertThat(pauses).isEqualTo(new GcPauses(2, 7.75, 1, 180.0, 191.0));
    }

    @Test
    void readsG1PausesAndIgnoresItsConcurrentPhases() {
        List<String> g1 = List.of(
                "[5.000s][info][gc] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 50M->10M(256M) 4.000ms",
                "[5.500s][info][gc] GC(6) Concurrent Mark Cycle",
                "[5.600s][info][gc] GC(6) Pause Remark 60M->58M(256M) 2.000ms",
                "[5.700s][info][gc] GC(6) Pause Cleanup 58M->58M(256M) 0.500ms",
                "[5.800s][info][gc] GC(6) Concurrent Mark Cycle 300.000ms");

        GcPauses pauses = GcPauses.fromLog(g1, 0, 10);

        assertThat(pauses).isEqualTo(new GcPauses(3, 4.0, 0, 0, 6.5));
    }

    @Test
    void aWindowWithoutCollectionsHasNone() {
        assertThat(GcPauses.fromLog(SERIAL_LOG, 62, 90)).isEqualTo(GcPauses.none());
    }
}
