package com.netfocus.catalog.planneeds;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads an org's platforms as the recommendation sees them. Keeps, per org, a compact in-memory copy of the upcoming
 * platforms ({@link PlatformOffer}s, read once and shared by every request of the org until it expires or the org's
 * catalog changes here): a request then filters memory instead of reading thousands of platforms from the store,
 * which the embedded wire server can only do by scanning them all, per request. Memory stays bounded by
 * {@link OffersCacheProperties#maxOrgs()}.
 */
@Component
public class CatalogOffers {

    /** Platforms fetched per round trip while reading an org's catalog. */
    private static final int CURSOR_BATCH = 256;

    private final MongoTemplate mongo;
    private final OffersCacheProperties cache;
    private final Clock clock;
    private final Map<String, Loaded> byOrg;

    CatalogOffers(MongoTemplate mongo, OffersCacheProperties cache, Clock clock) {
        this.mongo = mongo;
        this.cache = cache;
        this.clock = clock;
        this.byOrg = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
                return size() > cache.maxOrgs();
            }
        };
    }

    /**
     * The org's platforms whose programme starts after {@code after} and before {@code before}, except the
     * excluded ones, and whose audience can serve at least one of {@code targets} ({@link AudienceFilter}). The
     * scoring applies the same window again per target; narrowing it here keeps past and far-future platforms out.
     */
    List<PlatformOffer> upcoming(String org, Instant after, Instant before, Collection<String> excludedIds,
                                 List<TargetNeed> targets) {
        if (!before.isAfter(after) || targets.isEmpty()) {
            return List.of();
        }
        AudienceFilter filter = new AudienceFilter(targets);
        List<PlatformOffer> candidates = new ArrayList<>();
        for (PlatformOffer offer : offersOf(org)) {
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
        synchronized (byOrg) {
            byOrg.remove(changed.org());
        }
    }

    /** The org's platforms starting from now on, as read at most {@code ttl} ago. */
    private List<PlatformOffer> offersOf(String org) {
        Instant now = clock.instant();
        synchronized (byOrg) {
            Loaded loaded = byOrg.get(org);
            if (loaded != null && loaded.at().plus(cache.ttl()).isAfter(now)) {
                return loaded.offers();
            }
        }
        // read outside the lock; two requests racing for a stale org both read, and the later one's copy stays
        List<PlatformOffer> offers = read(org, now);
        synchronized (byOrg) {
            byOrg.put(org, new Loaded(now, offers));
        }
        return offers;
    }

    private List<PlatformOffer> read(String org, Instant now) {
        Criteria criteria = where(Platform.ORG).is(org).and(Platform.PROGRAM_STARTS_AT).gt(now);
        List<PlatformOffer> offers = new ArrayList<>();
        try (Stream<Platform> platforms = mongo.stream(query(criteria).cursorBatchSize(CURSOR_BATCH), Platform.class)) {
            platforms.map(CatalogOffers::offerOf).forEach(offers::add);
        }
        return List.copyOf(offers);
    }

    private record Loaded(Instant at, List<PlatformOffer> offers) {
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
