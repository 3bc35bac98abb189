package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.recommendation.AudienceFilter;
import com.netfocus.catalog.recommendation.AudienceSegment;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.TargetNeed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads an org's platforms as the recommendation sees them. */
@Component
class CatalogOffers {

    /** Platforms fetched per round trip while streaming: bounds what one request holds before filtering. */
    private static final int CURSOR_BATCH = 256;

    private final MongoTemplate mongo;

    CatalogOffers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The org's platforms whose programme starts after {@code after} and before {@code before}, except the
     * excluded ones, and whose audience can serve at least one of {@code targets} ({@link AudienceFilter}). The
     * scoring applies the same window again per target; narrowing it here only keeps past and far-future platforms
     * from being read at all. The platforms are streamed from the store (a cursor, one batch in memory at a time) and
     * only the candidates are kept: at 16 concurrent requests over a large catalog, holding every platform per
     * request ran the service out of heap.
     */
    List<PlatformOffer> upcoming(String org, Instant after, Instant before, Collection<String> excludedIds,
                                 List<TargetNeed> targets) {
        if (!before.isAfter(after) || targets.isEmpty()) {
            return List.of();
        }
        Criteria criteria = where(Platform.ORG).is(org)
                .and(Platform.PROGRAM_STARTS_AT).gt(after).lt(before);
        if (!excludedIds.isEmpty()) {
            criteria = criteria.and("_id").nin(excludedIds);
        }
        AudienceFilter filter = new AudienceFilter(targets);
        List<PlatformOffer> candidates = new ArrayList<>();
        try (Stream<Platform> platforms = mongo.stream(query(criteria).cursorBatchSize(CURSOR_BATCH), Platform.class)) {
            platforms.map(CatalogOffers::offerOf)
                    .filter(offer -> filter.reachesAnyTarget(offer.audience()))
                    .forEach(candidates::add);
        }
        return candidates;
    }

    private static PlatformOffer offerOf(Platform platform) {
        List<AudienceSegment> audience = platform.audience() == null ? List.of() : platform.audience().stream()
                .map(segment -> new AudienceSegment(segment.function(), segment.position(), segment.industry(),
                        segment.share()))
                .toList();
        return new PlatformOffer(platform.id(), platform.name(), platform.topic(),
                platform.kind() == null ? null : platform.kind().name(), platform.programStartsAt(),
                platform.programEndsAt(), platform.networkingSupported(), platform.expectedAttendance(), audience);
    }
}
