package com.netfocus.catalog.platform;

import com.netfocus.support.input.InputText;
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
        @NotBlank @Size(max = TextLimits.SHORT) String name,
        @NotNull PlatformKind kind,
        @Size(max = TextLimits.SHORT) String organizer,
        @Size(max = TextLimits.LONG) String topic,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull Instant programStartsAt,
        @NotNull Instant programEndsAt,
        @NotBlank @Size(max = TextLimits.SHORT) String location,
        @NotNull @PositiveOrZero BigDecimal cost,
        @NotNull Boolean networkingSupported,
        @NotNull @Positive Integer expectedAttendance,
        @NotNull @Valid List<@NotNull AudienceSegment> audience) {
}
