package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.report.JfrRecorder;
import com.netfocus.benchmarks.stack.ServiceHandle;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JFR profiles (--jfr) of planning-service, the gateway and this JVM over the closed loop through the gateway; their
 * hot methods go into the report.
 */
final class ServiceProfiles {

    private static final List<String> PROFILED = List.of("planning-service", "gateway");

    private final BenchmarkRun run;
    private final Path directory;
    private Recording selfRecording;

    ServiceProfiles(BenchmarkRun run) {
        this.run = run;
        this.directory = run.jfrDirectory();
    }

    void start() throws Exception {
        Files.createDirectories(directory);
        for (String service : PROFILED) {
            ServiceHandle handle = run.stack().processes().get(service);
            if (handle != null) {
                JfrRecorder.start(handle.pid(), directory.resolve(service + ".jfr"));
            }
        }
        // this JVM hosts the embedded MongoDB wire server and Kafka broker: profile it too
        selfRecording = new Recording(Configuration.getConfiguration("profile"));
        selfRecording.setDestination(directory.resolve("benchmark-jvm.jfr"));
        selfRecording.start();
    }

    void stop() {
        selfRecording.stop();
        selfRecording.close();
        for (String service : PROFILED) {
            ServiceHandle handle = run.stack().processes().get(service);
            if (handle != null) {
                JfrRecorder.stop(handle.pid());
                run.hotMethods(service + ", closed loop through the gateway", directory.resolve(service + ".jfr"));
            }
        }
        run.hotMethods("benchmark JVM (embedded MongoDB wire server + Kafka + load driver), closed loop through the "
                + "gateway", directory.resolve("benchmark-jvm.jfr"));
    }
}
