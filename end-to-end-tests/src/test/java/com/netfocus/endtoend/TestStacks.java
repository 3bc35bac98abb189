package com.netfocus.endtoend;

import com.netfocus.infrastructure.stack.StackSettings;

import java.nio.file.Path;
import java.util.List;

/** The suite as command one starts it, but on free ports and a fresh data directory, for the end-to-end tests. */
final class TestStacks {

    /** As the launcher's defaults: small heaps, quick start-up. */
    private static final List<String> SERVICE_JAVA_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private TestStacks() {
    }

    /** The repository root (failsafe passes it; the module folder's parent otherwise). */
    static Path projectRoot() {
        return Path.of(System.getProperty("netfocus.project-root", "..")).toAbsolutePath().normalize();
    }

    /** Embedded MongoDB and Kafka in the test JVM, the four services as processes, with the demo data. */
    static StackSettings onFreePorts(Path dataDirectory) {
        return new StackSettings(projectRoot(), dataDirectory, null, null,
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), SERVICE_JAVA_OPTIONS, true);
    }
}
