package com.netfocus.catalog.publication;

import com.netfocus.catalog.platform.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * At start-up and then on a timer, re-sends the platforms whose {@code PlatformListed} the broker has not
 * acknowledged (broker away, or the service stopped between store and publish). The stored mark decides
 * what is missing, so nothing is skipped; a duplicate is harmless because consumers keep one copy per id.
 */
@Component
public class UnpublishedPlatformsResender {

    private static final Logger log = LoggerFactory.getLogger(UnpublishedPlatformsResender.class);

    private final MongoTemplate mongo;
    private final PlatformListedPublisher publisher;
    private final PublicationProperties properties;

    public UnpublishedPlatformsResender(MongoTemplate mongo, PlatformListedPublisher publisher,
                                        PublicationProperties properties) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${netfocus.catalog.publication.first-resend-delay}",
            fixedDelayString = "${netfocus.catalog.publication.resend-interval}")
    public void resendUnpublished() {
        List<Platform> pending;
        try {
            pending = mongo.find(query(where(Platform.LISTED_PUBLISHED).is(false)
                            .and(Platform.CREATED_AT).lt(Instant.now().minus(properties.resendAfter())))
                    .with(Sort.by(Platform.CREATED_AT))
                    .limit(properties.resendBatchSize()), Platform.class);
        } catch (DataAccessException e) {
            log.warn("cannot look for unpublished platforms now: {}", e.getMessage());
            return;
        }
        for (Platform platform : pending) {
            // One failure means the broker is away: the next run tries again instead of hammering it now.
            if (!publisher.publishAndWait(platform)) {
                return;
            }
            log.info("re-sent PlatformListed for platform {}", platform.id());
        }
    }
}
