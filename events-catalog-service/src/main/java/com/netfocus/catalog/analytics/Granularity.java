package com.netfocus.catalog.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * How the dashboards group facts in time. Facts are counted per calendar month (UTC); a quarter or a year is the sum
 * of its months, so one stored month serves every granularity. A period is named "2026-11", "2026-Q4" or "2026".
 */
public enum Granularity {
    MONTH, QUARTER, YEAR;

    private static final int MONTHS_PER_QUARTER = 3;

    /** The period a month ("2026-11") belongs to at this granularity. */
    public String periodOf(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return switch (this) {
            case MONTH -> yearMonth.toString();
            case QUARTER -> yearMonth.getYear() + "-Q" + ((yearMonth.getMonthValue() - 1) / MONTHS_PER_QUARTER + 1);
            case YEAR -> String.valueOf(yearMonth.getYear());
        };
    }

    /** First and last day of the period containing {@code month}, for the from/to filter. */
    LocalDate firstDay(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return switch (this) {
            case MONTH -> yearMonth.atDay(1);
            case QUARTER -> YearMonth.of(yearMonth.getYear(),
                    (yearMonth.getMonthValue() - 1) / MONTHS_PER_QUARTER * MONTHS_PER_QUARTER + 1).atDay(1);
            case YEAR -> LocalDate.of(yearMonth.getYear(), 1, 1);
        };
    }

    LocalDate lastDay(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return switch (this) {
            case MONTH -> yearMonth.atEndOfMonth();
            case QUARTER -> firstDay(month).plusMonths(MONTHS_PER_QUARTER).minusDays(1);
            case YEAR -> LocalDate.of(yearMonth.getYear(), 12, 31);
        };
    }

    /** Whether the period holding {@code month} overlaps [from, to] (either end may be open). */
    public boolean periodOverlaps(String month, LocalDate from, LocalDate to) {
        return (from == null || !lastDay(month).isBefore(from)) && (to == null || !firstDay(month).isAfter(to));
    }

    /** The granularity a query names ("month", "quarter", "year"; any case), or empty when it names none of them. */
    public static Optional<Granularity> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Granularity granularity : values()) {
            if (granularity.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(granularity);
            }
        }
        return Optional.empty();
    }
}
