package com.netfocus.endtoend.faults;

import com.netfocus.infrastructure.stack.GatewayClient.Answer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A steady stream of reads through the gateway, on its own thread, one every {@code pace}, taking the given reads in
 * turn. Counts the answers by status; a read that failed without an answer counts as {@link CommandStream#NO_ANSWER}.
 */
final class ReadStream implements AutoCloseable {

    private final List<Supplier<Answer>> reads;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final PacedThread thread;
    // touched by the stream's thread only
    private int next;

    ReadStream(List<Supplier<Answer>> reads, Duration pace, String name) {
        this.reads = List.copyOf(reads);
        this.thread = new PacedThread("read-stream-" + name, pace, this::nextRead);
    }

    private void nextRead() {
        int status;
        try {
            status = reads.get(next).get().status();
        } catch (RuntimeException noAnswer) {
            status = CommandStream.NO_ANSWER;
        }
        statuses.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
        next = (next + 1) % reads.size();
    }

    /** How many reads were answered with each status so far. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    @Override
    public void close() {
        thread.stop();
    }
}
