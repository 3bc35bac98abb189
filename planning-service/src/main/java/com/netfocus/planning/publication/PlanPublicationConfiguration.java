package com.netfocus.planning.publication;

import com.netfocus.planning.chain.PublishedSequences;
import com.netfocus.planning.eventstore.EventStoreConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.OptionalLong;

/** The storage engine Axon's event store uses: the Mongo storage with publication built in; what was published. */
@Configuration
public class PlanPublicationConfiguration {

    @Bean
    @Primary
    PublishingStorageEngine eventStorageEngine(@Qualifier(EventStoreConfiguration.STORAGE) EventStorageEngine storage,
                                               PublicationPositions positions, PublicationObligations obligations,
                                               PlanPublicationQueues queues, EventSizeLimit sizeLimit) {
        return new PublishingStorageEngine(storage, positions, obligations, queues, sizeLimit);
    }

    /** What the hash chain's verification holds the store to: it must still hold every event published. */
    @Bean
    PublishedSequences publishedSequences(PublicationPositions positions) {
        return planId -> positions.find(planId)
                .filter(position -> position.publishedSequence() != Position.NOTHING_PUBLISHED)
                .map(position -> OptionalLong.of(position.publishedSequence()))
                .orElse(OptionalLong.empty());
    }
}
