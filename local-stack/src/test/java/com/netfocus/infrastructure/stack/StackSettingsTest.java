package com.netfocus.infrastructure.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/opt/netfocus");

    @Test
    void without_servers_named_the_stack_embeds_them_on_the_design_ports_with_data_in_the_project() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(), ROOT);

        assertThat(settings.mongoUri()).isNull();
        assertThat(settings.kafkaBootstrapServers()).isNull();
        assertThat(settings.dataDirectory()).isEqualTo(ROOT.resolve(".netfocus-data"));
        assertThat(settings.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.planningPort()).isEqualTo(8081);
        assertThat(settings.catalogPort()).isEqualTo(8082);
        assertThat(settings.contactPort()).isEqualTo(8083);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.loadDemoData()).isTrue();
    }

    @Test
    void named_servers_replace_the_embedded_ones_and_blank_values_do_not() {
        StackSettings external = StackSettings.fromEnvironment(Map.of(
                "MONGODB_URI", "mongodb://db.internal:27017",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"), ROOT);
        assertThat(external.mongoUri()).isEqualTo("mongodb://db.internal:27017");
        assertThat(external.kafkaBootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");

        StackSettings blank = StackSettings.fromEnvironment(Map.of("MONGODB_URI", " ", "KAFKA_BOOTSTRAP_SERVERS", ""), ROOT);
        assertThat(blank.mongoUri()).isNull();
        assertThat(blank.kafkaBootstrapServers()).isNull();
    }

    @Test
    void ports_data_directory_demo_data_and_java_options_can_be_set() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of(
                "NETFOCUS_GATEWAY_PORT", "9080",
                "NETFOCUS_DATA_DIR", "/var/lib/netfocus",
                "NETFOCUS_DEMO_DATA", "false",
                "NETFOCUS_SERVICE_JAVA_OPTS", " -Xmx1g  -XX:+UseG1GC "), ROOT);

        assertThat(settings.gatewayUrl()).isEqualTo("http://localhost:9080");
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/netfocus"));
        assertThat(settings.loadDemoData()).isFalse();
        assertThat(settings.serviceJavaOptions()).containsExactly("-Xmx1g", "-XX:+UseG1GC");
    }
}
