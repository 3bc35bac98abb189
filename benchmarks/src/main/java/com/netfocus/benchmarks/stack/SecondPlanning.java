package com.netfocus.benchmarks.stack;

import com.netfocus.infrastructure.stack.ServiceProcess;

/**
 * A second planning-service beside the suite's: the same store, topics and consumer group (the same environment),
 * its own port. Commands reach either instance straight, shared out by the load driver, never through the gateway.
 */
public final class SecondPlanning implements AutoCloseable {

    public static final String NAME = "planning-service (second instance)";

    private final ServiceProcess process;

    SecondPlanning(ServiceProcess process) {
        this.process = process;
    }

    public String url() {
        return process.url();
    }

    public ServiceHandle handle() {
        return new ServiceHandle(NAME, process.pid());
    }

    @Override
    public void close() {
        process.stop();
    }
}
