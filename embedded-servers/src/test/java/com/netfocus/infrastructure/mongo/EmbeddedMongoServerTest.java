package com.netfocus.infrastructure.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void a_stopped_server_refuses_clients_and_comes_back_on_its_port_with_its_data() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.fileBacked(dataDirectory, "localhost", 0);
             var client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(server.connectionString()))
                     .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
                     .build())) {
            var plans = client.getDatabase("netfocus").getCollection("plans");
            plans.insertOne(new Document("_id", "plan-1"));
            String address = server.connectionString();

            server.stop();
            assertThat(server.isRunning()).isFalse();
            assertThatThrownBy(() -> plans.insertOne(new Document("_id", "plan-2")))
                    .isInstanceOf(com.mongodb.MongoException.class);

            server.start();
            assertThat(server.connectionString()).isEqualTo(address);
            assertThat(plans.countDocuments()).isEqualTo(1);
            plans.insertOne(new Document("_id", "plan-2"));
            assertThat(plans.countDocuments()).isEqualTo(2);
        }
    }
}
