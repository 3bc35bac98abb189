package com.netfocus.benchmarks.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTest {

    @Test
    void shareOfALimitPassesAtTheTargetRatio() {
        assertThat(Figure.atLeastShare("cmd", 50, "cmd/s", "raw", 100, 0.5).verdict()).isEqualTo("PASS");
        Figure miss = Figure.atLeastShare("cmd", 49, "cmd/s", "raw", 100, 0.5);
        assertThat(miss.verdict()).isEqualTo("MISS");
        assertThat(miss.ratio()).isEqualTo(0.49);
    }

    @Test
    void boundsAndTimesPassAtOrUnderTheBound() {
        assertThat(Figure.atMost("lag", 200, "ms", "bound", 200).verdict()).isEqualTo("PASS");
        assertThat(Figure.atMost("lag", 201, "ms", "bound", 200).verdict()).isEqualTo("MISS");
        assertThat(Figure.atMostTimes("load", 12, "ms", "fresh", 10, 1.2).verdict()).isEqualTo("PASS");
        assertThat(Figure.atMostTimes("load", 12.1, "ms", "fresh", 10, 1.2).verdict()).isEqualTo("MISS");
    }

    @Test
    void aCountOfWhatMustNotHappenPassesOnlyAtNone() {
        assertThat(Figure.none("Non-2xx answers", 0, "answers").verdict()).isEqualTo("PASS");
        Figure one = Figure.none("Non-2xx answers", 1, "answers");
        assertThat(one.verdict()).isEqualTo("MISS");
        assertThat(one.target()).isEqualTo("none");
    }

    @Test
    void theTableShowsValueLimitRatioTargetAndVerdict() {
        String table = ReportWriter.table(List.of(Figure.atLeastShare("Replay", 300, "events/s", "raw consume",
                1200, 0.5), Figure.plain("Start", 14.04, "s")));

        assertThat(table).contains("| Replay | 300 events/s | raw consume = 1,200 | 0.25 | ≥ 50 % of the limit | **MISS** |")
                .contains("| Start | 14.0 s |");
    }
}
