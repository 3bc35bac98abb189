package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * Tells, before a platform is kept as a candidate, whether its audience can serve any of the targets at all: some
 * segment with a positive share matches some target (the same match the scoring uses, {@link AudienceMatcher}). A
 * platform failing this is never ranked nor proposed (the assessment drops platforms that serve no target), so the
 * catalog can leave it unread instead of holding every platform of the org in memory per request.
 *
 * <p>Not thread-safe, like the matcher: make one per request.
 */
public final class AudienceFilter {

    private final AudienceMatcher matcher;

    public AudienceFilter(List<TargetNeed> targets) {
        this.matcher = new AudienceMatcher(targets);
    }

    public boolean reachesAnyTarget(List<AudienceSegment> audience) {
        matcher.match(audience);
        return matcher.touchedCount() > 0;
    }
}
