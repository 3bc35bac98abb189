package com.netfocus.support.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.netfocus.contracts.plan.PlanEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Publishes one event per stored document so that none is lost: the document is stored with its
 * {@code publishedField} false; the event is sent and the flag set true only after the broker acknowledged
 * it; at start-up and then on a timer, documents whose flag is still not true are re-sent. A broker outage, or
 * a stop between store and publish, delays an event but never loses it. The stored flag, not a position,
 * decides what is missing, so nothing is skipped; a duplicate (timer and first attempt racing) is harmless
 * because consumers keep one copy per id.
 *
 * <p>A service declares one bean per kind of event, by subclassing with its {@link Publication}; the timer
 * is registered with Spring's scheduling, which {@code PublicationAutoConfiguration} switches on.
 */
public class ReliablePublisher<T> implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReliablePublisher.class);

    private final Publication<T> publication;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MongoTemplate mongo;
    private final TaskExecutor executor;
    private final AtomicLong unacknowledgedAttempts = new AtomicLong();

    public ReliablePublisher(Publication<T> publication, KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                             TaskExecutor executor) {
        this.publication = publication;
        this.kafka = kafka;
        this.mongo = mongo;
        this.executor = executor;
    }

    /**
     * Publishes in the background, so that a request never waits on a broker that is away; the document is
     * already stored, and the timer takes over if this attempt fails.
     */
    public void publishSoon(T document) {
        inBackground(() -> publishAndWait(document), publication.idOf().apply(document));
    }

    /** As {@link #publishSoon(Object)}, for many documents stored together (an import). */
    public void publishSoon(List<T> documents) {
        if (!documents.isEmpty()) {
            inBackground(() -> publishAllAndWait(documents), documents.size() + " documents");
        }
    }

    /** @return whether the broker acknowledged the event and the document is marked published */
    public boolean publishAndWait(T document) {
        return publishAllAndWait(List.of(document)) == 1;
    }

    /**
     * Sends all events before waiting for their acknowledgements, and stops sending at the first failure (the
     * broker is away: the timer takes over rather than every send waiting out its own time-out).
     *
     * @return how many events the broker acknowledged; their documents are marked published
     */
    public int publishAllAndWait(List<T> documents) {
        List<Sent> sent = new ArrayList<>();
        try {
            for (T document : documents) {
                String id = publication.idOf().apply(document);
                CompletableFuture<SendResult<String, byte[]>> ack = kafka.send(publication.topic(),
                        publication.keyOf().apply(document), encode(document));
                sent.add(new Sent(id, ack));
                if (ack.isCompletedExceptionally()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            notYet(documents.size() - sent.size(), e);
        }
        List<String> acknowledged = new ArrayList<>();
        for (Sent one : sent) {
            try {
                one.ack().get(publication.settings().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(one.id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                notYet(1, e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
            }
        }
        int published = markPublished(acknowledged);
        if (published < documents.size()) {
            unacknowledgedAttempts.incrementAndGet();
        }
        return published;
    }

    /** How many publication attempts (single or batch) left an event unpublished since start-up: the broker was away. */
    public long unacknowledgedAttempts() {
        return unacknowledgedAttempts.get();
    }

    /** Re-sends the oldest documents not acknowledged yet; called by the timer. */
    public void resendUnpublished() {
        List<T> pending;
        try {
            pending = mongo.find(query(where(publication.publishedField()).ne(true)
                            .and(publication.createdAtField())
                            .lt(Instant.now().minus(publication.settings().resendAfter())))
                    .with(Sort.by(publication.createdAtField()))
                    .limit(publication.settings().resendBatchSize()), publication.documents());
        } catch (DataAccessException e) {
            log.warn("cannot look for unpublished {}s now: {}", publication.kind(), e.getMessage());
            return;
        }
        for (T document : pending) {
            // One failure means the broker is away: the next run tries again instead of hammering it now.
            if (!publishAndWait(document)) {
                return;
            }
            log.info("re-sent the event of {} {}", publication.kind(), publication.idOf().apply(document));
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resendUnpublished,
                publication.settings().resendInterval(), publication.settings().firstResendDelay()));
    }

    private int markPublished(List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            mongo.updateMulti(query(where("_id").in(ids)), Update.update(publication.publishedField(), true),
                    publication.documents());
            return ids.size();
        } catch (DataAccessException e) {
            log.warn("{} events acknowledged but not marked published, the timer re-sends them: {}", ids.size(),
                    e.getMessage());
            return 0;
        }
    }

    private byte[] encode(T document) {
        Object event = publication.event().apply(document);
        try {
            return PlanEventCodec.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    private void inBackground(Runnable publish, String what) {
        try {
            executor.execute(publish);
        } catch (TaskRejectedException busy) {
            log.warn("{} {} left to the publication timer: {}", publication.kind(), what, busy.getMessage());
        }
    }

    private void notYet(int count, Throwable cause) {
        log.warn("{} {} event(s) not published yet, will retry: {}", count, publication.kind(), cause.toString());
    }

    private record Sent(String id, CompletableFuture<SendResult<String, byte[]>> ack) {
    }
}
