package com.netfocus.infrastructure.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchArgumentsTest {

    private static final StackSettings DEFAULTS = StackSettings.fromEnvironment(Map.of(), Path.of("/opt/netfocus"));

    @Test
    void without_arguments_one_instance_of_each_service_runs_on_one_broker() {
        StackSettings settings = LaunchArguments.apply(List.of(), DEFAULTS);

        assertThat(settings.instances()).isEqualTo(1);
        assertThat(settings.kafkaBrokers()).isEqualTo(1);
    }

    @Test
    void instances_and_brokers_are_taken_from_the_command_line_and_later_instances_listen_a_hundred_ports_up() {
        StackSettings settings = LaunchArguments.apply(List.of("--instances", "2", "--kafka-brokers", "3"), DEFAULTS);

        assertThat(settings.instances()).isEqualTo(2);
        assertThat(settings.kafkaBrokers()).isEqualTo(3);
        assertThat(settings.instancePort(8081, 0)).isEqualTo(8081);
        assertThat(settings.instancePort(8081, 1)).isEqualTo(8181);
        assertThat(settings.withFreeInstancePorts().instancePort(8081, 1)).isNotEqualTo(8181).isPositive();
    }

    @Test
    void the_gateway_gets_every_instance_under_its_route_name() {
        assertThat(Backend.PLANNING.instanceVariable(1))
                .isEqualTo("SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_PLANNING_1_URI");
        assertThat(Backend.CATALOG.instanceName(0)).isEqualTo("events-catalog-service");
        assertThat(Backend.CATALOG.instanceName(1)).isEqualTo("events-catalog-service-2");
    }

    @Test
    void a_wrong_argument_is_refused_with_the_usage() {
        assertThatThrownBy(() -> LaunchArguments.apply(List.of("--instances"), DEFAULTS))
                .hasMessageContaining("--instances needs a number").hasMessageContaining(LaunchArguments.USAGE);
        assertThatThrownBy(() -> LaunchArguments.apply(List.of("--instances", "two"), DEFAULTS))
                .hasMessageContaining("not two");
        assertThatThrownBy(() -> LaunchArguments.apply(List.of("--instances", "0"), DEFAULTS))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> LaunchArguments.apply(List.of("--replicas", "2"), DEFAULTS))
                .hasMessageContaining("unknown argument --replicas");
        StackSettings external = StackSettings.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"),
                Path.of("/opt/netfocus"));
        assertThatThrownBy(() -> LaunchArguments.apply(List.of("--kafka-brokers", "3"), external))
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }
}
