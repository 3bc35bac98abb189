package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.planning.team.Teammates;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Choose a platform for the targets it serves. Name, programme times and audience are looked up locally (from the
 * catalog's events) before the command is sent, so the aggregate never calls another service; {@code audience} is null
 * when the catalog never said whom the platform gathers. {@code now} is the service's clock when the choice was made.
 * So are the teammates' plans that chose the same platform ({@code teammates}, from planning's own projection of its
 * plan events) and whether the org refuses a choice that overlaps one of theirs ({@code refuseTeamOverlap}, an org
 * setting).
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
        List<AudienceShare> audience,
        Instant now,
        Teammates teammates,
        boolean refuseTeamOverlap) {

    public ChoosePlatform {
        // not List.copyOf: a null id must reach the rules, which name it, instead of failing here
        targetIds = targetIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(targetIds));
        audience = audience == null ? null : List.copyOf(audience);
        teammates = teammates == null ? Teammates.none() : teammates;
    }

    /** A choice without teammates at the platform. */
    public ChoosePlatform(String planId, String platformId, String platformName, List<String> targetIds,
                          Instant programStartsAt, Instant programEndsAt, Integer arriveEarlyMinutes,
                          Integer stayLateMinutes, List<AudienceShare> audience, Instant now) {
        this(planId, platformId, platformName, targetIds, programStartsAt, programEndsAt, arriveEarlyMinutes,
                stayLateMinutes, audience, now, Teammates.none(), false);
    }
}
