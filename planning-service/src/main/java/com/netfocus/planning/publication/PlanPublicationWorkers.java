package com.netfocus.planning.publication;

import com.netfocus.planning.eventstore.EventStoreConfiguration;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts and stops the publication: first the check that the topic takes what the producer may send, then the Kafka
 * producer and one single-threaded worker per queue of
 * {@link PlanPublicationQueues}, each publishing the plans whose id hashes to it. Publishing never runs on a
 * command's thread.
 */
@Component
public class PlanPublicationWorkers implements SmartLifecycle {

    /** Starts before the recovery sweep, which hands it work. */
    static final int PHASE = Integer.MAX_VALUE - 200;
    /** Plans whose last published sequence a worker remembers (most recently published first). */
    private static final int REMEMBERED_PLANS = 10_000;

    private final PlanPublicationSettings settings;
    private final PlanPublicationQueues queues;
    private final PlanEventProducerFactory producers;
    private final PlanEventTopicCheck topicCheck;
    private final EventStorageEngine storage;
    private final PublicationPositions positions;
    private final PublicationObligations obligations;
    private final PublicationDelay delay;
    private final PublicationFailures failures;
    private final BlockedPlans blocked;
    private final Clock clock;
    private final String topic;
    private final List<PlanPublicationWorker> workers = new ArrayList<>();
    private Producer<String, byte[]> producer;
    private volatile boolean running;

    /** {@code storage}: the store itself, not the publishing decorator around it, for catch-up reads. */
    public PlanPublicationWorkers(PlanPublicationSettings settings, PlanPublicationQueues queues,
                                  PlanEventProducerFactory producers, PlanEventTopicCheck topicCheck,
                                  @Qualifier(EventStoreConfiguration.STORAGE) EventStorageEngine storage,
                                  PublicationPositions positions, PublicationObligations obligations,
                                  PublicationDelay delay, PublicationFailures failures, BlockedPlans blocked,
                                  Clock clock, TopicSettings topics) {
        this.settings = settings;
        this.queues = queues;
        this.producers = producers;
        this.topicCheck = topicCheck;
        this.storage = storage;
        this.positions = positions;
        this.obligations = obligations;
        this.delay = delay;
        this.failures = failures;
        this.blocked = blocked;
        this.clock = clock;
        this.topic = topics.planEvents();
    }

    @Override
    public synchronized void start() {
        topicCheck.verify();
        producer = producers.create();
        List<PlanTaskQueue> all = queues.all();
        for (int i = 0; i < all.size(); i++) {
            workers.add(new PlanPublicationWorker("plan-publisher-" + i, all.get(i), settings.batchSize(),
                    batchPublication()));
        }
        workers.forEach(PlanPublicationWorker::start);
        running = true;
    }

    /** One worker's publication, with its own memory of what it published. */
    private BatchPublication batchPublication() {
        KnownPublished known = new KnownPublished(REMEMBERED_PLANS);
        return new BatchPublication(new PublicationPreparation(positions, storage, known),
                new InOrderSender(producer, topic, delay),
                new PublicationSettlement(positions, obligations, known, failures,
                        new PlanBlocking(blocked, positions, clock)),
                blocked);
    }

    @Override
    public synchronized void stop() {
        running = false;
        // queued work is dropped on purpose: its plans stay marked and the next start-up sweep publishes them
        workers.forEach(PlanPublicationWorker::stop);
        workers.forEach(worker -> worker.awaitStop(settings.stopTimeout()));
        // a worker still waiting on Kafka (the broker away) is released by the close, which fails what is pending
        producer.close(settings.requestTimeout());
        workers.forEach(worker -> worker.awaitStop(settings.stopTimeout()));
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
