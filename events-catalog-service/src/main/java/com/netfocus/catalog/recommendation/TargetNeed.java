package com.netfocus.catalog.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A kind of person a plan wants to meet, as the recommendation sees it.
 *
 * <p>{@code function}, {@code position} and {@code industry} describe the profile; a null or blank field
 * means "any". {@code deadline} is exclusive: a platform serves this target only if its programme starts
 * before it (see {@link #endOfDay(LocalDate, ZoneId)} for objectives whose deadline is a date).
 */
public record TargetNeed(
        String targetId,
        String objectiveId,
        String function,
        String position,
        String industry,
        int priority,
        Instant deadline) {

    /** Priorities follow the plan contract: 1 is the most important target, 5 the least. */
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 5;

    public TargetNeed {
        requireText(targetId, "targetId");
        Objects.requireNonNull(deadline, "deadline");
        if (priority < HIGHEST_PRIORITY || priority > LOWEST_PRIORITY) {
            throw new IllegalArgumentException("priority must be between " + HIGHEST_PRIORITY + " and "
                    + LOWEST_PRIORITY + ", was " + priority);
        }
    }

    /**
     * The exclusive deadline for an objective due on {@code date}: a platform held any time that day still
     * counts, so the deadline is the start of the next day in the plan's zone.
     */
    public static Instant endOfDay(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
