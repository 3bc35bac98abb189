package com.netfocus.planning.publication;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends plan events to Kafka: a small pool of single-threaded workers, each owning the plans whose id hashes to it,
 * so a plan is only ever published by one thread and its records reach the topic in store order. Publishing never
 * runs on the command's thread.
 */
@Component
public class PlanEventPublisher implements SmartLifecycle {

    /** Starts before the recovery sweep, which hands it work. */
    static final int PHASE = Integer.MAX_VALUE - 200;

    private final PublicationSettings settings;
    private final TopicSettings topics;
    private final PublicationPositions positions;
    private final PublicationObligations obligations;
    private final PublicationDelay delay;
    private final String bootstrapServers;
    private final Set<String> queuedCatchUps = ConcurrentHashMap.newKeySet();
    private final List<PublicationWorker> workers = new ArrayList<>();
    private volatile EventStorageEngine storage;
    private Producer<String, byte[]> producer;
    private final AtomicLong failedAttempts = new AtomicLong();
    private volatile boolean running;

    public PlanEventPublisher(PublicationSettings settings, TopicSettings topics, PublicationPositions positions,
                              PublicationObligations obligations, PublicationDelay delay,
                              @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.settings = settings;
        this.topics = topics;
        this.positions = positions;
        this.obligations = obligations;
        this.delay = delay;
        this.bootstrapServers = bootstrapServers;
    }

    /** Where catch-up reads come from: the storage itself (not the publishing decorator around it). */
    void readFrom(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** Queues work for the plan's worker. Events handed over before start are kept and sent once running. */
    void submit(PublicationTask task) {
        if (task instanceof PublicationTask.CatchUp && !task.holdsObligation() && !queuedCatchUps.add(task.planId())) {
            return; // a catch-up of this plan is already waiting
        }
        workerFor(task.planId()).enqueue(task);
    }

    /** Asks for a catch-up of a plan the sweep found pending, unless one of this process's appends will settle it. */
    void catchUp(String planId) {
        if (!obligations.isOpen(planId)) {
            submit(new PublicationTask.CatchUp(planId, false));
        }
    }

    /** How many times a plan's publication failed and was left to the recovery sweep (since start). */
    public long failedAttempts() {
        return failedAttempts.get();
    }

    void failed() {
        failedAttempts.incrementAndGet();
    }

    void catchUpDone(String planId) {
        queuedCatchUps.remove(planId);
    }

    private synchronized PublicationWorker workerFor(String planId) {
        if (workers.isEmpty()) {
            for (int i = 0; i < Math.max(1, settings.workers()); i++) {
                workers.add(new PublicationWorker("plan-publisher-" + i, this, positions, obligations,
                        settings.batchSize(), topics.planEvents()));
            }
        }
        return workers.get(Math.floorMod(planId.hashCode(), workers.size()));
    }

    PublicationDelay delay() {
        return delay;
    }

    EventStorageEngine storage() {
        return storage;
    }

    Producer<String, byte[]> producer() {
        return producer;
    }

    @Override
    public synchronized void start() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(settings.deliveryTimeout()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(settings.requestTimeout()),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(settings.maxBlock())),
                new StringSerializer(), new ByteArraySerializer());
        workerFor("");
        workers.forEach(PublicationWorker::start);
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        // queued work is dropped on purpose: its plans stay marked and the next start-up sweep publishes them
        workers.forEach(PublicationWorker::stop);
        workers.forEach(worker -> worker.awaitStop(settings.stopTimeout()));
        // a worker still waiting on Kafka (the broker away) is released by the close, which fails what is pending
        producer.close(settings.requestTimeout());
        workers.forEach(worker -> worker.awaitStop(settings.stopTimeout()));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private static int millis(Duration duration) {
        return (int) duration.toMillis();
    }
}
