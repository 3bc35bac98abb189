package com.netfocus.benchmarks.stack;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world collections of one JVM within a phase: a pause stops every request and every consumer of that
 * JVM, so it shows in the tail of the latencies measured meanwhile. Read for the services from their GC logs
 * ({@link #javaOption}), for this JVM from its collectors' notifications ({@link Recorder}).
 *
 * @param young   how many young (minor) pauses
 * @param youngMaxMs the longest of them
 * @param full    how many full (whole-heap) pauses
 * @param fullMaxMs the longest of them
 * @param totalMs all pauses together
 */
public record GcPauses(int young, double youngMaxMs, int full, double fullMaxMs, double totalMs) {

    /**
     * {@code [12.345s][info][gc] GC(7) Pause Young (Allocation Failure) 98M->31M(370M) 6.210ms}: the JVM's uptime,
     * the kind and the pause's length. G1's Remark and Cleanup pauses count as young (short, regular).
     */
    private static final Pattern PAUSE = Pattern.compile(
            "^\\[(\\d+(?:\\.\\d+)?)s].*\\bPause (Young|Full|Remark|Cleanup)\\b.* (\\d+(?:\\.\\d+)?)ms$");
    private static final String LOG_NAME = "gc-%p.log";

    /** The JVM option that makes a service log every collection with its uptime, to a file named after its pid. */
    public static String javaOption(Path logDirectory) {
        return "-Xlog:gc:file=" + logDirectory.resolve(LOG_NAME) + ":uptime";
    }

    /** The pauses the service with this pid logged between {@code from} and {@code to}; none when it has no log. */
    public static GcPauses ofService(Path logDirectory, long pid, Instant from, Instant to) {
        Path log = logDirectory.resolve(LOG_NAME.replace("%p", String.valueOf(pid)));
        Instant started = ProcessHandle.of(pid).flatMap(process -> process.info().startInstant()).orElse(null);
        if (started == null || !Files.isRegularFile(log)) {
            return none();
        }
        try {
            return fromLog(Files.readAllLines(log), seconds(Duration.between(started, from)),
                    seconds(Duration.between(started, to)));
        } catch (IOException unreadable) {
            return none();
        }
    }

    /** The pauses logged with an uptime within [{@code fromSeconds}, {@code toSeconds}]. */
    static GcPauses fromLog(List<String> lines, double fromSeconds, double toSeconds) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line.strip());
            if (pause.matches()) {
                double uptime = Double.parseDouble(pause.group(1));
                if (uptime >= fromSeconds && uptime <= toSeconds) {
                    pauses.add(new Pause("Full".equals(pause.group(2)), Double.parseDouble(pause.group(3))));
                }
            }
        }
        return of(pauses);
    }

    static GcPauses none() {
        return new GcPauses(0, 0, 0, 0, 0);
    }

    private static GcPauses of(List<Pause> pauses) {
        int young = 0;
        int full = 0;
        double youngMax = 0;
        double fullMax = 0;
        double total = 0;
        for (Pause pause : pauses) {
            if (pause.full()) {
                full++;
                fullMax = Math.max(fullMax, pause.millis());
            } else {
                young++;
                youngMax = Math.max(youngMax, pause.millis());
            }
            total += pause.millis();
        }
        return new GcPauses(young, youngMax, full, fullMax, total);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private record Pause(boolean full, double millis) {
    }

    /** This JVM's collections from now until {@link #stop()}, as its collectors announce them. */
    public static final class Recorder {

        private final List<Pause> pauses = new ArrayList<>();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // G1's concurrent cycle runs beside the application: not a pause
                if (!info.getGcName().contains("Concurrent")) {
                    boolean full = info.getGcAction().contains("major");
                    synchronized (pauses) {
                        pauses.add(new Pause(full, info.getGcInfo().getDuration()));
                    }
                }
            }
        };

        public static Recorder start() {
            Recorder recorder = new Recorder();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(recorder.listener, null, null);
                    recorder.emitters.add(emitter);
                }
            }
            return recorder;
        }

        public GcPauses stop() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException alreadyGone) {
                    // nothing to remove
                }
            }
            synchronized (pauses) {
                return of(List.copyOf(pauses));
            }
        }
    }
}
