package com.netfocus.planning.sending;

import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;
import com.netfocus.infrastructure.testing.ManagementEndpoints;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.TestInfrastructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPU planning-service spends on a command under a closed loop of concurrent clients, the service in a process
 * of its own as deployed ({@code -Xmx384m -XX:+UseSerialGC}, full JIT), the wire server (H2 file backend, its CPU per
 * command measured too) in this JVM and the Kafka broker in its own: commands straight to the service with the caller
 * sealed as the gateway seals it, each client on plans of its own (a plan, an objective, then targets). Prints the
 * commands per 5 s while warming up, then the rate, latency and the service's CPU per command over the measured
 * seconds. Not part of the test run.
 * {@code mvn -B -o -pl planning-service -am verify -Dtest=CommandCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.clients=16 -Dbenchmark.warmUpSeconds=90 -Dbenchmark.seconds=30 -Dbenchmark.rate=0
 * -Dbenchmark.jfr=/tmp/planning.jfr]}; a rate (commands/s over all clients) paces the clients instead of a closed loop.
 * with a JFR file named, the measured seconds are recorded (settings=profile).
 */
@Tag("benchmark")
class CommandCpuBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    /** Commands per second over all clients; 0: each client sends its next command as soon as it has an answer. */
    private static final double RATE = Double.parseDouble(System.getProperty("benchmark.rate", "0"));
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmUpSeconds", 90);
    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final String JFR_FILE = System.getProperty("benchmark.jfr", "");
    private static final int TARGETS_PER_PLAN = 30;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    /** How long the service's CPU is measured idle (consumers polling, timers), before any load. */
    private static final Duration IDLE = Duration.ofSeconds(20);
    private static final Pattern MONGO_COMMAND_COUNT = Pattern.compile(
            "(?m)^mongodb_driver_commands_seconds_count\\{([^}]*)} (\\S+)$");
    /** Linux's USER_HZ, the unit of the CPU times in /proc. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    @Test
    void cpuPerCommandUnderConcurrentClients() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.createTopics("cpu-plan-events-" + run, "cpu-catalog-" + run, "cpu-contact-" + run);
        int port = freePort();
        Path data = Files.createTempDirectory("command-benchmark-");
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.fileBacked(data, "localhost", 0)) {
            Process service = start(port, mongo.connectionString(), run, data.resolve("service.log"));
            try {
                Api api = new Api(port, "rep-7", "acme", "south");
                awaitReady(api, service);
                long idleStart = cpuNanos(service);
                Thread.sleep(IDLE.toMillis());
                double idleCpuPerSecond = (cpuNanos(service) - idleStart) / (double) IDLE.toSeconds();
                Load load = new Load(api);
                load.start();
                load.reportUntil(Instant.now().plusSeconds(WARM_UP_SECONDS), "warm-up");
                if (!JFR_FILE.isEmpty()) {
                    jcmd(service, "JFR.start", "name=measured", "settings=profile", "filename=" + JFR_FILE);
                }
                long cpuBefore = cpuNanos(service);
                ThreadCpu threadsBefore = ThreadCpu.of(service);
                long wireServerBefore = wireServerCpuNanos();
                Map<String, Double> mongoBefore = mongoCommands(port);
                long commandsBefore = load.commands.get();
                load.latencies.clear();
                Instant measuredStart = Instant.now();
                load.reportUntil(measuredStart.plusSeconds(MEASURED_SECONDS), "measured");
                long commands = load.commands.get() - commandsBefore;
                long cpu = cpuNanos(service) - cpuBefore;
                ThreadCpu threads = ThreadCpu.of(service).minus(threadsBefore);
                long wireServer = wireServerCpuNanos() - wireServerBefore;
                Map<String, Double> mongoAfter = mongoCommands(port);
                double seconds = Duration.between(measuredStart, Instant.now()).toMillis() / 1000.0;
                if (!JFR_FILE.isEmpty()) {
                    jcmd(service, "JFR.stop", "name=measured");
                }
                load.stop();
                long[] latencies = load.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                report("%d clients%s: %,.0f commands/s, p50 %.1f ms, p99 %.1f ms; planning-service CPU %.0f %% of a "
                                + "core, %.2f ms per command (JIT compiler %.2f, GC %.2f, the rest %.2f); the wire server "
                                + "%.2f ms per command; idle, the service takes %.0f %% of a core (%.2f ms per command "
                                + "above that); %d failed",
                        CLIENTS, RATE > 0 ? " at " + RATE + "/s" : "", commands / seconds, latencies[latencies.length / 2] / 1e6,
                        latencies[latencies.length * 99 / 100] / 1e6, 100.0 * cpu / 1e9 / seconds,
                        cpu / 1e6 / commands, threads.compilerNanos() / 1e6 / commands,
                        threads.gcNanos() / 1e6 / commands, threads.otherNanos() / 1e6 / commands,
                        wireServer / 1e6 / commands, 100 * idleCpuPerSecond / 1e9,
                        (cpu - idleCpuPerSecond * seconds) / 1e6 / commands, load.failures.get());
                report("MongoDB commands per command: %s", mongoAfter.entrySet().stream()
                        .map(entry -> Map.entry(entry.getKey(), (entry.getValue()
                                - mongoBefore.getOrDefault(entry.getKey(), 0.0)) / commands))
                        .filter(entry -> entry.getValue() >= 0.005)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .map(entry -> String.format("%s %.2f", entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining(", ")));
                assertThat(load.failures.get()).isZero();
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    /** The service as its own process, on this build's classes (not the test classes). */
    private static Process start(int port, String mongoUri, String run, Path log) throws IOException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath, PlanningApplication.class.getName(),
                "--server.port=" + port,
                "--spring.data.mongodb.uri=" + mongoUri,
                "--spring.data.mongodb.database=cpu-" + run,
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=cpu-" + run,
                "--netfocus.topics.plan-events=cpu-plan-events-" + run,
                "--netfocus.topics.catalog-events=cpu-catalog-" + run,
                "--netfocus.topics.contact-events=cpu-contact-" + run,
                "--netfocus.identity.secret=" + TestIdentity.SECRET,
                "--netfocus.management.token=" + TestIdentity.MANAGEMENT_TOKEN));
        report("service log: %s", log);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Api api, Process service) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service is running").isTrue();
            try {
                if (api.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notListening) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready");
    }

    /** A closed loop: each client sends its next command when the previous one is answered. */
    private static final class Load {

        private final Api api;
        private final AtomicLong commands = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();
        /** Each client's next slot at a set rate (nanoTime). */
        private final ThreadLocal<long[]> slots = ThreadLocal.withInitial(() -> new long[1]);

        Load(Api api) {
            this.api = api;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(this::loop, "client-" + i);
                client.setDaemon(true);
                clients.add(client);
                client.start();
            }
        }

        private void loop() {
            LocalDate today = LocalDate.now();
            while (running.get()) {
                String planId = timed(() -> api.post("/api/v1/plans", """
                        {"title":"Hospitals this half year","periodStart":"%s","periodEnd":"%s","hoursBudget":400}
                        """.formatted(today.minusDays(1), today.plusDays(180))), "planId");
                String objectiveId = timed(() -> api.post("/api/v1/plans/" + planId + "/objectives", """
                        {"statement":"Learn how hospital CFOs choose billing software","outcome":"two pilot deals",
                         "metric":"CFOs met","target":12,"deadline":"%s"}
                        """.formatted(today.plusDays(90))), "objectiveId");
                for (int i = 0; i < TARGETS_PER_PLAN && running.get() && objectiveId != null; i++) {
                    timed(() -> api.post("/api/v1/plans/" + planId + "/targets", """
                            {"objectiveId":"%s","profile":{"function":"finance","position":"CFO",
                             "industry":"healthcare"},"priority":1,"rationale":"they sign"}
                            """.formatted(objectiveId)), "targetId");
                }
            }
        }

        private String timed(java.util.function.Supplier<Api.Response> command, String field) {
            paced();
            long start = System.nanoTime();
            Api.Response response = command.get();
            latencies.add(System.nanoTime() - start);
            if (response.status() / 100 != 2) {
                failures.incrementAndGet();
                report("failed: %d %s", response.status(), response.body());
                return null;
            }
            commands.incrementAndGet();
            return response.text(field);
        }

        /** At a set rate, each client waits for its next slot (its share of the rate), unless it is late already. */
        private void paced() {
            if (RATE <= 0) {
                return;
            }
            long interval = (long) (CLIENTS * 1e9 / RATE);
            long now = System.nanoTime();
            long[] nextSlot = slots.get();
            long slot = nextSlot[0] == 0 ? now : Math.max(nextSlot[0], now - interval);
            nextSlot[0] = slot + interval;
            if (slot > now) {
                try {
                    Thread.sleep((slot - now) / 1_000_000, (int) ((slot - now) % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void reportUntil(Instant end, String phase) throws InterruptedException {
            long last = commands.get();
            while (Instant.now().isBefore(end)) {
                Thread.sleep(REPORT_EVERY.toMillis());
                long now = commands.get();
                report("%s: %d commands in %d s", phase, now - last, REPORT_EVERY.toSeconds());
                last = now;
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(30_000);
            }
        }
    }

    /**
     * The service's CPU by kind of thread, from /proc (Linux): the JIT compiler's and the collector's apart from the
     * rest, whose share per command varies less with the machine's load.
     */
    private record ThreadCpu(long compilerNanos, long gcNanos, long otherNanos) {

        static ThreadCpu of(Process process) throws IOException {
            long compiler = 0;
            long gc = 0;
            long other = 0;
            long nanosPerTick = 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
            try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (IOException ended) {
                        continue;
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime: fields 14 and 15 of the line, 12 and 13 after the name
                    long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * nanosPerTick;
                    if (name.contains("CompilerThre")) {
                        compiler += nanos;
                    } else if (name.startsWith("VM Thread") || name.startsWith("GC Thread")) {
                        gc += nanos;
                    } else {
                        other += nanos;
                    }
                }
            }
            return new ThreadCpu(compiler, gc, other);
        }

        ThreadCpu minus(ThreadCpu before) {
            return new ThreadCpu(compilerNanos - before.compilerNanos, gcNanos - before.gcNanos,
                    otherNanos - before.otherNanos);
        }
    }

    /** The MongoDB commands the service's driver has sent, by command and collection (its Micrometer counts). */
    private static Map<String, Double> mongoCommands(int port) {
        Map<String, Double> counts = new TreeMap<>();
        Matcher line = MONGO_COMMAND_COUNT.matcher(ManagementEndpoints.scrape("http://localhost:" + port));
        while (line.find()) {
            String tags = line.group(1);
            counts.merge(tag(tags, "command") + " " + tag(tags, "collection"), Double.parseDouble(line.group(2)),
                    Double::sum);
        }
        return counts;
    }

    private static String tag(String tags, String name) {
        Matcher tag = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tags);
        return tag.find() ? tag.group(1) : "";
    }

    /** The CPU the wire server's threads (in this JVM) have used. */
    private static long wireServerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(info -> info != null && info.getThreadName().startsWith("mongo-server-worker"))
                .mapToLong(info -> Math.max(0, threads.getThreadCpuTime(info.getThreadId()))).sum();
    }

    private static long cpuNanos(Process process) {
        return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void jcmd(Process process, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(process.pid())));
        command.addAll(List.of(arguments));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}
