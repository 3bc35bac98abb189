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

/**
 * The MongoDB wire-protocol server, in this JVM, reached by the official driver over TCP like any MongoDB.
 * File-backed (H2) when given a data directory, so that data survives a restart; in memory otherwise.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final String DATA_FILE = "mongo.mv.db";

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port) {
        this.backend = backend;
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
        return new EmbeddedMongoServer(new H2Backend(dataDirectory.resolve(DATA_FILE).toString()), host, port);
    }

    /** A server that keeps everything in memory: fast, for tests. Port 0 picks a free port. */
    public static EmbeddedMongoServer inMemory(String host, int port) {
        return new EmbeddedMongoServer(new MemoryBackend(), host, port);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
