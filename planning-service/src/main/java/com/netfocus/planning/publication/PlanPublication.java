package com.netfocus.planning.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private boolean failed;

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
        if (!failed) {
            acknowledged = record.sequence();
        }
    }

    /** Nothing after this point counts as published; what was prepared and not acknowledged is dropped. */
    void fail() {
        failed = true;
    }

    /** Nothing of this plan could be prepared: nothing is sent. */
    void unprepared() {
        failed = true;
        records.clear();
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
