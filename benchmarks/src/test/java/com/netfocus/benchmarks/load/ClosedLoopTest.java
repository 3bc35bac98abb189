package com.netfocus.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The closed loop against a small HTTP server of its own that answers every command at once. */
class ClosedLoopTest {

    private HttpServer server;
    private final AtomicInteger answered = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body = ("{\"tallyId\":\"t-" + answered.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/tallies") ? 201 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Api api() {
        return Api.plain("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void aTimedLoopStopsWhenItsTimeIsUpAndCountsWhatWasAnsweredWithinIt() throws Exception {
        EndlessScripts<TallyScript> tallies = new EndlessScripts<>(i -> new TallyScript(5));

        ClosedLoop.Run run = ClosedLoop.timed(tallies, List.of(api()), 4, Duration.ofMillis(1500));

        assertThat(run.seconds()).isBetween(1.5, 10.0);
        assertThat(run.load().latencies().count()).isEqualTo(answered.get()).isPositive();
        assertThat(run.load().latencies().failures()).isZero();
        assertThat(run.load().commandsPerSecond()).isPositive();
        // one window of 5 s cut short at 1.5 s
        assertThat(run.windowRates()).hasSize(1);
        assertThat(tallies.handedOut()).isNotEmpty();
        assertThat(run.load().byKind()).containsKeys(Command.Kind.CREATE_TALLY, Command.Kind.ADD_TO_TALLY);
    }

    @Test
    void aListOfScriptsRunsToItsEnd() throws Exception {
        List<TallyScript> tallies = List.of(new TallyScript(3), new TallyScript(3), new TallyScript(3));

        LoadResult result = ClosedLoop.run(tallies, api(), 2);

        assertThat(result.latencies().count()).isEqualTo(9);
        assertThat(tallies).allMatch(TallyScript::done);
    }

    @Test
    void aWarmUpEndsAtItsCapWhenTheRuleNeverSaysFlat() throws Exception {
        WarmUpRule neverFlat = new WarmUpRule(Duration.ofSeconds(1), 100, 0.1);

        WarmUpCurve curve = ClosedLoop.warmUp("test path", new EndlessScripts<>(i -> new TallyScript(5)),
                List.of(api()), 2, neverFlat);

        assertThat(curve.flat()).isFalse();
        assertThat(curve.rates()).hasSize(1);
        assertThat(curve.commands()).isPositive();
        assertThat(curve.path()).isEqualTo("test path");
    }
}
