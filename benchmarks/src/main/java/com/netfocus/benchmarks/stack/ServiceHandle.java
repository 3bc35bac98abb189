package com.netfocus.benchmarks.stack;

/** A process whose RSS and CPU the report shows: a service of the suite, an extra service, or this JVM. */
public record ServiceHandle(String name, long pid) {

    public ProcessStats stats() {
        return ProcessStats.of(pid);
    }
}
