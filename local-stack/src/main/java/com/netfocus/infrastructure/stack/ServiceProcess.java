package com.netfocus.infrastructure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service of the suite, run as its own JVM from the executable jar its module builds, with its output in a
 * log file. A separate process per service, as in production: they share nothing but Kafka and MongoDB. Public,
 * so that other launchers (the benchmarks' extra services) start, watch and stop their processes the same way.
 */
public final class ServiceProcess {

    private static final Duration HEALTH_POLL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> javaOptions;

    private ServiceProcess(String name, int port, Process process, Path logFile, Path jar,
                           Map<String, String> environment, List<String> javaOptions) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.javaOptions = List.copyOf(javaOptions);
    }

    static ServiceProcess launch(String module, int port, Map<String, String> environment, StackSettings settings) {
        return launch(module, module, port, environment, settings);
    }

    /** Instance {@code name} of {@code module} (e.g. planning-service-2), logging to its own file. */
    static ServiceProcess launch(String module, String name, int port, Map<String, String> environment,
                                 StackSettings settings) {
        return launch(name, executableJar(settings.projectRoot(), module), port, environment,
                settings.serviceJavaOptions(), settings.dataDirectory().resolve("logs").resolve(name + ".log"));
    }

    /**
     * Starts {@code jar} as its own JVM on {@code port} with the extra {@code environment} (Spring's environment
     * variables), appending its output to {@code logFile}.
     */
    public static ServiceProcess launch(String name, Path jar, int port, Map<String, String> environment,
                                        List<String> javaOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            return new ServiceProcess(name, port, builder.start(), logFile, jar, environment, javaOptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended (143 after SIGTERM handled by the JVM, 137 after kill -9). */
    public int exitCode() {
        return process.exitValue();
    }

    /** Ends the process at once (SIGKILL, as {@code kill -9}): no shutdown hook, no commit, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the same service again (same jar, port, environment, log file), e.g. after {@link #kill()}. */
    public ServiceProcess relaunch() {
        return launch(name, jar, port, environment, javaOptions, logFile);
    }

    /**
     * Starts another instance of this service beside it, on {@code otherPort} with the same environment (so the
     * same databases and consumer group), logging to its own file.
     */
    public ServiceProcess anotherInstance(int otherPort) {
        String instance = name + "-" + otherPort;
        return launch(instance, jar, otherPort, environment, javaOptions, logFile.resolveSibling(instance + ".log"));
    }

    /** Waits until the service reports UP on its health endpoint; fails early if the process dies. */
    public void awaitHealthy(Duration timeout) {
        awaitHealthy(timeout, HEALTH_POLL);
    }

    /** As {@link #awaitHealthy(Duration)}, asking every {@code poll} (finer when the start-up time is measured). */
    public void awaitHealthy(Duration timeout, Duration poll) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(poll);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + logFile);
    }

    /** Asks the service to stop (SIGTERM: Spring shuts down gracefully), and forces it after a grace period. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path executableJar(Path projectRoot, String module) {
        Path target = projectRoot.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target
                            + "; build first: mvn -DskipTests package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
