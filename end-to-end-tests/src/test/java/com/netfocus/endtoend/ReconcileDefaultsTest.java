package com.netfocus.endtoend;

import com.netfocus.reconciliation.ReconciliationSettings;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./reconcile.sh reads, unless told otherwise, the databases and the plan-event topic that the services'
 * application.yml configure: a service's database renamed there fails here, not in a report.
 */
class ReconcileDefaultsTest {

    private static final String DATABASE = "spring.data.mongodb.database";
    private static final String PLAN_EVENTS = "netfocus.topics.plan-events";

    @Test
    void the_reconciliation_reads_the_databases_and_the_topic_the_services_configure() throws IOException {
        ReconciliationSettings defaults = ReconciliationSettings.of("mongodb://localhost:27017", "localhost:9092");

        assertThat(configured("planning-service", DATABASE)).isEqualTo(defaults.planningDatabase());
        assertThat(configured("events-catalog-service", DATABASE)).isEqualTo(defaults.catalogDatabase());
        assertThat(configured("contact-service", DATABASE)).isEqualTo(defaults.contactDatabase());
        for (String service : new String[] {"planning-service", "events-catalog-service", "contact-service"}) {
            assertThat(configured(service, PLAN_EVENTS)).as(service + " " + PLAN_EVENTS).isEqualTo(defaults.topic());
        }
    }

    /** A property as the module's application.yml sets it by default (its first document; later ones are profiles). */
    private static Object configured(String module, String property) throws IOException {
        try (Reader reader = Files.newBufferedReader(TestStacks.projectRoot().resolve(module)
                .resolve("src/main/resources/application.yml"))) {
            Object value = new Yaml().loadAll(reader).iterator().next();
            for (String key : property.split("\\.")) {
                assertThat(value).as(module + " " + property).isInstanceOf(Map.class);
                value = ((Map<?, ?>) value).get(key);
            }
            return value;
        }
    }
}
