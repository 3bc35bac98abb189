package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Answer;
import com.netfocus.benchmarks.load.LagProbes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoakMinutesTest {

    private static final long BEGUN = 1_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void answersCountInTheMinuteTheyCompletedAndStragglersInTheLast() {
        SoakMinutes minutes = new SoakMinutes(BEGUN, 3);

        minutes.command("a", answer(200, 10 * SECOND), 5 * MS);
        minutes.command("b", answer(200, 70 * SECOND), 7 * MS);
        minutes.command("c", answer(200, 500 * SECOND), 9 * MS);
        minutes.query("d", answer(200, 130 * SECOND), 3 * MS);

        assertThat(minutes.minutes().get(0).commands().count()).isEqualTo(1);
        assertThat(minutes.minutes().get(1).commands().count()).isEqualTo(1);
        assertThat(minutes.minutes().get(2).commands().count()).isEqualTo(1);
        assertThat(minutes.minutes().get(2).queries().count()).isEqualTo(1);
    }

    @Test
    void failedAnswersAreCountedByStatusWithASample() {
        SoakMinutes minutes = new SoakMinutes(BEGUN, 2);

        minutes.command("CREATE_PLAN /api/v1/plans", answer(503, 61 * SECOND), 5 * MS);
        minutes.query("PLAN /api/v1/plans/x", answer(-1, 62 * SECOND), 5 * MS);

        SoakMinutes.Minute second = minutes.minutes().get(1);
        assertThat(second.failures()).isEqualTo(2);
        assertThat(second.failuresByStatus().get(503).get()).isEqualTo(1);
        assertThat(second.failuresByStatus().get(-1).get()).isEqualTo(1);
        assertThat(minutes.minutes().get(0).failures()).isZero();
        assertThat(minutes.failureSamples()).hasSize(2).first().asString().startsWith("minute 2: CREATE_PLAN");
    }

    @Test
    void lagCountsWhenTheProbeEndsAndTimeOutsAreFailuresOfThatProjection() {
        SoakMinutes minutes = new SoakMinutes(BEGUN, 2);

        minutes.lag(LagProbes.CATALOG, BEGUN + 59 * SECOND, 2 * SECOND, false);
        minutes.lag(LagProbes.CONTACT, BEGUN + 10 * SECOND, 10 * SECOND, true);

        assertThat(minutes.minutes().get(1).lag(LagProbes.CATALOG).count()).isEqualTo(1);
        assertThat(minutes.minutes().get(0).lag(LagProbes.CONTACT).failures()).isEqualTo(1);
        assertThat(minutes.minutes().get(0).probeTimeouts()).isEqualTo(1);
    }

    @Test
    void samplesKeepTheLastRssAndTheLargestBacklogOfAMinute() {
        SoakMinutes minutes = new SoakMinutes(BEGUN, 1);

        minutes.rss(BEGUN + 15 * SECOND, "gateway", 300);
        minutes.rss(BEGUN + 45 * SECOND, "gateway", 310);
        minutes.backlog(BEGUN + 15 * SECOND, "contact-service", 40);
        minutes.backlog(BEGUN + 30 * SECOND, "contact-service", 12);

        assertThat(minutes.minutes().get(0).rssMib()).containsEntry("gateway", 310.0);
        assertThat(minutes.minutes().get(0).consumerBacklog()).containsEntry("contact-service", 40L);
    }

    private static Answer answer(int status, long afterBegun) {
        return new Answer(status, null, MS, BEGUN + afterBegun);
    }
}
