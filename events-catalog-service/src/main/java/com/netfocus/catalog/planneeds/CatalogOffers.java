package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.orgcopies.OrgCopies;
import com.netfocus.catalog.orgcopies.OrgCopiesProperties;
import com.netfocus.catalog.platform.CatalogChanged;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.recommendation.AudienceFilter;
import com.netfocus.catalog.recommendation.AudienceSegment;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.TargetNeed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads an org's platforms as the recommendation sees them. Keeps, per org, a compact in-memory copy of the upcoming
 * platforms ({@link PlatformOffer}s, shared by every request of the org, read again in the background once it is
 * {@code netfocus.catalog.org-copies.offers.refresh-after} old and at once after a platform is added here; see {@link OrgCopies}): a request then
 * filters memory instead of reading thousands of platforms from the store, which the embedded wire server can only
 * do by scanning them all. Memory stays bounded by its {@code max-orgs}.
 */
@Component
public class CatalogOffers {

    /** Platforms fetched per round trip while reading an org's catalog. */
    private static final int CURSOR_BATCH = 256;

    private final MongoTemplate mongo;
    private final OrgCopies<List<PlatformOffer>> byOrg;

    CatalogOffers(MongoTemplate mongo, OrgCopiesProperties copies, Clock clock) {
        this.mongo = mongo;
        this.byOrg = new OrgCopies<>(copies.offers(), org -> read(org, clock.instant()));
    }

    /**
     * The org's platforms whose programme starts after {@code after} and before {@code before}, except the
     * excluded ones, and whose audience can serve at least one of {@code targets} ({@link AudienceFilter}). The
     * scoring applies the same window again per target; narrowing it here keeps past and far-future platforms out
     * (including those that started since the org's copy was read).
     */
    public List<PlatformOffer> upcoming(String org, Instant after, Instant before, Collection<String> excludedIds,
                                 List<TargetNeed> targets) {
        if (!before.isAfter(after) || targets.isEmpty()) {
            return List.of();
        }
        AudienceFilter filter = new AudienceFilter(targets);
        List<PlatformOffer> candidates = new ArrayList<>();
        for (PlatformOffer offer : byOrg.of(org)) {
            Instant starts = offer.programStartsAt();
            if (starts != null && starts.isAfter(after) && starts.isBefore(before)
                    && !excludedIds.contains(offer.platformId()) && filter.reachesAnyTarget(offer.audience())) {
                candidates.add(offer);
            }
        }
        return candidates;
    }

    @EventListener
    void catalogChanged(CatalogChanged changed) {
        byOrg.forget(changed.org());
    }

    private List<PlatformOffer> read(String org, Instant now) {
        Criteria criteria = where(Platform.ORG).is(org).and(Platform.PROGRAM_STARTS_AT).gt(now);
        List<PlatformOffer> offers = new ArrayList<>();
        try (Stream<Platform> platforms = mongo.stream(query(criteria).cursorBatchSize(CURSOR_BATCH), Platform.class)) {
            platforms.map(CatalogOffers::offerOf).forEach(offers::add);
        }
        return List.copyOf(offers);
    }

    /** A catalog platform as the recommendation sees it (also what the analytics forecast a choice with). */
    public static PlatformOffer offerOf(Platform platform) {
        List<AudienceSegment> audience = platform.audience() == null ? List.of() : platform.audience().stream()
                .map(segment -> new AudienceSegment(segment.function(), segment.position(), segment.industry(),
                        segment.share()))
                .toList();
        return new PlatformOffer(platform.id(), platform.name(), platform.topic(),
                platform.kind() == null ? null : platform.kind().name(), platform.programStartsAt(),
                platform.programEndsAt(), platform.networkingSupported(), platform.expectedAttendance(), audience);
    }
}
