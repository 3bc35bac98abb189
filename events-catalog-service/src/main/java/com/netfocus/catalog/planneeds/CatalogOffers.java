package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.recommendation.AudienceSegment;
import com.netfocus.catalog.recommendation.PlatformOffer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads an org's platforms as the recommendation sees them. */
@Component
public class CatalogOffers {

    private final MongoTemplate mongo;

    CatalogOffers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The org's platforms whose programme starts after {@code after} and before {@code before}, except the
     * excluded ones. The scoring applies the same window again per target; narrowing it here only keeps past
     * and far-future platforms from being read at all.
     */
    List<PlatformOffer> upcoming(String org, Instant after, Instant before, Collection<String> excludedIds) {
        if (!before.isAfter(after)) {
            return List.of();
        }
        Criteria criteria = where(Platform.ORG).is(org)
                .and(Platform.PROGRAM_STARTS_AT).gt(after).lt(before);
        if (!excludedIds.isEmpty()) {
            criteria = criteria.and("_id").nin(excludedIds);
        }
        return mongo.find(query(criteria), Platform.class).stream().map(CatalogOffers::offerOf).toList();
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
