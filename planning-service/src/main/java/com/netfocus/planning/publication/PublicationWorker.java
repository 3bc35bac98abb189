package com.netfocus.planning.publication;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.planning.correlation.LoggedCorrelation;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One publication thread. It takes whatever is queued (up to a batch), sends every record of the batch, waits for
 * Kafka's acknowledgements, then records each plan's publication in one write (appends settled, sequence advanced,
 * mark cleared when allowed). Only this thread publishes its plans, so their records reach Kafka in store order.
 */
class PublicationWorker {

    private static final Logger log = LoggerFactory.getLogger(PublicationWorker.class);
    private static final long POLL_MILLIS = 500;
    private static final int REMEMBERED_PLANS = 10_000;

    private final BlockingQueue<PublicationTask> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final PlanEventPublisher publisher;
    private final PublicationPositions positions;
    private final PublicationObligations obligations;
    private final int batchSize;
    private final String topic;
    /** The last sequence this worker put on Kafka per plan: spares a read of the position for the common case. */
    private final Map<String, Long> published = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_PLANS;
        }
    };
    private volatile boolean running = true;

    PublicationWorker(String name, PlanEventPublisher publisher, PublicationPositions positions,
                      PublicationObligations obligations, int batchSize, String topic) {
        this.publisher = publisher;
        this.positions = positions;
        this.obligations = obligations;
        this.batchSize = Math.max(1, batchSize);
        this.topic = topic;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void enqueue(PublicationTask task) {
        queue.add(task);
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
            try {
                PublicationTask first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<PublicationTask> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                publish(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("publication batch failed; the plans stay marked for the recovery sweep", e);
            }
        }
    }

    private void publish(List<PublicationTask> batch) {
        Map<String, PlanPublication> plans = new LinkedHashMap<>();
        for (PublicationTask task : batch) {
            plans.computeIfAbsent(task.planId(), planId -> new PlanPublication(planId, published.get(planId)))
                    .add(task);
        }
        for (PlanPublication plan : plans.values()) {
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.committedCorrelation())) {
                plan.prepare(positions, publisher.storage());
            }
        }
        boolean brokerFailed = false;
        for (PlanPublication plan : plans.values()) {
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.correlation())) {
                brokerFailed = !plan.send(publisher.producer(), topic, brokerFailed) || brokerFailed;
            }
        }
        for (PlanPublication plan : plans.values()) {
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.correlation())) {
                plan.awaitAcknowledgements(publisher.delay());
                settle(plan);
            }
        }
    }

    private void settle(PlanPublication plan) {
        String planId = plan.planId();
        try {
            long acknowledged = plan.acknowledgedSequence();
            if (plan.succeeded()) {
                published.put(planId, acknowledged);
                if (plan.advanced()) {
                    log.debug("published plan {} up to sequence {}", planId, acknowledged);
                }
            } else {
                published.remove(planId);
                publisher.failed();
            }
            int settled = (int) plan.tasks().stream().filter(PublicationTask::holdsObligation).count();
            // this process's count drops first: only then does isOpen tell whether another of its appends (handed
            // over later, not yet published) still needs the mark
            for (int i = 0; i < settled; i++) {
                obligations.close(planId);
            }
            if (plan.succeeded() && !obligations.isOpen(planId)) {
                positions.settleAndClear(planId, settled, acknowledged, plan.observedMarks());
            } else {
                positions.settleAndAdvance(planId, settled, acknowledged);
            }
        } catch (RuntimeException e) {
            // the store is away: the appends stay open there, and the mark with them, until the lease ends (safe)
            log.warn("could not record the publication of plan {}; it stays marked until the lease ends: {}", planId,
                    e.toString());
        } finally {
            if (plan.tasks().stream().anyMatch(t -> t instanceof PublicationTask.CatchUp c && !c.holdsObligation())) {
                publisher.catchUpDone(planId);
            }
        }
    }

    /** One plan's share of a batch. */
    private static final class PlanPublication {

        private final String planId;
        private final List<PublicationTask> tasks = new ArrayList<>();
        private final List<byte[]> values = new ArrayList<>();
        private final List<Long> sequences = new ArrayList<>();
        private final List<Instant> occurrences = new ArrayList<>();
        private final List<String> correlationIds = new ArrayList<>();
        private final List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        private Long knownPublished;
        /** Nothing published until prepared: a plan that could not be prepared advances nothing. */
        private long startSequence = Position.NOTHING_PUBLISHED;
        private long acknowledged = Position.NOTHING_PUBLISHED;
        private long observedMarks = Long.MIN_VALUE;
        private boolean failed;

        PlanPublication(String planId, Long knownPublished) {
            this.planId = planId;
            this.knownPublished = knownPublished;
        }

        void add(PublicationTask task) {
            tasks.add(task);
            if (task instanceof PublicationTask.Committed committed) {
                observedMarks = Math.max(observedMarks, committed.marks());
            }
        }

        /** Decides what to send: the committed events from memory, or, after a gap or for a catch-up, the store. */
        void prepare(PublicationPositions positions, EventStorageEngine store) {
            try {
                List<DomainEventMessage<?>> inMemory = new ArrayList<>();
                tasks.stream().filter(t -> t instanceof PublicationTask.Committed)
                        .forEach(t -> inMemory.addAll(((PublicationTask.Committed) t).events()));
                boolean catchUp = tasks.stream().anyMatch(t -> t instanceof PublicationTask.CatchUp);
                if (knownPublished == null || catchUp) {
                    // the position's mark count is read before the store, so a mark set after it blocks the clear
                    Position position = positions.find(planId)
                            .orElse(new Position(planId, Position.NOTHING_PUBLISHED, false, 0));
                    observedMarks = Math.max(observedMarks, position.marks());
                    knownPublished = Math.max(position.publishedSequence(),
                            knownPublished == null ? Position.NOTHING_PUBLISHED : knownPublished);
                }
                startSequence = knownPublished;
                acknowledged = knownPublished;
                boolean gap = !inMemory.isEmpty() && inMemory.get(0).getSequenceNumber() > knownPublished + 1;
                List<DomainEventMessage<?>> events = new ArrayList<>();
                if (catchUp || gap) {
                    store.readEvents(planId, knownPublished + 1).asStream().forEach(events::add);
                } else {
                    events = inMemory;
                }
                long next = knownPublished + 1;
                for (DomainEventMessage<?> event : events) {
                    if (event.getSequenceNumber() < next) {
                        continue; // already on Kafka
                    }
                    if (event.getSequenceNumber() > next) {
                        throw new IllegalStateException("plan " + planId + " misses sequence " + next
                                + " before " + event.getSequenceNumber());
                    }
                    values.add(EnvelopeRecords.value(event));
                    sequences.add(event.getSequenceNumber());
                    occurrences.add(event.getTimestamp());
                    correlationIds.add(EnvelopeRecords.correlationId(event));
                    next++;
                }
            } catch (RuntimeException e) {
                log.warn("cannot prepare the publication of plan {}: {}", planId, e.toString());
                failed = true;
                values.clear();
                sequences.clear();
                occurrences.clear();
                correlationIds.clear();
            }
        }

        /** Sends the records unless the broker already failed in this batch; false if sending failed. */
        boolean send(Producer<String, byte[]> producer, String topic,
                     boolean brokerFailed) {
            if (failed) {
                return true;
            }
            if (brokerFailed && !values.isEmpty()) {
                failed = true;
                return false;
            }
            try {
                for (int i = 0; i < values.size(); i++) {
                    acknowledgements.add(producer.send(record(topic, values.get(i), correlationIds.get(i))));
                }
                return true;
            } catch (RuntimeException e) {
                log.warn("cannot send events of plan {}: {}", planId, e.toString());
                failed = true;
                return false;
            }
        }

        void awaitAcknowledgements(PublicationDelay delay) {
            for (int i = 0; i < acknowledgements.size(); i++) {
                try {
                    acknowledgements.get(i).get();
                    if (!failed) {
                        acknowledged = sequences.get(i);
                        delay.acknowledged(occurrences.get(i));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed = true;
                } catch (Exception e) {
                    if (!failed) {
                        try (LoggedCorrelation logged = LoggedCorrelation.of(correlationIds.get(i))) {
                            log.warn("Kafka did not acknowledge plan {} sequence {}: {}", planId, sequences.get(i),
                                    e.toString());
                        }
                    }
                    failed = true;
                }
            }
            if (acknowledgements.size() < values.size()) {
                failed = true;
            }
        }

        /** Also on the record as a header, so that a consumer can log it before it reads the value. */
        private ProducerRecord<String, byte[]> record(String topic, byte[] value, String correlationId) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, planId, value);
            if (correlationId != null) {
                record.headers().add(CallerHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }

        String planId() {
            return planId;
        }

        /** The correlation ids of the events handed over from memory (known before anything is read). */
        String committedCorrelation() {
            return joined(tasks.stream().filter(t -> t instanceof PublicationTask.Committed)
                    .flatMap(t -> ((PublicationTask.Committed) t).events().stream())
                    .map(EnvelopeRecords::correlationId));
        }

        /** The correlation ids of the events being published, or of those handed over when none could be read. */
        String correlation() {
            return correlationIds.isEmpty() ? committedCorrelation() : joined(correlationIds.stream());
        }

        /** Usually one request's id; a batch that holds several requests' events names each once. */
        private static String joined(Stream<String> ids) {
            String joined = ids.filter(Objects::nonNull).distinct().collect(Collectors.joining(","));
            return joined.isEmpty() ? null : joined;
        }

        List<PublicationTask> tasks() {
            return tasks;
        }

        boolean succeeded() {
            return !failed;
        }

        boolean advanced() {
            return acknowledged > startSequence;
        }

        long acknowledgedSequence() {
            return acknowledged;
        }

        long observedMarks() {
            return observedMarks;
        }
    }
}
