package com.netfocus.infrastructure.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The MongoDB wire-protocol server, in this JVM, reached by the official driver over TCP like any MongoDB.
 * File-backed (H2) when given a data directory, so that data survives a restart; in memory otherwise. A
 * file-backed server can be stopped and started again on the same port (the fault tests take it away).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final String DATA_FILE = "mongo.mv.db";
    private static final Duration REBIND_TIMEOUT = Duration.ofSeconds(30);
    private static final long REBIND_PAUSE_MILLIS = 100;

    private final Supplier<MongoBackend> backends;
    private final String host;
    private MongoServer server;
    private MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(Supplier<MongoBackend> backends, String host, int port) {
        this.backends = backends;
        this.host = host;
        this.backend = backends.get();
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts. Port 0 picks a free port. */
    public static EmbeddedMongoServer fileBacked(Path dataDirectory, String host, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the MongoDB data directory " + dataDirectory, e);
        }
        String file = dataDirectory.resolve(DATA_FILE).toString();
        return new EmbeddedMongoServer(() -> new H2Backend(file), host, port);
    }

    /** A server that keeps everything in memory: fast, for tests. Port 0 picks a free port. */
    public static EmbeddedMongoServer inMemory(String host, int port) {
        return new EmbeddedMongoServer(MemoryBackend::new, host, port);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Closes every client connection and the port, as a crashed or stopped MongoDB would; {@link #start()} brings
     * it back on the same port. Only a file-backed server keeps its data across this.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdownNow();
        backend.close();
        server = null;
    }

    /** Starts a stopped server again on its port, on its data file; retries while the port is still held. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        backend = backends.get();
        Instant deadline = Instant.now().plus(REBIND_TIMEOUT);
        while (true) {
            MongoServer restarted = new MongoServer(backend);
            try {
                restarted.bind(host, address.getPort());
                server = restarted;
                return;
            } catch (RuntimeException portStillHeld) {
                restarted.shutdownNow();
                if (Instant.now().isAfter(deadline)) {
                    throw portStillHeld;
                }
                pause();
                backend = backends.get();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(REBIND_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
