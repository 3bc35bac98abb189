package com.netfocus.infrastructure.mongo;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void documents_written_through_the_official_driver_survive_a_restart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.fileBacked(dataDirectory, "localhost", 0);
             var client = MongoClients.create(server.connectionString())) {
            client.getDatabase("netfocus").getCollection("plans").insertOne(new Document("_id", "plan-1").append("title", "Q3"));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.fileBacked(dataDirectory, "localhost", 0);
             var client = MongoClients.create(server.connectionString())) {
            Document plan = client.getDatabase("netfocus").getCollection("plans").find(new Document("_id", "plan-1")).first();
            assertThat(plan).isNotNull();
            assertThat(plan.getString("title")).isEqualTo("Q3");
        }
    }
}
