package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.Topics;
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
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.util.StringUtils;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumes the plan events topic for a service that declares one or more {@link PlanEventProjection} beans
 * (each gets every event, in the order of their {@code @Order}; see {@link PlanEventFanOut}): one consumer
 * group per service, from the earliest record for a new group, the offset committed only after the
 * projection applied the record (at least once). See {@link PlanEventsErrorHandling} for failures.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(ConcurrentMessageListenerContainer.class)
@ConditionalOnBean({PlanEventProjection.class, KafkaProperties.class})
@EnableConfigurationProperties(PlanEventsConsumerProperties.class)
public class PlanEventsAutoConfiguration {

    public static final String CONTAINER_BEAN = "planEventsListenerContainer";

    @Bean(CONTAINER_BEAN)
    ConcurrentMessageListenerContainer<String, byte[]> planEventsListenerContainer(
            KafkaProperties kafka, ObjectProvider<SslBundles> sslBundles, List<PlanEventProjection> projections,
            PlanEventsConsumerProperties properties,
            @Value("${netfocus.topics.plan-events:" + Topics.PLAN_EVENTS + "}") String topic,
            @Value("${spring.application.name:}") String applicationName) {
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(
                consumerProperties(kafka, sslBundles.getIfAvailable(), applicationName),
                new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties containerProperties = new ContainerProperties(topic);
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        containerProperties.setMessageListener(new PlanEventRecordListener(new PlanEventFanOut(projections)));
        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        container.setConcurrency(properties.concurrency());
        container.setCommonErrorHandler(PlanEventsErrorHandling.errorHandler(properties));
        return container;
    }

    static Map<String, Object> consumerProperties(KafkaProperties kafka, SslBundles sslBundles, String applicationName) {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties(sslBundles));
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
