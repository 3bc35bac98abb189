package com.netfocus.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the person means to be there before and after the programme. Most networking happens then,
 * so that time is invested too and counts in every hour figure.
 */
public record TimePlan(int arriveEarlyMinutes, int stayLateMinutes) {

    public TimePlan {
        if (arriveEarlyMinutes < 0 || stayLateMinutes < 0) {
            throw new IllegalArgumentException("arriveEarlyMinutes and stayLateMinutes must not be negative");
        }
    }

    Duration extra() {
        return Duration.ofMinutes((long) arriveEarlyMinutes + stayLateMinutes);
    }

    Instant arrival(PlatformOffer offer) {
        return offer.programStartsAt().minus(Duration.ofMinutes(arriveEarlyMinutes));
    }

    Instant departure(PlatformOffer offer) {
        return offer.programEndsAt().plus(Duration.ofMinutes(stayLateMinutes));
    }
}
