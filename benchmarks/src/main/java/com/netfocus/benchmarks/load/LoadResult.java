package com.netfocus.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What a load phase measured: commands, their latencies (overall and per kind), refusals. */
public final class LoadResult {

    private final Latencies all = new Latencies();
    private final Map<Command.Kind, Latencies> byKind = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> failuresByStatus = new ConcurrentHashMap<>();
    private final List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());
    private volatile double steadySeconds;
    private volatile long steadyCommands;
    private volatile double totalSeconds;

    void record(Command command, Answer answer, long latencyNanos) {
        if (answer.ok()) {
            all.record(latencyNanos);
            byKind.computeIfAbsent(command.kind(), k -> new Latencies()).record(latencyNanos);
        } else {
            all.failure();
            failuresByStatus.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
            if (failureSamples.size() < 5) {
                failureSamples.add(command.kind() + " " + command.path() + " -> " + answer.status() + " " + answer.body());
            }
        }
    }

    void window(long steadyCommands, double steadySeconds, double totalSeconds) {
        this.steadyCommands = steadyCommands;
        this.steadySeconds = steadySeconds;
        this.totalSeconds = totalSeconds;
    }

    /** Commands per second while every client had work (the tail, with fewer plans left than clients, excluded). */
    public double commandsPerSecond() {
        long total = all.count() + all.failures();
        if (steadySeconds <= 0 || steadyCommands < total / 2) {
            // fewer plans than clients: no steady window, the whole phase counts
            return totalSeconds <= 0 ? 0 : total / totalSeconds;
        }
        return steadyCommands / steadySeconds;
    }

    public double totalSeconds() {
        return totalSeconds;
    }

    public Latencies latencies() {
        return all;
    }

    public Map<Command.Kind, Latencies> byKind() {
        return byKind;
    }

    public Map<Integer, AtomicLong> failuresByStatus() {
        return failuresByStatus;
    }

    public List<String> failureSamples() {
        return failureSamples;
    }
}
