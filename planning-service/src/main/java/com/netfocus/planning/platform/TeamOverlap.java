package com.netfocus.planning.platform;

import com.netfocus.contracts.plan.TargetProfile;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A choice's warning: teammates already go to the platform for people of profiles this choice names
 * ({@code profiles}, as this plan wrote them). {@code code} is always {@link #CODE}, for clients to tell warnings apart.
 */
public record TeamOverlap(
        @Schema(description = "What the warning is about", example = CODE) String code,
        @Schema(description = "The teammates already going there for the same people") List<String> teammates,
        @Schema(description = "The profiles, as this plan wrote them, they go for") List<TargetProfile> profiles) {

    public static final String CODE = "TEAM_OVERLAP";

    public TeamOverlap(List<String> teammates, List<TargetProfile> profiles) {
        this(CODE, teammates, profiles);
    }

    public TeamOverlap {
        teammates = List.copyOf(teammates);
        profiles = List.copyOf(profiles);
    }
}
