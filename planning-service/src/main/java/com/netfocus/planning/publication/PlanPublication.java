package com.netfocus.planning.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One plan's share of a worker's batch: its tasks, the records to send (decided by {@link PublicationPreparation}),
 * and what came of them: the last sequence Kafka acknowledged, whether anything failed.
 */
final class PlanPublication {

    private final String planId;
    private final List<PublicationTask> tasks = new ArrayList<>();
    private final List<PlanRecord> records = new ArrayList<>();
    /** Nothing published until prepared: a plan that could not be prepared advances nothing. */
    private long startSequence = Position.NOTHING_PUBLISHED;
    private long acknowledged = Position.NOTHING_PUBLISHED;
    private long observedMarks = Long.MIN_VALUE;
    /** Where the prepared records end because the next one cannot be sent (set while preparing). */
    private PublicationFailure stop;
    /** The record Kafka did not take (set while sending): nothing after it is sent. */
    private PublicationFailure failure;
    private boolean held;
    private boolean storedBlock;

    PlanPublication(String planId) {
        this.planId = planId;
    }

    void add(PublicationTask task) {
        tasks.add(task);
        if (task instanceof PublicationTask.Committed committed) {
            observedMarks = Math.max(observedMarks, committed.marks());
        }
    }

    String planId() {
        return planId;
    }

    List<PublicationTask> tasks() {
        return tasks;
    }

    boolean hasCatchUp() {
        return tasks.stream().anyMatch(task -> task instanceof PublicationTask.CatchUp);
    }

    /** The records handed over from memory, in the order they were committed. */
    List<PlanRecord> committedRecords() {
        return tasks.stream().filter(task -> task instanceof PublicationTask.Committed)
                .flatMap(task -> ((PublicationTask.Committed) task).records().stream()).toList();
    }

    /** How many of the plan's appends this batch settles. */
    int settledAppends() {
        return (int) tasks.stream().filter(PublicationTask::holdsObligation).count();
    }

    /** The mark count the position had when read, so that a mark set after it blocks the clear. */
    void observedMarks(long marks) {
        observedMarks = Math.max(observedMarks, marks);
    }

    long observedMarks() {
        return observedMarks;
    }

    /** What is already on Kafka; the records to send follow it without a gap. */
    void startAfter(long publishedSequence) {
        startSequence = publishedSequence;
        acknowledged = publishedSequence;
    }

    void send(PlanRecord record) {
        records.add(record);
    }

    List<PlanRecord> records() {
        return records;
    }

    void acknowledged(PlanRecord record) {
        if (failure == null) {
            acknowledged = record.sequence();
        }
    }

    /** The records prepared so far are sent; the next one cannot be, for this reason. */
    void stopsAt(PublicationFailure reason) {
        stop = reason;
    }

    /** Nothing of this plan could be prepared: nothing is sent. */
    void unprepared(PublicationFailure reason) {
        stop = reason;
        records.clear();
    }

    /** Kafka did not take a record: nothing after it is sent or counts as published. */
    void failed(PublicationFailure failed) {
        if (failure == null) {
            failure = failed;
        }
    }

    /** Why the plan's publication stopped short: Kafka's failure first, else why preparing stopped. */
    Optional<PublicationFailure> failure() {
        return Optional.ofNullable(failure != null ? failure : stop);
    }

    boolean succeeded() {
        return failure().isEmpty() && !held;
    }

    /** The plan is blocked and its next attempt is not due: nothing is read or sent, its appends are settled. */
    void hold() {
        held = true;
    }

    boolean held() {
        return held;
    }

    /** The stored position says the plan's publication is blocked (by this instance or another, maybe earlier). */
    void storedBlock(boolean blocked) {
        storedBlock = blocked;
    }

    boolean storedBlock() {
        return storedBlock;
    }

    /** The next record to send, or none once the plan failed or everything was sent. */
    Optional<PlanRecord> next(int index) {
        return failure == null && index < records.size() ? Optional.of(records.get(index)) : Optional.empty();
    }

    boolean advanced() {
        return acknowledged > startSequence;
    }

    long acknowledgedSequence() {
        return acknowledged;
    }

    /** The correlation ids of the events handed over from memory (known before anything is read). */
    String committedCorrelation() {
        return joined(committedRecords().stream().map(PlanRecord::correlationId));
    }

    /** The correlation ids of the events being published, or of those handed over when none could be read. */
    String correlation() {
        return records.isEmpty() ? committedCorrelation() : joined(records.stream().map(PlanRecord::correlationId));
    }

    /** Usually one request's id; a batch that holds several requests' events names each once. */
    private static String joined(Stream<String> ids) {
        String joined = ids.filter(Objects::nonNull).distinct().collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}
