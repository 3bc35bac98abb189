package com.netfocus.planning.publication;

import com.netfocus.planning.eventstore.EventStoreConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The storage engine Axon's event store uses: the Mongo storage with publication built in. */
@Configuration
public class PlanPublicationConfiguration {

    @Bean
    @Primary
    PublishingStorageEngine eventStorageEngine(@Qualifier(EventStoreConfiguration.STORAGE) EventStorageEngine storage,
                                               PublicationPositions positions, PublicationObligations obligations,
                                               PlanPublicationQueues queues, EventSizeLimit sizeLimit) {
        return new PublishingStorageEngine(storage, positions, obligations, queues, sizeLimit);
    }
}
