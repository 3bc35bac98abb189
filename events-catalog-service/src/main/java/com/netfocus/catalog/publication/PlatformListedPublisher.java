package com.netfocus.catalog.publication;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.support.publication.Publication;
import com.netfocus.support.publication.PublicationSettings;
import com.netfocus.support.publication.ReliablePublisher;
import com.netfocus.support.settings.Settings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Publishes each platform's {@code PlatformListed} on the catalog events topic, keyed by platform id, and marks
 * the platform {@code listedPublished} once the broker acknowledged it; platforms still unmarked are re-sent by
 * the timer (see {@link ReliablePublisher}). Settings under {@code netfocus.catalog.publication}.
 */
@Component
public class PlatformListedPublisher extends ReliablePublisher<Platform> {

    public PlatformListedPublisher(KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo, CatalogTopics topics,
                                   Environment environment,
                                   @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        super(new Publication<>("platform", Platform.class, Platform::id, Platform.LISTED_PUBLISHED,
                        Platform.CREATED_AT, topics.catalogEvents(), PlatformListedPublisher::listed,
                        Settings.bind(environment, "netfocus.catalog.publication", PublicationSettings.class)),
                kafka, mongo, executor);
    }

    /** The time as MongoDB keeps it (milliseconds), so that a first send and a re-send from the store agree. */
    private static Instant asStored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }

    static PlatformListed listed(Platform platform) {
        return new PlatformListed(platform.id(), platform.org(), platform.name(), platform.kind().name(),
                platform.startsAt(), platform.endsAt(), platform.programStartsAt(), platform.programEndsAt(),
                platform.location(), platform.organizer(),
                platform.cost() == null ? null : platform.cost().doubleValue(), platform.expectedAttendance(),
                platform.audience() == null ? List.of() : platform.audience().stream()
                        .map(segment -> new AudienceShare(segment.function(), segment.position(), segment.industry(),
                                segment.share()))
                        .toList(),
                platform.createdBy(), asStored(platform.createdAt()));
    }
}
