package com.netfocus.benchmarks.report;

import com.netfocus.benchmarks.stack.Jcmd;

import java.nio.file.Path;

/** Starts and stops a JFR recording in a running service with jcmd, so that only one load phase is profiled. */
public final class JfrRecorder {

    private static final String NAME = "netfocus-bench";

    private JfrRecorder() {
    }

    public static void start(long pid, Path file) {
        Jcmd.run(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
    }

    public static void stop(long pid) {
        Jcmd.run(pid, "JFR.stop", "name=" + NAME);
    }
}
