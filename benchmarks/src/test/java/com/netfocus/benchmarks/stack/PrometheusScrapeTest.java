package com.netfocus.benchmarks.stack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusScrapeTest {

    private static final PrometheusScrape CATALOG = new PrometheusScrape("""
            # HELP netfocus_projection_lag_seconds time from a plan event's occurrence to its application
            # TYPE netfocus_projection_lag_seconds summary
            netfocus_projection_lag_seconds{processor="events-catalog-service",projection="PlanNeedsProjection",quantile="0.5"} 0.012
            netfocus_projection_lag_seconds{processor="events-catalog-service",projection="PlanNeedsProjection",quantile="0.99"} 0.180
            netfocus_projection_lag_seconds{processor="events-catalog-service",projection="AnalyticsProjection",quantile="0.99"} 0.250
            netfocus_projection_lag_seconds_count{processor="events-catalog-service",projection="PlanNeedsProjection"} 420
            netfocus_publication_delay_seconds{quantile="0.99"} 0.031
            """);

    @Test
    void findsTheSampleWhoseLabelsIncludeTheOnesAskedFor() {
        assertThat(CATALOG.value("netfocus_publication_delay_seconds", Map.of("quantile", "0.99"))).hasValue(0.031);
        assertThat(CATALOG.value("netfocus_projection_lag_seconds",
                Map.of("projection", "PlanNeedsProjection", "quantile", "0.5"))).hasValue(0.012);
        assertThat(CATALOG.value("netfocus_projection_lag_seconds", Map.of("quantile", "0.75"))).isEmpty();
    }

    @Test
    void listsTheValuesPerLabel() {
        assertThat(CATALOG.valuesBy("projection", "netfocus_projection_lag_seconds", Map.of("quantile", "0.99")))
                .containsExactly(Map.entry("PlanNeedsProjection", 0.180), Map.entry("AnalyticsProjection", 0.250));
    }

    @Test
    void anUnreadableServiceHasNoValues() {
        assertThat(PrometheusScrape.of("http://localhost:1").value("netfocus_publication_delay_seconds", Map.of()))
                .isEmpty();
    }
}
