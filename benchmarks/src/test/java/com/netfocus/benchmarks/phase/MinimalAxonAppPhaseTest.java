package com.netfocus.benchmarks.phase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinimalAxonAppPhaseTest {

    @Test
    void theMainClassItNamesIsTheMinimalAppsSpringBootApplication() throws Exception {
        Class<?> main = Class.forName(MinimalAxonAppPhase.MAIN_CLASS);

        assertThat(main.getMethod("main", String[].class)).isNotNull();
        assertThat(main.isAnnotationPresent(org.springframework.boot.autoconfigure.SpringBootApplication.class))
                .isTrue();
    }
}
