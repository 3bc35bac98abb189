package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A doubt about a change that is accepted nonetheless, as the Achievable and Realistic doubts of an assessment are:
 * {@code code} for programs ({@value #BELOW_TARGET}), {@code reason} for people.
 */
public record ObjectiveWarning(
        @Schema(description = "What the warning is about", example = BELOW_TARGET) String code,
        @Schema(description = "The recorded progress, in percent of the target", example = "5") int progressPercent,
        @Schema(description = "The warning in plain words",
                example = "declared achieved at 5 % of its target (1 of 20 CFOs met)") String reason) {

    /** Declared achieved while its recorded progress falls short of its target. */
    public static final String BELOW_TARGET = "BELOW_TARGET";
}
