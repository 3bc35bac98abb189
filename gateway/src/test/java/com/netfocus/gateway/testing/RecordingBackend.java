package com.netfocus.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one Netfocus service: it records every request it gets and answers
 * 200 JSON naming itself, or what a test scripted for a path. It lives as long as the test JVM; it is
 * deliberately not AutoCloseable, since JUnit closes AutoCloseable arguments of parameterized tests.
 */
public final class RecordingBackend {

    private final String name;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    private final Map<String, ScriptedAnswer> answers = new ConcurrentHashMap<>();

    private RecordingBackend(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    public static RecordingBackend start(String name) {
        try {
            return new RecordingBackend(name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test backend " + name, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String name() {
        return name;
    }

    /** From now on, a request to this path (without query) gets this answer. */
    public void answer(String path, int status, String contentType, String body, Duration delay) {
        answers.put(path, new ScriptedAnswer(status, contentType, body, delay));
    }

    public void answer(String path, int status, String contentType, String body) {
        answer(path, status, contentType, body, Duration.ZERO);
    }

    /** The last request this backend got for this path and query (e.g. "/api/v1/plans/1?asOf=x"). */
    public Optional<RecordedRequest> lastRequestTo(String pathAndQuery) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).pathAndQuery().equals(pathAndQuery)) {
                return Optional.of(received.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last request this backend got whose raw path starts so (health checks and other paths left aside). */
    public Optional<RecordedRequest> lastRequestUnder(String pathPrefix) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (received.get(i).pathAndQuery().startsWith(pathPrefix)) {
                return Optional.of(received.get(i));
            }
        }
        return Optional.empty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new RecordedRequest(exchange.getRequestMethod(),
                    query == null ? path : path + "?" + query, exchange.getRequestHeaders(),
                    new String(body, StandardCharsets.UTF_8)));
            ScriptedAnswer answer = answers.getOrDefault(path, new ScriptedAnswer(200, "application/json",
                    "{\"backend\":\"" + name + "\",\"path\":\"" + path + "\"}", Duration.ZERO));
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.getResponseHeaders().set("X-Backend", name);
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record ScriptedAnswer(int status, String contentType, String body, Duration delay) {
    }
}
