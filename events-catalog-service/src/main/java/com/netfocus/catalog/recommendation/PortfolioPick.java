package com.netfocus.catalog.recommendation;

/**
 * A platform the portfolio chose, with what it added when it was chosen: its weighted target people after
 * the repeat-service discount, times the networking factor ({@code marginalValue}), and that per hour.
 * The greedy choice takes the best {@code marginalValuePerHour} at each step.
 */
public record PortfolioPick(Recommendation recommendation, double marginalValue, double marginalValuePerHour) {
}
