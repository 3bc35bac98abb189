package com.netfocus.reconciliation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconciliationSettingsTest {

    @Test
    void defaults_are_those_of_the_local_stack_and_flags_override_them() {
        ReconciliationSettings defaults = ReconciliationSettings.fromCommandLine(Map.of());
        assertThat(defaults.mongoUri()).isEqualTo("mongodb://localhost:27017");
        assertThat(defaults.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(defaults.planningDatabase()).isEqualTo("netfocus-planning");
        assertThat(defaults.json()).isFalse();

        ReconciliationSettings set = ReconciliationSettings.fromCommandLine(
                Map.of("MONGODB_URI", "mongodb://db:1", "KAFKA_BOOTSTRAP_SERVERS", "k:2"),
                "--json", "--catalog-db=c", "--topic=t");
        assertThat(set.mongoUri()).isEqualTo("mongodb://db:1");
        assertThat(set.kafkaBootstrapServers()).isEqualTo("k:2");
        assertThat(set.catalogDatabase()).isEqualTo("c");
        assertThat(set.topic()).isEqualTo("t");
        assertThat(set.json()).isTrue();
        assertThatThrownBy(() -> ReconciliationSettings.fromCommandLine(Map.of(), "--what=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
