package com.netfocus.planning.objective;

/**
 * A doubt about a change that is accepted nonetheless, as the Achievable and Realistic doubts of an assessment are:
 * {@code code} for programs ({@value #BELOW_TARGET}), {@code reason} for people.
 */
public record ObjectiveWarning(String code, int progressPercent, String reason) {

    /** Declared achieved while its recorded progress falls short of its target. */
    public static final String BELOW_TARGET = "BELOW_TARGET";
}
