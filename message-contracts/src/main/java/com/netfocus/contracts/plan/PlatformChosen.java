package com.netfocus.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * A platform chosen for the targets it serves. The programme times are copied from the catalog at the
 * moment of choice so that the plan's hours and the later attendance check never depend on another service.
 */
public record PlatformChosen(
        String planId,
        String platformId,
        String platformName,
        List<String> targetIds,
        Instant programStartsAt,
        Instant programEndsAt,
        int arriveEarlyMinutes,
        int stayLateMinutes,
        double plannedHours) implements PlanEvent {

    public PlatformChosen {
        targetIds = List.copyOf(targetIds);
    }
}
