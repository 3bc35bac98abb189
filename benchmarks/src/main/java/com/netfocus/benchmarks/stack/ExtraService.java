package com.netfocus.benchmarks.stack;

import com.netfocus.infrastructure.stack.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service process the benchmark starts beside the suite: a second catalog or contact service reading the plan
 * events into a fresh database (replay), or a planning service with its own event store (aggregate load time).
 * Its own database, consumer group and port, given through Spring's environment variables, so it never shares
 * partitions or documents with the suite's services. It can be stopped and started again with the same settings.
 * The process itself is run, watched and stopped by the local stack's {@link ServiceProcess}.
 */
public final class ExtraService implements AutoCloseable {

    /** Finer than the local stack's poll: the benchmark measures how long a start takes. */
    private static final Duration HEALTH_POLL = Duration.ofMillis(100);
    /** Running extra services, stopped if the benchmark is interrupted (Ctrl-C) before it closes them. */
    private static final Set<ExtraService> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ExtraService::stop), "extra-stop"));
    }

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> javaOptions;
    private final Path logFile;
    private ServiceProcess process;

    public ExtraService(String name, Path jar, Map<String, String> environment, List<String> javaOptions, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.port = FreePorts.next();
        this.environment = new HashMap<>(environment);
        this.javaOptions = List.copyOf(javaOptions);
        this.logFile = logDir.resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public void start() {
        process = ServiceProcess.launch(name, jar, port, environment, javaOptions, logFile);
        RUNNING.add(this);
    }

    /** Waits for UP on the health endpoint; fails early if the process dies. */
    public void awaitHealthy(Duration timeout) {
        process.awaitHealthy(timeout, HEALTH_POLL);
    }

    public void stop() {
        RUNNING.remove(this);
        if (process != null) {
            process.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
