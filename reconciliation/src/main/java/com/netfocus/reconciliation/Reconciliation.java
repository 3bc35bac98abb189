package com.netfocus.reconciliation;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Reads the event store, the topic and the projections, and compares them. Usable as a library by tests. */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static ReconciliationReport run(ReconciliationSettings settings) {
        return new ReconciliationReport(read(settings));
    }

    static Holdings read(ReconciliationSettings settings) {
        MongoClientSettings client = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.mongoUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        settings.timeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient mongo = MongoClients.create(client)) {
            // the store first: whatever the topic and projections hold beyond it was written after this read
            EventStoreReader store = EventStoreReader.read(mongo.getDatabase(settings.planningDatabase()));
            TopicReader topic = TopicReader.read(settings.kafkaBootstrapServers(), settings.topic(), settings.timeout());
            var catalog = mongo.getDatabase(settings.catalogDatabase());
            var contacts = mongo.getDatabase(settings.contactDatabase());
            return new Holdings(store.plans(), store.platformCounts(), topic.sequences(),
                    Map.of(ProjectionReader.CATALOG_PLAN_NEEDS, ProjectionReader.planNeeds(catalog),
                            ProjectionReader.CONTACT_PLAN_PEOPLE, ProjectionReader.planPeople(contacts)),
                    ProjectionReader.platformActivity(catalog), topic.unreadable(),
                    PublicationPositionsReader.blocked(mongo.getDatabase(settings.planningDatabase())),
                    store.chains());
        }
    }
}
