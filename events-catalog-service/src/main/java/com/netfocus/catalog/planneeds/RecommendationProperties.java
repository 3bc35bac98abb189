package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.recommendation.TimePlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Settings of the plan recommendations and portfolio, bound from {@code netfocus.catalog.recommendation}.
 * Checked when the service starts, so a bad value stops it instead of surfacing in the first request.
 *
 * @param defaultArriveEarlyMinutes minutes before the programme assumed when a request does not say
 * @param defaultStayLateMinutes    minutes after the programme assumed when a request does not say
 * @param maxMinutesAroundProgramme the most minutes a request may ask for before, and again after, a programme
 * @param defaultLimit              recommendations answered when a request does not say
 * @param maxLimit                  the most recommendations one request may ask for
 * @param deadlineZone              zone in which an objective's deadline date ends
 * @param displayDecimals           decimals of the scores, hours and people answered (the ranking uses the
 *                                  unrounded values)
 * @param scoring                   the numbers of the scoring formula (see {@link ScoringSettings})
 */
@ConfigurationProperties("netfocus.catalog.recommendation")
public record RecommendationProperties(
        int defaultArriveEarlyMinutes,
        int defaultStayLateMinutes,
        int maxMinutesAroundProgramme,
        int defaultLimit,
        int maxLimit,
        @DefaultValue("UTC") ZoneId deadlineZone,
        int displayDecimals,
        Scoring scoring) {

    public RecommendationProperties {
        if (maxMinutesAroundProgramme < 0) {
            throw new IllegalArgumentException("max-minutes-around-programme must not be negative");
        }
        requireWithin(defaultArriveEarlyMinutes, 0, maxMinutesAroundProgramme, "default-arrive-early-minutes");
        requireWithin(defaultStayLateMinutes, 0, maxMinutesAroundProgramme, "default-stay-late-minutes");
        if (maxLimit < 1) {
            throw new IllegalArgumentException("max-limit must be at least 1");
        }
        requireWithin(defaultLimit, 1, maxLimit, "default-limit");
        if (displayDecimals < 0) {
            throw new IllegalArgumentException("display-decimals must not be negative");
        }
        if (scoring == null) {
            throw new IllegalArgumentException("netfocus.catalog.recommendation.scoring must be set");
        }
        // Builds the settings once so that out-of-range weights or factors fail the start-up.
        scoring.at(Instant.EPOCH);
    }

    /** The minutes a request asked for around each programme, the defaults where it did not say. */
    public TimePlan timePlan(Integer arriveEarlyMinutes, Integer stayLateMinutes) {
        return new TimePlan(arriveEarlyMinutes == null ? defaultArriveEarlyMinutes : arriveEarlyMinutes,
                stayLateMinutes == null ? defaultStayLateMinutes : stayLateMinutes);
    }

    private static void requireWithin(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** The configurable part of {@link ScoringSettings}; "now" comes from the clock per request. */
    public record Scoring(
            Map<Integer, Double> priorityWeights,
            double networkingSupportedFactor,
            double networkingUnsupportedFactor,
            double repeatServiceFactor) {

        public ScoringSettings at(Instant now) {
            return new ScoringSettings(priorityWeights, networkingSupportedFactor, networkingUnsupportedFactor,
                    repeatServiceFactor, now);
        }
    }
}
