package com.netfocus.planning.publication;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * At start-up, makes sure the plan-events topic takes every record the producer may send: creates it, if it does not
 * exist, with {@code max.message.bytes} set to the producer's {@code max.request.size} (partitions and replicas as
 * the broker's defaults), and refuses to start if it exists with a smaller one. A broker that does not answer in time
 * does not stop the service (commands are stored, their events follow): the check is then logged as skipped, and a
 * record the topic refuses blocks its plan, visibly (see {@link BlockedPlans}).
 */
@Component
public class PlanEventTopicCheck {

    private static final Logger log = LoggerFactory.getLogger(PlanEventTopicCheck.class);

    private final Map<String, Object> clientProperties;
    private final String topic;
    private final long maxRequestBytes;
    private final long timeoutMillis;

    /** Connects as the service's other Kafka clients do: {@code spring.kafka}'s servers and security settings. */
    public PlanEventTopicCheck(KafkaProperties kafka, TopicSettings topics, PlanPublicationSettings settings) {
        this.clientProperties = kafka.buildAdminProperties(null);
        this.topic = topics.planEvents();
        this.maxRequestBytes = settings.limits().maxRequestSize().toBytes();
        this.timeoutMillis = settings.requestTimeout().toMillis();
    }

    /** @throws IllegalStateException if the topic exists and would refuse records the producer may send */
    void verify() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMillis);
        try (Admin admin = Admin.create(properties)) {
            Optional<Long> existing = maxMessageBytes(admin);
            long maxMessageBytes = existing.isPresent() ? existing.get() : create(admin);
            if (maxMessageBytes < maxRequestBytes) {
                throw new IllegalStateException("the topic " + topic + " takes records of at most " + maxMessageBytes
                        + " bytes (max.message.bytes), less than the " + maxRequestBytes + " the producer may send"
                        + " (netfocus.planning.publication.limits.max-request-size): Kafka would refuse events this"
                        + " service accepted. Raise the topic's max.message.bytes to at least " + maxRequestBytes
                        + " (kafka-configs.sh --alter --entity-type topics --entity-name " + topic
                        + " --add-config max.message.bytes=" + maxRequestBytes + "), or lower the limits");
            }
            log.debug("topic {} takes records of up to {} bytes; the producer sends at most {}", topic,
                    maxMessageBytes, maxRequestBytes);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("could not check the limits of topic {} at start-up ({}): publication goes on; a record the topic"
                    + " refuses blocks its plan (see /actuator/health/publication)", topic, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Long> maxMessageBytes(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            Config config = admin.describeConfigs(List.of(resource)).all()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS).get(resource);
            ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return Optional.of(Long.parseLong(entry.value()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates the topic with the producer's limit; if it was created meanwhile, reads what it holds. */
    private long create(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        NewTopic newTopic = new NewTopic(topic, Optional.empty(), Optional.empty())
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxRequestBytes)));
        try {
            admin.createTopics(List.of(newTopic)).all().get(timeoutMillis, TimeUnit.MILLISECONDS);
            log.info("created topic {} with max.message.bytes {}", topic, maxRequestBytes);
            return maxRequestBytes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                // created meanwhile (a consumer's metadata request, another instance): judge what it holds
                return maxMessageBytes(admin).orElse(maxRequestBytes);
            }
            throw e;
        }
    }
}
