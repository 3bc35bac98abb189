package com.netfocus.catalog.platform;

import com.netfocus.support.input.InputText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Put a platform into the caller's org's catalog. Field rules live here; rules between fields (times in
 * order, programme inside the doors, shares adding up) and configured limits live in {@link PlatformRules}.
 * Boxed types so that a missing field is refused, never read as 0 or false.
 */
@InputText
public record AddPlatform(
        @Schema(example = "Retail Procurement Leaders Breakfast") @NotBlank @Size(max = TextLimits.SHORT) String name,
        @NotNull PlatformKind kind,
        @Size(max = TextLimits.SHORT) String organizer,
        @Size(max = TextLimits.LONG) String topic,
        @Schema(description = "Doors open: networking can start") @NotNull Instant startsAt,
        @Schema(description = "Doors close") @NotNull Instant endsAt,
        @Schema(description = "The programme starts, not before the doors open") @NotNull Instant programStartsAt,
        @Schema(description = "The programme ends, not after the doors close") @NotNull Instant programEndsAt,
        @NotBlank @Size(max = TextLimits.SHORT) String location,
        @Schema(description = "What attending costs", example = "450.00") @NotNull @PositiveOrZero BigDecimal cost,
        @Schema(description = "Whether the organizer encourages networking") @NotNull Boolean networkingSupported,
        @Schema(example = "120") @NotNull @Positive Integer expectedAttendance,
        @Schema(description = "Who attends: kinds of people and their shares of the expected attendance, adding up to "
                + "at most 1") @NotNull @Valid List<@NotNull AudienceSegment> audience) {
}
