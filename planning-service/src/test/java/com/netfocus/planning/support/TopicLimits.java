package com.netfocus.planning.support;

import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A topic's {@code max.message.bytes} on the shared broker, read and changed as an operator would. */
public final class TopicLimits {

    private static final long WAIT_SECONDS = 30;

    private TopicLimits() {
    }

    public static long maxMessageBytes(String topic) {
        ConfigResource resource = resource(topic);
        try (Admin admin = admin()) {
            return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get(WAIT_SECONDS, TimeUnit.SECONDS)
                    .get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the limits of " + topic, e);
        }
    }

    public static void setMaxMessageBytes(String topic, long bytes) {
        alter(topic, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes)),
                AlterConfigOp.OpType.SET));
    }

    /** Back to the broker's default ({@code message.max.bytes}). */
    public static void resetMaxMessageBytes(String topic) {
        alter(topic, new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, null),
                AlterConfigOp.OpType.DELETE));
    }

    public static void create(String topic, long maxMessageBytes) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, TestInfrastructure.PARTITIONS, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxMessageBytes)))))
                    .all().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
    }

    private static void alter(String topic, AlterConfigOp operation) {
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(resource(topic), List.of(operation))).all()
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot change the limits of " + topic, e);
        }
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()));
    }
}
