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

    /**
     * Several phases of the same load as one: their latencies pooled, their steady windows and commands added, so
     * the rate is the phases' commands over their summed time (a phase's idle gap between them never counts).
     */
    public static LoadResult combined(List<LoadResult> phases) {
        LoadResult combined = new LoadResult();
        Latencies all = Latencies.pooled(phases.stream().map(LoadResult::latencies).toList());
        combined.all.absorb(all);
        long steadyCommands = 0;
        double steadySeconds = 0;
        double totalSeconds = 0;
        for (LoadResult phase : phases) {
            phase.byKind.forEach((kind, latencies) ->
                    combined.byKind.computeIfAbsent(kind, k -> new Latencies()).absorb(latencies));
            phase.failuresByStatus.forEach((status, count) -> combined.failuresByStatus
                    .computeIfAbsent(status, s -> new AtomicLong()).addAndGet(count.get()));
            phase.failureSamples.stream().limit(5L - combined.failureSamples.size())
                    .forEach(combined.failureSamples::add);
            boolean steady = phase.steadySeconds > 0
                    && phase.steadyCommands >= (phase.all.count() + phase.all.failures()) / 2;
            steadyCommands += steady ? phase.steadyCommands : phase.all.count() + phase.all.failures();
            steadySeconds += steady ? phase.steadySeconds : phase.totalSeconds;
            totalSeconds += phase.totalSeconds;
        }
        combined.window(steadyCommands, steadySeconds, totalSeconds);
        return combined;
    }

    public Map<Integer, AtomicLong> failuresByStatus() {
        return failuresByStatus;
    }

    public List<String> failureSamples() {
        return failureSamples;
    }
}
