package com.netfocus.infrastructure.testing;

import com.netfocus.infrastructure.kafka.EmbeddedKafkaBroker;
import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real Kafka broker and one MongoDB wire server per test JVM, started on first use and shared by every
 * test in it (starting a broker per test class would cost seconds each). With {@code MONGODB_URI} or
 * {@code KAFKA_BOOTSTRAP_SERVERS} set, the tests use those servers instead and start nothing.
 * Tests keep apart by using their own database names and topic names or ids.
 */
public final class SharedInfrastructure {

    private static final int TEST_PARTITIONS = 3;
    private static EmbeddedMongoServer mongo;
    private static EmbeddedKafkaBroker kafka;

    private SharedInfrastructure() {
    }

    public static synchronized String mongoUri() {
        String external = System.getenv("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (mongo == null) {
            // no shutdown hook: the server ends with the test JVM, after the Spring contexts have closed their clients
            mongo = EmbeddedMongoServer.inMemory("localhost", 0);
        }
        return mongo.connectionString();
    }

    public static synchronized String kafkaBootstrapServers() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        return embeddedKafka().bootstrapServers();
    }

    /**
     * The embedded broker itself, for tests that take it away and bring it back. Such a test must leave it
     * running when it ends.
     */
    public static synchronized EmbeddedKafkaBroker embeddedKafka() {
        if (kafka == null) {
            // no shutdown hook: stopping the broker while the Spring contexts' shutdown hooks close their consumers
            // made every consumer wait out its close timeout, and the test JVM outlive surefire's patience
            kafka = EmbeddedKafkaBroker.start(temporaryDirectory("netfocus-test-kafka"), 0, 0, TEST_PARTITIONS);
        }
        return kafka;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
