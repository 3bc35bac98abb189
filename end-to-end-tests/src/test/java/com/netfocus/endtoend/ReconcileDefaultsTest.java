package com.netfocus.endtoend;

import com.netfocus.contracts.plan.AttendancePlausibility;
import com.netfocus.reconciliation.ReconciliationSettings;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./reconcile.sh reads, unless told otherwise, the databases and the plan-event topic that the services'
 * application.yml configure, and judges attendances as the analytics do: a service's database renamed there, or the
 * analytics' judgement changed, fails here, not in a report.
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

    @Test
    void the_reconciliation_lists_the_attendances_the_analytics_leave_out() throws IOException {
        assertThat(new AttendancePlausibility(
                duration(configured("events-catalog-service", "netfocus.catalog.analytics.attendance-future-tolerance")),
                duration(configured("events-catalog-service", "netfocus.catalog.analytics.attendance-max-age"))))
                .isEqualTo(ReconciliationSettings.ATTENDANCE_PLAUSIBILITY);
    }

    /** A duration as application.yml writes it: a number and a unit, s, m, h or d ("5m", "1096d"). */
    private static Duration duration(Object configured) {
        String text = String.valueOf(configured);
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("not a duration of application.yml: " + text);
        };
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
