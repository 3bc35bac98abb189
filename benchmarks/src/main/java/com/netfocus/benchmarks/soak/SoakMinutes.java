package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Answer;
import com.netfocus.benchmarks.load.Latencies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a soak run saw, minute by minute (by the time an answer or a probe completed): commands and queries with their
 * latencies and failures, the projection lag probes, the consumer groups' backlog, and each process's RSS and heap
 * after GC. Answers from many threads; samples from the sampler thread.
 */
public final class SoakMinutes {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final int FAILURE_SAMPLES = 10;

    private final long begunNanos;
    private final List<Minute> minutes;
    private final List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());

    public SoakMinutes(long begunNanos, int count) {
        this.begunNanos = begunNanos;
        List<Minute> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(new Minute(i + 1));
        }
        this.minutes = List.copyOf(all);
    }

    /** One minute of the run. */
    public static final class Minute {
        final int number;
        final Latencies commands = new Latencies();
        final Latencies queries = new Latencies();
        final Map<String, Latencies> lag = new ConcurrentHashMap<>();
        final AtomicLong probeTimeouts = new AtomicLong();
        final Map<Integer, AtomicLong> failuresByStatus = new ConcurrentHashMap<>();
        final Map<String, Long> consumerBacklog = new ConcurrentHashMap<>();
        final Map<String, Double> rssMib = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, Double> heapAfterGcMib = Collections.synchronizedMap(new LinkedHashMap<>());

        Minute(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public Latencies commands() {
            return commands;
        }

        public Latencies queries() {
            return queries;
        }

        public Latencies lag(String projection) {
            return lag.computeIfAbsent(projection, p -> new Latencies());
        }

        public long probeTimeouts() {
            return probeTimeouts.get();
        }

        public long failures() {
            return commands.failures() + queries.failures();
        }

        public Map<Integer, AtomicLong> failuresByStatus() {
            return failuresByStatus;
        }

        /** The largest backlog (records the group has not committed yet) sampled in this minute, per group. */
        public Map<String, Long> consumerBacklog() {
            return consumerBacklog;
        }

        /** The last RSS sample of this minute, per process. */
        public Map<String, Double> rssMib() {
            return rssMib;
        }

        public Map<String, Double> heapAfterGcMib() {
            return heapAfterGcMib;
        }
    }

    public List<Minute> minutes() {
        return minutes;
    }

    public List<String> failureSamples() {
        return failureSamples;
    }

    public double secondsSince(long nanos) {
        return (nanos - begunNanos) / 1e9;
    }

    public void command(String what, Answer answer, long latencyNanos) {
        record(minuteAt(answer.completedAtNanos()).commands, what, answer, latencyNanos);
    }

    public void query(String what, Answer answer, long latencyNanos) {
        record(minuteAt(answer.completedAtNanos()).queries, what, answer, latencyNanos);
    }

    public void lag(String projection, long acceptedAtNanos, long lagNanos, boolean timedOut) {
        Minute minute = minuteAt(acceptedAtNanos + lagNanos);
        if (timedOut) {
            minute.probeTimeouts.incrementAndGet();
            minute.lag(projection).failure();
        } else {
            minute.lag(projection).record(lagNanos);
        }
    }

    public void backlog(long atNanos, String group, long records) {
        minuteAt(atNanos).consumerBacklog.merge(group, records, Math::max);
    }

    public void rss(long atNanos, String process, double mib) {
        minuteAt(atNanos).rssMib.put(process, mib);
    }

    public void heapAfterGc(long atNanos, String process, double mib) {
        minuteAt(atNanos).heapAfterGcMib.put(process, mib);
    }

    private void record(Latencies latencies, String what, Answer answer, long latencyNanos) {
        Minute minute = minuteAt(answer.completedAtNanos());
        if (answer.ok()) {
            latencies.record(latencyNanos);
            return;
        }
        latencies.failure();
        minute.failuresByStatus.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
        if (failureSamples.size() < FAILURE_SAMPLES) {
            failureSamples.add("minute " + minute.number + ": " + what + " -> " + answer.status() + " "
                    + answer.body());
        }
    }

    /** Answers that arrive after the last minute (the run's stragglers) count in the last minute. */
    private Minute minuteAt(long nanos) {
        int index = (int) Math.max(0, (nanos - begunNanos) / NANOS_PER_MINUTE);
        return minutes.get(Math.min(index, minutes.size() - 1));
    }
}
