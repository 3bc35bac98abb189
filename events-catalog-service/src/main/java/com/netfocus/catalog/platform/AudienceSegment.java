package com.netfocus.catalog.platform;

import com.netfocus.support.input.InputText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A kind of person expected at a platform and the fraction of the expected attendance they make up.
 * Platforms are chosen for who attends them, so this is what recommendations match targets against.
 */
@InputText
public record AudienceSegment(
        @Size(max = TextLimits.SHORT) String function,
        @Size(max = TextLimits.SHORT) String position,
        @Size(max = TextLimits.SHORT) String industry,
        @Schema(description = "The fraction of the expected attendance, above 0 and at most 1", example = "0.25")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double share) {

    boolean describesSomebody() {
        return hasText(function) || hasText(position) || hasText(industry);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
