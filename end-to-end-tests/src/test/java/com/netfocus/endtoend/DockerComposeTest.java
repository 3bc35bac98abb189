package com.netfocus.endtoend;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so docker-compose.yml is checked against the services' own
 * configuration instead: every variable a service reads is set, ports agree, and addresses name compose services.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("netfocus.project-root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("planning-service", "events-catalog-service", "contact-service", "gateway");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    @Test
    void every_service_gets_the_variables_its_configuration_reads_and_listens_where_compose_publishes_it() throws IOException {
        Map<String, Object> services = composeServices();
        assertThat(services).containsKeys("mongodb", "kafka");
        for (String service : SERVICES) {
            assertThat(services).as("compose service " + service).containsKey(service);
            Map<String, Object> definition = section(services, service);
            Map<String, Object> environment = section(definition, "environment");
            String configuration = applicationYaml(service);
            Matcher placeholders = PLACEHOLDER.matcher(configuration);
            while (placeholders.find()) {
                String variable = placeholders.group(1);
                boolean hasDefault = placeholders.group(0).contains(":");
                if (!hasDefault) {
                    assertThat(environment).as(service + " reads ${" + variable + "} without a default").containsKey(variable);
                }
            }
            int port = serverPort(configuration);
            assertThat(environment.get("SERVER_PORT")).as(service + " SERVER_PORT").isEqualTo(String.valueOf(port));
            @SuppressWarnings("unchecked")
            List<Object> ports = (List<Object>) definition.get("ports");
            assertThat(ports).as(service + " published port").contains(port + ":" + port);
            assertThat(section(section(definition, "build"), "args")).containsEntry("MODULE", service);
        }
    }

    @Test
    void services_reach_mongodb_kafka_and_each_other_by_compose_names_and_ports() throws IOException {
        Map<String, Object> services = composeServices();
        for (String service : List.of("planning-service", "events-catalog-service", "contact-service")) {
            Map<String, Object> environment = section(section(services, service), "environment");
            assertThat(environment.get("MONGODB_URI")).isEqualTo("mongodb://mongodb:27017");
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(applicationYaml(service)).contains("${MONGODB_URI").contains("${KAFKA_BOOTSTRAP_SERVERS");
        }
        Map<String, Object> kafka = section(section(services, "kafka"), "environment");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://kafka:9092");

        Map<String, Object> gateway = section(section(services, "gateway"), "environment");
        assertThat(gateway.get("PLANNING_SERVICE_URL")).isEqualTo("http://planning-service:" + serverPort(applicationYaml("planning-service")));
        assertThat(gateway.get("CATALOG_SERVICE_URL")).isEqualTo("http://events-catalog-service:" + serverPort(applicationYaml("events-catalog-service")));
        assertThat(gateway.get("CONTACT_SERVICE_URL")).isEqualTo("http://contact-service:" + serverPort(applicationYaml("contact-service")));
        String gatewayConfiguration = applicationYaml("gateway");
        assertThat(gatewayConfiguration).contains("${PLANNING_SERVICE_URL").contains("${CATALOG_SERVICE_URL").contains("${CONTACT_SERVICE_URL");
        assertThat(gateway).as("outside the local profile the gateway trusts an identity provider")
                .containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(String.valueOf(gateway.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES")))
                .as("the API's audience is required: tokens issued for other applications are refused")
                .startsWith("${OIDC_AUDIENCE:?");
        for (String service : SERVICES) {
            assertThat(String.valueOf(section(section(services, service), "environment").get("SPRING_PROFILES_ACTIVE")))
                    .as(service + ": the local profile (self-signed tokens) is for one developer's machine only")
                    .doesNotContain("local");
        }
    }

    private static Map<String, Object> composeServices() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return section(compose, "services");
        }
    }

    private static String applicationYaml(String module) throws IOException {
        return Files.readString(ROOT.resolve(module).resolve("src/main/resources/application.yml"));
    }

    /** server.port as the service sets it by default (the value after the placeholder's colon, or the number). */
    private static int serverPort(String configuration) throws IOException {
        // the first document holds the defaults; later ones are profiles
        @SuppressWarnings("unchecked")
        Map<String, Object> yaml = (Map<String, Object>) new Yaml().loadAll(configuration).iterator().next();
        Object port = section(yaml, "server").get("port");
        String text = String.valueOf(port);
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}").matcher(text);
        return Integer.parseInt(placeholder.matches() ? placeholder.group(1) : text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("section " + key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
