package com.netfocus.catalog.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.plan.PlanEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Publishes a platform's {@code PlatformListed} event and marks the platform published only after the
 * broker acknowledged it. A platform whose mark is still false is re-sent by
 * {@link UnpublishedPlatformsResender}, so a broker outage delays the event but never loses it.
 */
@Component
public class PlatformListedPublisher {

    private static final Logger log = LoggerFactory.getLogger(PlatformListedPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final MongoTemplate mongo;
    private final CatalogTopics topics;
    private final PublicationProperties properties;
    private final TaskExecutor executor;

    public PlatformListedPublisher(KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo, CatalogTopics topics,
                                   PublicationProperties properties,
                                   @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.topics = topics;
        this.properties = properties;
        this.executor = executor;
    }

    /**
     * Publishes in the background, so that a request never waits on a broker that is away; the platform
     * is already stored, and the timer takes over if this attempt fails.
     */
    public void publishSoon(Platform platform) {
        try {
            executor.execute(() -> publishAndWait(platform));
        } catch (TaskRejectedException busy) {
            log.warn("platform {} left to the publication timer: {}", platform.id(), busy.getMessage());
        }
    }

    /** @return whether the broker acknowledged the event and the platform is marked published */
    public boolean publishAndWait(Platform platform) {
        try {
            kafka.send(topics.catalogEvents(), platform.id(), encode(platform))
                    .get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            mongo.updateFirst(query(where("_id").is(platform.id())), Update.update(Platform.LISTED_PUBLISHED, true),
                    Platform.class);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("platform {} not published yet, will retry: {}", platform.id(),
                    e instanceof ExecutionException && e.getCause() != null ? e.getCause().toString() : e.toString());
            return false;
        }
    }

    static byte[] encode(Platform platform) {
        PlatformListed listed = new PlatformListed(platform.id(), platform.org(), platform.name(),
                platform.kind().name(), platform.startsAt(), platform.endsAt(), platform.programStartsAt(),
                platform.programEndsAt());
        try {
            return PlanEventCodec.mapper().writeValueAsBytes(listed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode PlatformListed " + platform.id(), e);
        }
    }
}
