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
 * (self time), the netfocus/axon/mongo frames that appear anywhere in the sampled stacks (total time), and the
 * samples per library (which library's work each sample was).
 */
public final class JfrHotMethods {

    private static final List<String> INTERESTING = List.of("com.netfocus", "org.axonframework", "com.mongodb",
            "de.bwaldvogel", "org.h2", "org.apache.kafka", "kafka.", "org.springframework.cloud.gateway", "reactor.netty");

    private JfrHotMethods() {
    }

    /** Samples, the top frames by self and by total count, and the samples per library ({@link FrameCategories}). */
    public record Hot(long samples, Map<String, Long> topSelf, Map<String, Long> topTotal,
                      Map<String, Long> byLibrary) {
    }

    public static Hot read(Path recording, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> byLibrary = new HashMap<>();
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
            List<String> frames = stack.getFrames().stream().map(JfrHotMethods::name).toList();
            self.merge(frames.get(0), 1L, Long::sum);
            frames.stream()
                    .filter(n -> INTERESTING.stream().anyMatch(n::startsWith))
                    .distinct()
                    .forEach(n -> total.merge(n, 1L, Long::sum));
            byLibrary.merge(FrameCategories.of(frames), 1L, Long::sum);
        }
        return new Hot(samples, topOf(self, top), topOf(total, top), topOf(byLibrary, byLibrary.size()));
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
