package com.netfocus.endtoend;

import com.netfocus.infrastructure.stack.StackSettings;

import java.nio.file.Path;

/**
 * The suite as run-local.sh's launcher starts it, but on free ports and a fresh data directory: the one way the end-to-end,
 * browser and fault tests set up their stacks.
 */
public final class TestStacks {

    private TestStacks() {
    }

    /** The repository root (failsafe passes it; the module folder's parent otherwise). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("netfocus.project-root", "..")).toAbsolutePath().normalize();
    }

    /** Embedded MongoDB and Kafka in the test JVM, the four services as processes, with the demo data. */
    static StackSettings onFreePorts(Path dataDirectory) {
        return onFreePorts(dataDirectory, true);
    }

    /**
     * As run-local.sh --instances 2 --kafka-brokers 3 starts it, on free ports, without demo data: two instances of
     * each service behind the gateway, a KRaft cluster of three broker processes, the MongoDB wire server.
     */
    public static StackSettings clusterOnFreePorts(Path dataDirectory) {
        return new StackSettings(projectRoot(), dataDirectory, null, null,
                FreePorts.next(), 0, 0, FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                StackSettings.DEFAULT_SERVICE_JAVA_OPTIONS, false).withTopology(2, 3).withFreeInstancePorts();
    }

    /** As {@link #onFreePorts(Path)}, with or without the demo data; the services' JVM options as the launcher's. */
    public static StackSettings onFreePorts(Path dataDirectory, boolean demoData) {
        return new StackSettings(projectRoot(), dataDirectory, null, null,
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), StackSettings.DEFAULT_SERVICE_JAVA_OPTIONS, demoData);
    }
}
