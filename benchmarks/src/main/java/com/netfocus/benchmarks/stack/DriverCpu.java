package com.netfocus.benchmarks.stack;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU the benchmark's own clients use in this JVM, which also hosts the embedded MongoDB wire server and Kafka
 * broker: so that the servers' share of this JVM can be told from the load driver's. Counts the threads made by
 * {@link #threads} (the clients, the open loop's senders, the HTTP clients' executors), ended ones included, and the
 * JDK HTTP clients' selector threads. The JVM's own threads (collector, compiler) count for neither.
 */
public final class DriverCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How the JDK names the one I/O thread of each of its HTTP clients. */
    private static final String HTTP_SELECTOR_PREFIX = "HttpClient-";
    private static final String HTTP_SELECTOR_SUFFIX = "SelectorManager";

    private static final Set<Thread> LIVE = ConcurrentHashMap.newKeySet();
    private static final LongAdder ENDED_NANOS = new LongAdder();
    /**
     * The CPU last seen of each HTTP selector thread: one ends when its client is collected, and what it had used
     * must not vanish from the sum with it (a phase's driver CPU would come out negative).
     */
    private static final Map<Long, Long> SELECTOR_NANOS = new ConcurrentHashMap<>();

    private DriverCpu() {
    }

    /** Threads named {@code prefix-N} whose CPU counts as the load driver's. */
    public static ThreadFactory threads(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(() -> {
                try {
                    runnable.run();
                } finally {
                    ENDED_NANOS.add(Math.max(0, THREADS.getCurrentThreadCpuTime()));
                    LIVE.remove(Thread.currentThread());
                }
            }, prefix + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            LIVE.add(thread);
            return thread;
        };
    }

    /** CPU seconds the load driver has used since this JVM started (never less than an earlier answer). */
    public static synchronized double cpuSeconds() {
        long nanos = ENDED_NANOS.sum();
        for (Thread thread : LIVE) {
            nanos += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
        }
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids, 0);
        for (int i = 0; i < ids.length; i++) {
            ThreadInfo info = infos[i];
            if (info != null && info.getThreadName().startsWith(HTTP_SELECTOR_PREFIX)
                    && info.getThreadName().endsWith(HTTP_SELECTOR_SUFFIX)) {
                SELECTOR_NANOS.merge(ids[i], THREADS.getThreadCpuTime(ids[i]), Math::max);
            }
        }
        for (long selector : SELECTOR_NANOS.values()) {
            nanos += selector;
        }
        return nanos / 1e9;
    }
}
