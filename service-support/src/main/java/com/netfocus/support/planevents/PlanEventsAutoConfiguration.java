package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.Topics;
import com.netfocus.support.deadletter.DeadLetterController;
import com.netfocus.support.deadletter.DeadLetterProperties;
import com.netfocus.support.deadletter.DeadLetterStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes the plan events topic for a service that declares one or more {@link PollAwareProjection} beans
 * (each gets every poll, in the order of their {@code @Order}; see {@link PlanEventBatchListener}): one consumer
 * group per service, from the earliest record for a new group, the offsets committed once per poll after the
 * projections wrote what it changed (at least once). Records that can never be applied go to the dead letters
 * ({@code /api/v1/dead-letters}); see {@link PlanEventsErrorHandling} for retries.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(ConcurrentMessageListenerContainer.class)
@ConditionalOnBean({PollAwareProjection.class, KafkaProperties.class})
@EnableConfigurationProperties({PlanEventsConsumerProperties.class, DeadLetterProperties.class})
public class PlanEventsAutoConfiguration {

    public static final String CONTAINER_BEAN = "planEventsListenerContainer";

    @Bean(CONTAINER_BEAN)
    ConcurrentMessageListenerContainer<String, byte[]> planEventsListenerContainer(
            KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles, PlanEventsConsumerProperties properties,
            PlanEventBatchListener planEventBatchListener,
            @Value("${netfocus.topics.plan-events:" + Topics.PLAN_EVENTS + "}") String topic,
            @Value("${spring.application.name:}") String applicationName) {
        Map<String, Object> consumerProperties = consumerProperties(kafka, sslBundles.getIfAvailable(), applicationName,
                properties.groupId());
        consumerProperties.putAll(pollSizes(properties));
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(
                consumerProperties, new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties containerProperties = new ContainerProperties(topic);
        // one commit per poll, after every projection wrote what the poll changed (see PlanEventBatchListener)
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        containerProperties.setMessageListener(planEventBatchListener);
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(PlanEventsErrorHandling.errorHandler(properties));
        return container;
    }

    /**
     * The one way a plan event is applied: by the consumer, and by a dead letter's replay. The projection lag is
     * recorded per projection when a meter registry is present.
     */
    @Bean
    PlanEventBatchListener planEventBatchListener(List<PollAwareProjection<?>> projections,
                                                  ObjectProvider<PlanEventPreparation> preparation,
                                                  DeadLetterStore deadLetterStore, KafkaProperties kafka,
                                                  ObjectProvider<SslBundles> sslBundles,
                                                  ObjectProvider<MeterRegistry> meters,
                                                  PlanEventsConsumerProperties properties,
                                                  @Value("${spring.application.name:}") String applicationName) {
        MeterRegistry registry = meters.getIfAvailable();
        ProjectionLag lag = registry == null ? null : new ProjectionLag(registry, applicationName, Clock.systemUTC());
        Object group = consumerProperties(kafka, sslBundles.getIfAvailable(), applicationName, properties.groupId())
                .get(ConsumerConfig.GROUP_ID_CONFIG);
        return new PlanEventBatchListener(projections, preparation.getIfAvailable(() -> events -> events),
                deadLetterStore, String.valueOf(group), lag);
    }

    @Bean
    DeadLetterStore deadLetterStore(MongoTemplate mongo) {
        return new DeadLetterStore(mongo, Clock.systemUTC());
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterStore store, PlanEventBatchListener consumer,
                                              DeadLetterProperties properties) {
        return new DeadLetterController(store, consumer, properties);
    }

    /** How much one poll may hold: large, so that a replay's or a backlog's events share their documents' reads. */
    static Map<String, Object> pollSizes(PlanEventsConsumerProperties properties) {
        return Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                Math.toIntExact(properties.maxPartitionFetch().toBytes()));
    }

    static Map<String, Object> consumerProperties(KafkaProperties kafka, SslBundles sslBundles, String applicationName,
                                                  String planEventsGroup) {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties(sslBundles));
        if (StringUtils.hasText(planEventsGroup)) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, planEventsGroup);
        }
        Object groupId = props.get(ConsumerConfig.GROUP_ID_CONFIG);
        if (groupId == null || !StringUtils.hasText(groupId.toString())) {
            if (!StringUtils.hasText(applicationName)) {
                throw new IllegalStateException("set spring.kafka.consumer.group-id or spring.application.name: "
                        + "each service reads plan events in its own consumer group");
            }
            props.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName);
        }
        // A new group must see every plan event ever published, or its projection would start incomplete.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // The container commits after each record is applied; an auto-commit could commit unapplied records.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        props.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return props;
    }
}
