package com.netfocus.benchmarks.stack;

import com.netfocus.infrastructure.stack.LocalStack;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.ServiceProcess;
import com.netfocus.infrastructure.stack.StackSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite as run-local.sh's launcher starts it (LocalStack: embedded MongoDB wire server and KRaft broker in this JVM, or the
 * servers of MONGODB_URI / KAFKA_BOOTSTRAP_SERVERS; four service processes), on free ports and a fresh data
 * directory, without demo data. Knows each service's URL and process id.
 */
public final class BenchStack implements AutoCloseable {

    private final RunningStack stack;
    private final StackSettings settings;
    private final double startSeconds;
    private final Map<String, ServiceHandle> processes;
    private final Path projectRoot;

    private BenchStack(RunningStack stack, StackSettings settings, double startSeconds, Path projectRoot) {
        this.stack = stack;
        this.settings = settings;
        this.startSeconds = startSeconds;
        this.projectRoot = projectRoot;
        this.processes = findProcesses();
    }

    /** This JVM among the processes: it hosts the embedded servers and runs the load driver. */
    public static final String HOST_JVM = "benchmark JVM (embedded MongoDB + Kafka + load driver)";
    private static final Duration SECOND_INSTANCE_START = Duration.ofMinutes(3);

    /** The launcher's heap and collector, without its C1-only flag. */
    static final String BENCHMARK_JAVA_OPTIONS = "-Xmx384m -XX:+UseSerialGC";

    public static BenchStack start(Path projectRoot, Path runDirectory, List<String> extraJavaOptions) {
        Path snapshotRoot = JarSnapshot.copy(projectRoot, runDirectory.resolve("jars"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("NETFOCUS_DATA_DIR", runDirectory.resolve("data").toString());
        env.put("NETFOCUS_DEMO_DATA", "false");
        // The launcher's default stops at C1 (-XX:TieredStopAtLevel=1) for a quick start; a benchmark measures the
        // services as deployed, with the full JIT. NETFOCUS_SERVICE_JAVA_OPTS still overrides both.
        env.putIfAbsent("NETFOCUS_SERVICE_JAVA_OPTS", BENCHMARK_JAVA_OPTIONS);
        for (String port : List.of("NETFOCUS_MONGO_PORT", "NETFOCUS_KAFKA_PORT", "NETFOCUS_KAFKA_CONTROLLER_PORT",
                "NETFOCUS_GATEWAY_PORT", "NETFOCUS_PLANNING_PORT", "NETFOCUS_CATALOG_PORT", "NETFOCUS_CONTACT_PORT")) {
            env.put(port, String.valueOf(FreePorts.next()));
        }
        StackSettings defaults = StackSettings.fromEnvironment(env, snapshotRoot);
        List<String> javaOptions = new ArrayList<>(defaults.serviceJavaOptions());
        javaOptions.addAll(extraJavaOptions);
        // every collection logged, so that a phase's pauses can be set beside its latency tail (GcPauses)
        Path logs = defaults.dataDirectory().resolve("logs");
        createDirectories(logs);
        javaOptions.add(GcPauses.javaOption(logs));
        StackSettings settings = new StackSettings(defaults.projectRoot(), defaults.dataDirectory(), defaults.mongoUri(),
                defaults.kafkaBootstrapServers(), defaults.mongoPort(), defaults.kafkaPort(),
                defaults.kafkaControllerPort(), defaults.gatewayPort(), defaults.planningPort(), defaults.catalogPort(),
                defaults.contactPort(), javaOptions, false);
        long begun = System.nanoTime();
        RunningStack stack = LocalStack.start(settings);
        double seconds = (System.nanoTime() - begun) / 1e9;
        return new BenchStack(stack, settings, seconds, snapshotRoot);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /**
     * Each process's stop-the-world pauses between {@code from} and {@code to}; this JVM's come from
     * {@code ownPauses}, recorded over the same phase.
     */
    public Map<String, GcPauses> gcPauses(Instant from, Instant to, GcPauses ownPauses) {
        Map<String, GcPauses> pauses = new LinkedHashMap<>();
        processes.forEach((name, handle) -> pauses.put(name, handle.pid() == ProcessHandle.current().pid()
                ? ownPauses : GcPauses.ofService(logDirectory(), handle.pid(), from, to)));
        return pauses;
    }

    public double startSeconds() {
        return startSeconds;
    }

    public String gatewayUrl() {
        return stack.gatewayUrl();
    }

    public String planningUrl() {
        return "http://localhost:" + settings.planningPort();
    }

    public String catalogUrl() {
        return "http://localhost:" + settings.catalogPort();
    }

    public String contactUrl() {
        return "http://localhost:" + settings.contactPort();
    }

    /** The secret the services check the gateway's seal with: direct calls seal their caller with it too. */
    public String identitySecret() {
        return stack.identitySecret();
    }

    public String mongoUri() {
        return stack.mongoUri();
    }

    public String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    public boolean embeddedMongo() {
        return settings.mongoUri() == null;
    }

    public boolean embeddedKafka() {
        return settings.kafkaBootstrapServers() == null;
    }

    public List<String> serviceJavaOptions() {
        return settings.serviceJavaOptions();
    }

    public Path jarOf(String module) {
        return JarSnapshot.executableJar(projectRoot, module);
    }

    /** The run's data directory (stores, logs, files a phase writes). */
    public Path dataDirectory() {
        return settings.dataDirectory();
    }

    public Path logDirectory() {
        return settings.dataDirectory().resolve("logs");
    }

    /** The four services and this JVM (which hosts the embedded MongoDB server and Kafka broker). */
    public Map<String, ServiceHandle> processes() {
        return processes;
    }

    private Map<String, ServiceHandle> findProcesses() {
        Map<String, ServiceHandle> found = new LinkedHashMap<>();
        for (String module : JarSnapshot.SERVICES) {
            Optional<ProcessHandle> child = ProcessHandle.current().children()
                    .filter(process -> commandLine(process).contains(module + "/target/"))
                    .findFirst();
            child.ifPresent(process -> found.put(module, new ServiceHandle(module, process.pid())));
        }
        found.put(HOST_JVM, new ServiceHandle("benchmark JVM", ProcessHandle.current().pid()));
        return found;
    }

    /**
     * Starts a second planning-service beside the first (the same environment: store, topics, consumer group) and
     * waits until it is healthy; it stops with the suite if the run ends before it is closed.
     */
    public SecondPlanning startSecondPlanning() {
        ServiceProcess second = stack.service("planning-service").anotherInstance(FreePorts.next());
        stack.add(second);
        second.awaitHealthy(SECOND_INSTANCE_START);
        return new SecondPlanning(second);
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine()
                .orElseGet(() -> String.join(" ", process.info().arguments().orElse(new String[0])));
    }

    @Override
    public void close() {
        stack.close();
    }
}
