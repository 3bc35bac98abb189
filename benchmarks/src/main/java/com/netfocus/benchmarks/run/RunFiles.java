package com.netfocus.benchmarks.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a run's files go: the repository it runs in (benchmark.sh passes it), the UTC time that names its
 * reports, and its data directory, of which the services' logs stay after the run.
 */
public final class RunFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private RunFiles() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("netfocus.project-root", ".")).toAbsolutePath().normalize();
    }

    /** The UTC time of now, as a run's reports are named. */
    public static String stamp() {
        return STAMP.format(Instant.now());
    }

    /** The services' logs stay (data/logs); the stores and the copied jars of a run go. */
    public static void deleteRunData(Path runDirectory) {
        deleteQuietly(runDirectory.resolve("data").resolve("mongo"));
        deleteQuietly(runDirectory.resolve("data").resolve("kafka"));
        deleteQuietly(runDirectory.resolve("jars"));
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }
}
