package com.netfocus.planning.platform;

import com.netfocus.planning.team.Teammates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Choose a platform for the targets it serves. Name and programme times are looked up locally (from the catalog's
 * events) before the command is sent, so the aggregate never calls another service; so are the teammates' plans that
 * chose the same platform ({@code teammates}, from planning's own projection of its plan events) and whether the org
 * refuses a choice that overlaps one of theirs ({@code refuseTeamOverlap}, an org setting).
 */
public record ChoosePlatform(
        @TargetAggregateIdentifier String planId,
        String platformId,
        String platformName,
        List<String> targetIds,
        Instant programStartsAt,
        Instant programEndsAt,
        Integer arriveEarlyMinutes,
        Integer stayLateMinutes,
        Teammates teammates,
        boolean refuseTeamOverlap) {

    public ChoosePlatform {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        teammates = teammates == null ? Teammates.none() : teammates;
    }

    /** A choice without teammates at the platform. */
    public ChoosePlatform(String planId, String platformId, String platformName, List<String> targetIds,
                          Instant programStartsAt, Instant programEndsAt, Integer arriveEarlyMinutes,
                          Integer stayLateMinutes) {
        this(planId, platformId, platformName, targetIds, programStartsAt, programEndsAt, arriveEarlyMinutes,
                stayLateMinutes, Teammates.none(), false);
    }
}
