package com.netfocus.benchmarks.report;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a service spent its CPU under load, from a JFR recording: the methods on top of the execution samples
 * (self time), and the netfocus/axon/mongo frames that appear anywhere in the sampled stacks (total time).
 */
public final class JfrHotMethods {

    private static final List<String> INTERESTING = List.of("com.netfocus", "org.axonframework", "com.mongodb",
            "de.bwaldvogel", "org.h2", "org.apache.kafka", "kafka.", "org.springframework.cloud.gateway", "reactor.netty");

    private JfrHotMethods() {
    }

    public record Hot(long samples, Map<String, Long> topSelf, Map<String, Long> topTotal) {
    }

    public static Hot read(Path recording, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1L, Long::sum);
            frames.stream().map(JfrHotMethods::name)
                    .filter(n -> INTERESTING.stream().anyMatch(n::startsWith))
                    .distinct()
                    .forEach(n -> total.merge(n, 1L, Long::sum));
        }
        return new Hot(samples, topOf(self, top), topOf(total, top));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, Long> topOf(Map<String, Long> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
