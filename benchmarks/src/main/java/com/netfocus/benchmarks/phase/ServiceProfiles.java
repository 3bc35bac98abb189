package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.report.JfrRecorder;
import com.netfocus.benchmarks.stack.ServiceHandle;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * JFR profiles (on unless --no-jfr) of the processes that serve one path while it is measured (this JVM, which hosts
 * the embedded servers, by an in-process recording); each recording's hot methods and its samples per library go
 * into the report (BenchmarkRun#profile).
 */
final class ServiceProfiles {

    private final BenchmarkRun run;
    private final String path;
    private final Map<String, ServiceHandle> processes;
    private final Path directory;
    private Recording selfRecording;
    private String selfName;

    ServiceProfiles(BenchmarkRun run, String path, Map<String, ServiceHandle> processes) {
        this.run = run;
        this.path = path;
        this.processes = processes;
        this.directory = run.jfrDirectory();
    }

    /** Starts recording, if the run profiles at all. */
    ServiceProfiles start() throws Exception {
        if (!run.options().jfr()) {
            return this;
        }
        Files.createDirectories(directory);
        for (Map.Entry<String, ServiceHandle> process : processes.entrySet()) {
            if (process.getValue().pid() == ProcessHandle.current().pid()) {
                selfName = process.getKey();
                selfRecording = new Recording(Configuration.getConfiguration("profile"));
                selfRecording.setDestination(file(process.getKey()));
                selfRecording.start();
            } else {
                JfrRecorder.start(process.getValue().pid(), file(process.getKey()));
            }
        }
        return this;
    }

    void stop() {
        if (!run.options().jfr()) {
            return;
        }
        if (selfRecording != null) {
            selfRecording.stop();
            selfRecording.close();
            run.profile(path, selfName, file(selfName));
        }
        processes.forEach((name, handle) -> {
            if (handle.pid() != ProcessHandle.current().pid()) {
                JfrRecorder.stop(handle.pid());
                run.profile(path, name, file(name));
            }
        });
    }

    private Path file(String process) {
        return directory.resolve(slug(path) + "--" + slug(process) + ".jfr");
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
