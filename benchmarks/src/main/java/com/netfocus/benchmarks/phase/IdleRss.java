package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.stack.ServiceHandle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every process's RSS once the suite has been idle for a few seconds (after its start, after the load). */
final class IdleRss {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private IdleRss() {
    }

    static Map<String, Double> afterSettling(Map<String, ServiceHandle> processes) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        Map<String, Double> rss = new LinkedHashMap<>();
        processes.forEach((name, handle) -> rss.put(name, handle.stats().rssMib()));
        return rss;
    }

    static double total(Map<String, Double> rss) {
        return rss.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
