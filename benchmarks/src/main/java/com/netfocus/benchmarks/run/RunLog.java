package com.netfocus.benchmarks.run;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The console of a benchmark or soak run: one line per step, with the time of day. */
public final class RunLog {

    private RunLog() {
    }

    /**
     * The launcher's logging (local-stack's netfocus-stack-logback.xml): the embedded broker and wire server in this
     * JVM speak up only when something fails. Call first, before anything logs.
     */
    public static void useLauncherLogging() {
        System.setProperty("logback.configurationFile", "netfocus-stack-logback.xml");
    }

    public static void log(String message) {
        System.out.println("[benchmark " + DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.now()).substring(0, 8)
                + "] " + message);
    }
}
