package com.netfocus.planning.platform;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Choose a platform for the targets it serves. Name and programme times are looked up locally (from the catalog's
 * events) before the command is sent, so the aggregate never calls another service.
 */
public record ChoosePlatform(
        @TargetAggregateIdentifier String planId,
        String platformId,
        String platformName,
        List<String> targetIds,
        Instant programStartsAt,
        Instant programEndsAt,
        Integer arriveEarlyMinutes,
        Integer stayLateMinutes) {

    public ChoosePlatform {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }
}
