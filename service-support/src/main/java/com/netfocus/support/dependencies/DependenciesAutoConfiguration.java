package com.netfocus.support.dependencies;

import com.netfocus.support.health.KafkaHealthIndicator;
import com.netfocus.support.problem.DependencyOutageResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.concurrent.TimeUnit;

/**
 * The services' dependencies under faults: bounded MongoDB driver timeouts, 503 while MongoDB is away, and Kafka
 * on the health endpoint beside MongoDB.
 */
@AutoConfiguration
@EnableConfigurationProperties(DependencySettings.class)
@Import(DependencyOutageResponses.class)
public class DependenciesAutoConfiguration {

    /** Applied after the URI's own options, so the configured bounds hold whatever MONGODB_URI says. */
    @Bean
    @ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
    MongoClientSettingsBuilderCustomizer boundedMongoTimeouts(DependencySettings settings) {
        return builder -> builder
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        settings.mongoServerSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) settings.mongoConnectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) settings.mongoReadTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Connects as the service's other Kafka clients do: {@code spring.kafka}'s servers and security settings. */
    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty("spring.kafka.bootstrap-servers")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka, DependencySettings settings) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(null), settings.kafkaHealthTimeout());
    }
}
