package com.netfocus.catalog.recommendation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The calibration of the README's worked example, its fall-backs, its prior and its bounds, counted by hand. */
class ForecastCalibrationTest {

    private static final ForecastCalibration.Settings SETTINGS = new ForecastCalibration.Settings(100, 0.5, 1.5);
    /** The README's history: the org met 12 target people where 200 were forecast, R = 0.06. */
    private static final List<ForecastCalibration.Observation> HISTORY = List.of(
            new ForecastCalibration.Observation("seminar-1", "SEMINAR", 50, 6),
            new ForecastCalibration.Observation("conference-1", "CONFERENCE", 100, 4),
            new ForecastCalibration.Observation("conference-2", "CONFERENCE", 50, 2));

    @Test
    void theWorkedExampleOfTheReadme() {
        ForecastCalibration calibration = ForecastCalibration.of(HISTORY, SETTINGS);
        // kind CONFERENCE: (6 + 100 × 0.06) / (150 + 100) = 0.048, relative to 0.06: 0.8
        assertThat(calibration.factor("conference-new", "CONFERENCE")).isCloseTo(0.8, within(1e-9));
        // kind SEMINAR: (6 + 6) / (50 + 100) = 0.08, relative: 1.333...
        assertThat(calibration.factor("seminar-new", "SEMINAR")).isCloseTo(4.0 / 3, within(1e-9));
        // the seminar attended itself: (6 + 100 × 0.08) / (50 + 100) = 0.0933, relative 1.556, bounded at 1.5
        assertThat(calibration.factor("seminar-1", "SEMINAR")).isEqualTo(1.5);
        // conference-1: (4 + 100 × 0.048) / (100 + 100) = 0.044, relative 0.733
        assertThat(calibration.factor("conference-1", "CONFERENCE")).isCloseTo(0.7333333, within(1e-6));
        // a kind never attended converts like the org's average
        assertThat(calibration.factor("meetup-1", "MEETUP")).isEqualTo(1.0);
        assertThat(calibration.factor("unknown", null)).isEqualTo(1.0);
    }

    @Test
    void oneAttendanceDoesNotSwingItAndMoreEvidenceMovesItFurther() {
        List<ForecastCalibration.Observation> base = List.of(
                new ForecastCalibration.Observation("a", "SEMINAR", 400, 40),
                new ForecastCalibration.Observation("b", "MEETUP", 40, 12));
        // one meetup attendance converting 0.3 against the org's 52 / 440 (2.5x) moves its kind to 1.44, not 2.5:
        // (12 + 100 × 0.118) / (40 + 100) = 0.170, relative 1.44
        double once = ForecastCalibration.of(base, SETTINGS).factor("d", "MEETUP");
        assertThat(once).isCloseTo(1.4396, within(1e-4));
        List<ForecastCalibration.Observation> more = List.of(
                new ForecastCalibration.Observation("a", "SEMINAR", 400, 40),
                new ForecastCalibration.Observation("b", "MEETUP", 40, 12),
                new ForecastCalibration.Observation("c", "MEETUP", 40, 12));
        assertThat(ForecastCalibration.of(more, SETTINGS).factor("d", "MEETUP"))
                .isGreaterThan(ForecastCalibration.of(base, SETTINGS).factor("d", "MEETUP"));
    }

    @Test
    void withoutAnyTargetPersonMetOrAnyForecastThereIsNothingToLearn() {
        assertThat(ForecastCalibration.of(List.of(new ForecastCalibration.Observation("a", "SEMINAR", 50, 0)), SETTINGS)
                .factor("a", "SEMINAR")).isEqualTo(1.0);
        assertThat(ForecastCalibration.of(List.of(new ForecastCalibration.Observation("a", "SEMINAR", 0, 5)), SETTINGS)
                .factor("a", "SEMINAR")).isEqualTo(1.0);
        assertThat(ForecastCalibration.NONE.factor("a", "SEMINAR")).isEqualTo(1.0);
    }

    @Test
    void theFactorIsBoundedBothWays() {
        ForecastCalibration calibration = ForecastCalibration.of(List.of(
                new ForecastCalibration.Observation("good", "SEMINAR", 1000, 1000),
                new ForecastCalibration.Observation("bad", "CONFERENCE", 100000, 1)), SETTINGS);
        assertThat(calibration.factor("good", "SEMINAR")).isEqualTo(1.5);
        assertThat(calibration.factor("bad", "CONFERENCE")).isEqualTo(0.5);
        assertThatThrownBy(() -> new ForecastCalibration.Settings(0, 0.5, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForecastCalibration.Settings(100, 1.2, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalibratedOfferScalesTheExpectedPeopleAndSoTheScore() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        PlatformOffer seminar = new PlatformOffer("seminar-new", "S", "t", "SEMINAR", now.plusSeconds(3600),
                now.plusSeconds(3 * 3600), true, 100, List.of(new AudienceSegment("CFO", null, null, 0.3)));
        List<TargetNeed> targets = List.of(new TargetNeed("t1", "o1", "CFO", null, null, 1, now.plusSeconds(86400)));
        List<PlatformOffer> calibrated = ForecastCalibration.of(HISTORY, SETTINGS).calibrate(List.of(seminar));
        Recommendation plain = PlatformRanking.rank(List.of(seminar), targets, new TimePlan(0, 0),
                ScoringSettings.defaults(now)).get(0);
        Recommendation learnt = PlatformRanking.rank(calibrated, targets, new TimePlan(0, 0),
                ScoringSettings.defaults(now)).get(0);
        assertThat(plain.servedTargets().get(0).expectedPeople()).isCloseTo(30, within(1e-9));
        assertThat(learnt.servedTargets().get(0).expectedPeople()).isCloseTo(40, within(1e-9));
        assertThat(learnt.score()).isCloseTo(plain.score() * 4 / 3, within(1e-9));
    }

    @Test
    void aRepsOwnRecordAdjustsTheirForecastsAsTheOrgsDoAndTheExplanationSaysByHowMuch() {
        ForecastCalibration calibration = ForecastCalibration.of(HISTORY, SETTINGS);
        // a rep who met 6 where 50 were forecast: (6 + 100 x 0.06) / (50 + 100) = 0.08, relative to 0.06: 1.333...
        assertThat(calibration.personalFactor(50, 6)).isCloseTo(4.0 / 3, within(1e-9));
        // one who met 6 where 150 were: (6 + 6) / (150 + 100) = 0.048, relative 0.8
        assertThat(calibration.personalFactor(150, 6)).isCloseTo(0.8, within(1e-9));
        // nothing attended yet, or an org without evidence: 1
        assertThat(calibration.personalFactor(0, 0)).isEqualTo(1.0);
        assertThat(ForecastCalibration.NONE.personalFactor(50, 6)).isEqualTo(1.0);

        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        PlatformOffer conference = new PlatformOffer("conference-new", "C", "t", "CONFERENCE", now.plusSeconds(3600),
                now.plusSeconds(3 * 3600), true, 100, List.of(new AudienceSegment("CFO", null, null, 0.3)));
        // the org's factor for a new conference 0.8, the rep's own 1.333...: 30 x 0.8 x 1.333 = 32 expected
        PlatformOffer personal = calibration.calibrate(List.of(conference)).get(0)
                .withPersonalCalibration(calibration.personalFactor(50, 6));
        Recommendation recommended = PlatformRanking.rank(List.of(personal),
                List.of(new TargetNeed("t1", "o1", "CFO", null, null, 1, now.plusSeconds(86400))),
                new TimePlan(0, 0), ScoringSettings.defaults(now)).get(0);
        assertThat(recommended.servedTargets().get(0).expectedPeople()).isCloseTo(32, within(1e-9));
        assertThat(recommended.explanation())
                .contains("Expected people x0.80 by the org's own attendance, x1.33 by the rep's own.");
    }
}
