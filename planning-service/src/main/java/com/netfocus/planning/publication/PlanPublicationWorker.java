package com.netfocus.planning.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * One publication thread: takes what its queue holds (up to a batch) and publishes it. Only this thread publishes
 * its plans, so their records reach Kafka in store order.
 */
final class PlanPublicationWorker {

    private static final Logger log = LoggerFactory.getLogger(PlanPublicationWorker.class);
    /** How long a poll of the queue waits before the thread looks whether it should stop. */
    private static final long POLL_MILLIS = 500;

    private final PlanTaskQueue queue;
    private final int batchSize;
    private final BatchPublication publication;
    private final Thread thread;
    private volatile boolean running = true;

    PlanPublicationWorker(String name, PlanTaskQueue queue, int batchSize, BatchPublication publication) {
        this.queue = queue;
        this.batchSize = Math.max(1, batchSize);
        this.publication = publication;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
    }

    void awaitStop(Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            List<PublicationTask> batch;
            try {
                batch = queue.next(batchSize, POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                if (!batch.isEmpty()) {
                    publication.publish(batch);
                }
            } catch (RuntimeException e) {
                log.error("publication batch failed; the plans stay marked for the recovery sweep", e);
            } finally {
                queue.done(batch);
            }
        }
    }
}
