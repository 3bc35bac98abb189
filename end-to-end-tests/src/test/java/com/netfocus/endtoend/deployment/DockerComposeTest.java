package com.netfocus.endtoend.deployment;

import com.netfocus.endtoend.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so docker-compose.yml is resolved by the compose tool Debian packages
 * ({@code docker-compose config}, which needs no engine) in both profiles, and what it resolved is checked against the
 * services' own configuration: only the gateway is published; every long-running container has a health check and a
 * restart policy and every dependency waits for health; images are pinned; secrets are files, each service gets the
 * ones its settings read and no other; each service is its own MongoDB and Kafka user, with rights on its own database,
 * topics and consumer groups only; the cluster profile runs three brokers, three replica-set members and two instances
 * of each service behind the gateway; the API's audience is required.
 */
class DockerComposeTest {

    private static final Path ROOT = TestStacks.projectRoot();
    private static final String GATEWAY = "gateway";
    private static final List<String> BACKENDS = List.of("planning-service", "events-catalog-service", "contact-service");
    /** The topic each service publishes (its netfocus.topics key); it reads the others it names. */
    private static final Map<String, String> OWN_TOPIC = Map.of("planning-service", "plan-events",
            "events-catalog-service", "catalog-events", "contact-service", "contact-events");
    /** The settings naming the groups in which a service reads its own topic back. */
    private static final String REACTIONS = "netfocus.planning.reactions.";
    private static final String PLAN_EVENTS_GROUP = "netfocus.plan-events-consumer.group-id";
    private static final Map<String, String> PROFILE_ENVIRONMENT = Map.of(
            "OIDC_ISSUER_URI", "https://login.example.com/realms/acme", "OIDC_AUDIENCE", "netfocus-api");
    /** The secret files a service reads (configtree from /run/secrets), by property name. */
    private static final String IDENTITY_SECRET = "netfocus.identity.secret";
    private static final String MANAGEMENT_TOKEN = "netfocus.management.token";
    private static final String MONGODB_PASSWORD = "netfocus.mongodb.password";
    private static final String VAULT_PASSWORD = "netfocus.personal-data.vault-password";
    private static final String KAFKA_PASSWORD = "netfocus.kafka.password";
    private static final Pattern PINNED_IMAGE = Pattern.compile("[a-z0-9./-]+:\\d+\\.\\d+\\.\\d+[-a-z0-9._]*(@sha256:[0-9a-f]{64})?");
    private static final Pattern SECRET_LIKE_VARIABLE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");
    private static final Pattern MONGODB_USER = Pattern.compile(
            "\\{user: '([^']+)', database: '([^']+)', secret: '([^']+)'}");

    private static final Map<String, ComposeProfile> PROFILES = new HashMap<>();

    @BeforeAll
    static void resolveBothProfiles() {
        for (String profile : List.of("single", "cluster")) {
            ComposeTool.Run run = ComposeTool.config(ROOT, profile, PROFILE_ENVIRONMENT);
            assertThat(run.exitCode()).as("docker-compose --profile %s config: %s", profile, run.errors()).isZero();
            PROFILES.put(profile, ComposeProfile.of(profile, run.output()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void only_the_gateway_is_published_on_its_own_port(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        int gatewayPort = serverPort(GATEWAY);
        for (String service : compose.services()) {
            if (compose.instancesOf(GATEWAY).contains(service)) {
                assertThat(compose.publishedPorts(service)).containsExactly(gatewayPort + ":" + gatewayPort);
            } else {
                assertThat(compose.publishedPorts(service)).as("%s publishes nothing", service).isEmpty();
            }
        }
        assertThat(compose.instancesOf(GATEWAY)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void every_container_has_a_health_check_and_a_restart_policy_and_every_dependency_waits_for_it(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        Set<String> dependedOn = new LinkedHashSet<>();
        for (String service : compose.services()) {
            if (compose.isOneShot(service)) {
                assertThat(compose.service(service).get("restart")).isEqualTo(ComposeProfile.ONE_SHOT);
            } else {
                assertThat(compose.healthcheck(service).get("test")).as("%s health check", service).isNotNull();
                assertThat(compose.service(service).get("restart")).as("%s restart", service).isEqualTo("unless-stopped");
            }
            compose.dependencies(service).forEach((dependency, condition) -> {
                assertThat(compose.services()).as("%s waits for %s of the same profile", service, dependency)
                        .contains(dependency);
                assertThat(condition).as("%s waits for %s", service, dependency).isEqualTo(
                        compose.isOneShot(dependency) ? "service_completed_successfully" : "service_healthy");
                dependedOn.add(dependency);
            });
        }
        compose.services().stream().filter(compose::isOneShot).forEach(oneShot ->
                assertThat(dependedOn).as("the services wait for %s", oneShot).contains(oneShot));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void every_image_is_pinned_to_an_exact_version_and_kafka_to_its_digest(String profile) throws IOException {
        ComposeProfile compose = PROFILES.get(profile);
        for (String service : compose.services()) {
            if (compose.service(service).get("build") == null) {
                String image = String.valueOf(compose.service(service).get("image"));
                assertThat(image).as("%s image", service).matches(PINNED_IMAGE);
                if (image.startsWith("apache/kafka:")) {
                    assertThat(image).contains("@sha256:");
                }
            }
        }
        String from = Files.readAllLines(ROOT.resolve("Dockerfile")).stream().filter(line -> line.startsWith("FROM "))
                .findFirst().orElseThrow().substring("FROM ".length()).strip();
        assertThat(from).as("the services' base image").matches(PINNED_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void secrets_are_files_and_each_service_gets_those_its_settings_read_and_no_other(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        for (String service : compose.services()) {
            compose.environment(service).forEach((variable, value) -> {
                if (SECRET_LIKE_VARIABLE.matcher(variable).matches()) {
                    assertThat(variable).as("%s: a secret is named by a file, never given as a value", service)
                            .endsWith("_FILE");
                    assertThat(value).startsWith("/run/secrets/");
                }
            });
            compose.secretFiles(service).values().forEach(secret ->
                    assertThat(compose.isFileSecret(secret)).as("secret %s is a file", secret).isTrue());
        }
        for (String module : modules()) {
            assertThat(configuration(module).property("spring.config.import"))
                    .as("%s reads its secrets from files in /run/secrets", module)
                    .hasValue("optional:configtree:${NETFOCUS_SECRETS_DIRECTORY:/run/secrets/}");
            Set<String> expected = new LinkedHashSet<>(List.of(IDENTITY_SECRET, MANAGEMENT_TOKEN));
            if (BACKENDS.contains(module)) {
                expected.addAll(List.of(MONGODB_PASSWORD, KAFKA_PASSWORD));
            }
            if (usesKeyVault(module)) {
                expected.add(VAULT_PASSWORD);
            }
            for (String instance : compose.instancesOf(module)) {
                assertThat(compose.secretFiles(instance).keySet()).as("%s's secret files", instance)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(configuration("planning-service").defaultValue("spring.kafka.properties.sasl.jaas.config"))
                .contains("password=\"${" + KAFKA_PASSWORD + ":}\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void every_variable_a_service_reads_is_set_and_it_listens_where_it_is_reached(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        for (String module : modules()) {
            assertThat(compose.instancesOf(module)).as("containers of %s", module).isNotEmpty();
            for (String instance : compose.instancesOf(module)) {
                Map<String, String> environment = compose.environment(instance);
                for (String variable : configuration(module).requiredVariables()) {
                    assertThat(environment).as("%s reads ${%s} without a default", instance, variable)
                            .containsKey(variable);
                }
                assertThat(environment.get("SERVER_PORT")).as("%s SERVER_PORT", instance)
                        .isEqualTo(String.valueOf(serverPort(module)));
                assertThat(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")))
                        .as("%s: the local profile (self-signed tokens) is for one developer's machine only", instance)
                        .doesNotContain("local");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void services_reach_mongodb_and_kafka_of_their_profile_by_compose_names(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        Set<String> mongoServers = hosts(compose.runningImage("mongo:"), 27017);
        Set<String> kafkaBrokers = hosts(compose.runningImage("apache/kafka:"), 9092);
        for (String module : BACKENDS) {
            ServiceConfiguration configuration = configuration(module);
            assertThat(configuration.property("spring.data.mongodb.uri")).hasValueSatisfying(uri ->
                    assertThat(uri).startsWith("${MONGODB_URI"));
            assertThat(configuration.property("spring.kafka.bootstrap-servers")).hasValueSatisfying(servers ->
                    assertThat(servers).startsWith("${KAFKA_BOOTSTRAP_SERVERS"));
            for (String instance : compose.instancesOf(module)) {
                Map<String, String> environment = compose.environment(instance);
                URI mongo = URI.create(environment.get("MONGODB_URI").replaceFirst("^mongodb://([^/]*)/",
                        "mongodb://host/"));
                assertThat(hostsOf(environment.get("MONGODB_URI"))).as("%s MongoDB servers", instance)
                        .isEqualTo(mongoServers);
                assertThat(mongo.getQuery()).as("%s: writes acknowledged by a majority", instance).contains("w=majority");
                assertThat(Set.of(environment.get("KAFKA_BOOTSTRAP_SERVERS").split(","))).as("%s Kafka", instance)
                        .isEqualTo(kafkaBrokers);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void each_service_is_its_own_mongodb_user_with_rights_on_its_own_database_and_the_vault_has_its_own(String profile)
            throws IOException {
        ComposeProfile compose = PROFILES.get(profile);
        Map<String, String[]> users = mongoUsers();
        Set<String> databases = users.values().stream().map(user -> user[0]).collect(Collectors.toSet());
        assertThat(databases).as("one user per database").hasSize(users.size());
        for (String module : BACKENDS) {
            ServiceConfiguration configuration = configuration(module);
            for (String instance : compose.instancesOf(module)) {
                Map<String, String> environment = compose.environment(instance);
                String user = environment.get("NETFOCUS_MONGODB_USERNAME");
                assertThat(users).as("%s's MongoDB user %s is made by setup.js", instance, user).containsKey(user);
                assertThat(users.get(user)[0]).as("%s's user has rights on its own database", instance)
                        .isEqualTo(configuration.defaultValue("spring.data.mongodb.database"));
                assertThat(compose.secretFiles(instance).get(MONGODB_PASSWORD)).isEqualTo(users.get(user)[1]);
                String vaultUser = environment.get("NETFOCUS_PERSONAL_DATA_VAULT_USERNAME");
                if (usesKeyVault(module)) {
                    assertThat(vaultUser).as("%s reaches the key vault as its own user", instance).isNotEqualTo(user);
                    assertThat(users.get(vaultUser)[0])
                            .isEqualTo(configuration.defaultValue("netfocus.personal-data.vault-database"));
                    assertThat(compose.secretFiles(instance).get(VAULT_PASSWORD)).isEqualTo(users.get(vaultUser)[1]);
                } else {
                    assertThat(vaultUser).as("%s has no business with the key vault", instance).isNull();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void each_service_is_its_own_kafka_user_allowed_its_own_topic_what_it_reads_and_its_own_group(String profile)
            throws IOException {
        ComposeProfile compose = PROFILES.get(profile);
        List<KafkaSetup.Acl> acls = KafkaSetup.acls(ROOT);
        String startNode = Files.readString(ROOT.resolve("deploy/kafka/start-node.sh"));
        Set<String> kafkaUsers = new LinkedHashSet<>();
        for (String module : BACKENDS) {
            ServiceConfiguration configuration = configuration(module);
            assertThat(configuration.defaultValue("spring.kafka.security.protocol")).isEqualTo("PLAINTEXT");
            assertThat(configuration.defaultValue("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
            Map<String, String> topics = configuration.under("netfocus.topics.");
            String owned = topics.get(OWN_TOPIC.get(module));
            Set<String> read = topics.entrySet().stream().filter(topic -> !topic.getKey().equals(OWN_TOPIC.get(module)))
                    .map(Map.Entry::getValue).collect(Collectors.toCollection(HashSet::new));
            String group = configuration.property("spring.kafka.consumer.group-id")
                    .orElse(configuration.defaultValue("spring.application.name"));
            List<String> ownTopicGroups = ownTopicGroups(configuration);
            if (!ownTopicGroups.isEmpty()) {
                read.add(owned);
            }
            List<String> groups = Stream.of(Stream.of(group), ownTopicGroups.stream(),
                    configuration.resolvedValuesEndingWith(".consumer-group").stream()).flatMap(named -> named).toList();
            for (String instance : compose.instancesOf(module)) {
                Map<String, String> environment = compose.environment(instance);
                assertThat(environment.get("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_PLAINTEXT");
                String user = environment.get("NETFOCUS_KAFKA_USERNAME");
                kafkaUsers.add(user);
                List<KafkaSetup.Acl> own = acls.stream().filter(acl -> acl.user().equals(user)).toList();
                assertThat(topicsWith(own, "Write")).as("%s writes its own topic only", user).containsExactly(owned);
                assertThat(Set.copyOf(topicsWith(own, "Read"))).as("%s reads what it consumes", user).isEqualTo(read);
                assertThat(own).as("%s's own consumer groups", user).filteredOn(acl -> acl.resource().equals("group"))
                        .extracting(KafkaSetup.Acl::name).containsExactlyInAnyOrderElementsOf(groups);
                assertThat(own).as("nothing else").allSatisfy(acl -> assertThat(acl.operation())
                        .isIn("Write", "Read", "DescribeConfigs"));
                assertThat(startNode).as("start-node.sh makes the SCRAM user %s with its password file", user)
                        .containsPattern("(?<![\\w-])" + Pattern.quote(user + ":"
                                + compose.secretFiles(instance).get(KAFKA_PASSWORD)) + "(?!\\w)");
            }
        }
        assertThat(acls).extracting(KafkaSetup.Acl::user).allMatch(kafkaUsers::contains);
    }

    /**
     * The consumer groups in which a service reads its own topic back (planning: the plan list's and audit trail's, its reactions'
     * to its own events), each named after its main group.
     */
    private static List<String> ownTopicGroups(ServiceConfiguration configuration) {
        List<String> settings = new ArrayList<>(configuration.under(REACTIONS).keySet().stream()
                .map(reaction -> REACTIONS + reaction).toList());
        configuration.property(PLAN_EVENTS_GROUP).ifPresent(planList -> settings.add(PLAN_EVENTS_GROUP));
        return settings.stream().map(configuration::resolvedValue).toList();
    }

    @Test
    void the_topics_are_created_for_every_name_a_service_uses_and_take_every_plan_event() {
        List<KafkaSetup.Topic> topics = KafkaSetup.topics(ROOT);
        Set<String> used = BACKENDS.stream().flatMap(module -> configuration(module).under("netfocus.topics.")
                .values().stream()).collect(Collectors.toSet());
        assertThat(topics).extracting(KafkaSetup.Topic::name).containsExactlyInAnyOrderElementsOf(used);
        KafkaSetup.Topic planEvents = topics.stream()
                .filter(topic -> topic.name().equals(configuration("planning-service").defaultValue(
                        "netfocus.topics.plan-events"))).findFirst().orElseThrow();
        long maxRequest = bytes(configuration("planning-service")
                .defaultValue("netfocus.planning.publication.limits.max-request-size"));
        assertThat(Long.parseLong(planEvents.settings().get("max.message.bytes"))).isGreaterThanOrEqualTo(maxRequest);
        for (String module : List.of("events-catalog-service", "contact-service")) {
            assertThat(configuration(module).defaultValue("spring.kafka.producer.acks")).isEqualTo("all");
        }
    }

    @Test
    void the_cluster_profile_runs_three_brokers_three_replica_set_members_and_two_instances_of_each_service() {
        ComposeProfile cluster = PROFILES.get("cluster");
        List<String> brokers = cluster.runningImage("apache/kafka:");
        assertThat(brokers).hasSize(3);
        assertThat(cluster.runningImage("mongo:")).hasSize(3);
        for (String broker : brokers) {
            Map<String, String> environment = cluster.environment(broker);
            assertThat(environment.get("KAFKA_QUORUM_VOTERS").split(",")).hasSize(3);
            assertThat(environment).containsEntry("KAFKA_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2");
        }
        cluster.services().stream().filter(cluster::isOneShot)
                .filter(job -> String.valueOf(cluster.service(job).get("image")).startsWith("apache/kafka:"))
                .forEach(job -> assertThat(cluster.environment(job)).containsEntry("KAFKA_REPLICATION_FACTOR", "3")
                        .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2"));
        for (String module : BACKENDS) {
            assertThat(cluster.instancesOf(module)).as("instances of %s", module).hasSize(2);
            for (String instance : cluster.instancesOf(module)) {
                String uri = cluster.environment(instance).get("MONGODB_URI");
                assertThat(uri).contains("replicaSet=rs0").contains("w=majority").contains("retryWrites=true");
            }
        }
        PROFILES.forEach((name, profile) -> assertThat(profile.instancesOf(GATEWAY)).hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void the_gateway_knows_every_instance_of_every_service_of_its_profile(String profile) {
        ComposeProfile compose = PROFILES.get(profile);
        Map<String, String> environment = compose.environment(compose.instancesOf(GATEWAY).get(0));
        Map<String, String> discovery = configuration(GATEWAY).under("spring.cloud.discovery.client.simple.instances.");
        assertThat(discovery.keySet()).hasSize(BACKENDS.size());
        assertThat(configuration(GATEWAY).defaultValue("spring.cloud.loadbalancer.configurations"))
                .isEqualTo("health-check");
        discovery.forEach((serviceId, defaultInstances) -> {
            String module = moduleListeningOn(portOf(defaultInstances));
            Set<String> expected = compose.instancesOf(module).stream()
                    .map(instance -> "http://" + instance + ":" + serverPort(module)).collect(Collectors.toSet());
            assertThat(configuration(GATEWAY).text()).contains("uri: lb://" + serviceId);
            assertThat(instancesNamed(environment, serviceId, defaultInstances)).as("instances of %s", serviceId)
                    .isEqualTo(expected);
        });
        assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES")).isEqualTo("netfocus-api");
        assertThat(environment).containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster"})
    void without_the_api_audience_the_deployment_is_refused(String profile) {
        ComposeTool.Run run = ComposeTool.config(ROOT, profile,
                Map.of("OIDC_ISSUER_URI", "https://login.example.com/realms/acme"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.errors()).contains("set OIDC_AUDIENCE");
    }

    // ---- what the services' own configuration says ----

    private static List<String> modules() {
        List<String> modules = new java.util.ArrayList<>(BACKENDS);
        modules.add(GATEWAY);
        return modules;
    }

    private static ServiceConfiguration configuration(String module) {
        return ServiceConfiguration.of(ROOT, module);
    }

    private static int serverPort(String module) {
        return Integer.parseInt(configuration(module).defaultValue("server.port"));
    }

    private static boolean usesKeyVault(String module) {
        return configuration(module).property("netfocus.personal-data.vault-database").isPresent();
    }

    private static String moduleListeningOn(int port) {
        return BACKENDS.stream().filter(module -> serverPort(module) == port).findFirst()
                .orElseThrow(() -> new AssertionError("no service listens on " + port));
    }

    /** The port of the one default instance, e.g. of "[{uri=${PLANNING_SERVICE_URL:http://localhost:8081}}]". */
    private static int portOf(String defaultInstances) {
        Matcher port = Pattern.compile(":(\\d+)}").matcher(defaultInstances);
        assertThat(port.find()).as("a default instance in %s", defaultInstances).isTrue();
        return Integer.parseInt(port.group(1));
    }

    /**
     * The gateway's instances of a service as compose sets them: the indexed list in the environment, or else the one
     * default instance's variable (e.g. PLANNING_SERVICE_URL).
     */
    private static Set<String> instancesNamed(Map<String, String> environment, String serviceId, String defaultInstances) {
        String prefix = "SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_" + serviceId.toUpperCase() + "_";
        Set<String> listed = environment.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix) && entry.getKey().endsWith("_URI"))
                .map(Map.Entry::getValue).collect(Collectors.toSet());
        if (!listed.isEmpty()) {
            return listed;
        }
        Matcher variable = Pattern.compile("\\$\\{([A-Z_]+):").matcher(defaultInstances);
        assertThat(variable.find()).isTrue();
        return environment.containsKey(variable.group(1)) ? Set.of(environment.get(variable.group(1))) : Set.of();
    }

    // ---- what the deployment's scripts say ----

    /** setup.js's users: name -> [database it may read and write, secret file of its password]. */
    private static Map<String, String[]> mongoUsers() throws IOException {
        Map<String, String[]> users = new LinkedHashMap<>();
        MONGODB_USER.matcher(Files.readString(ROOT.resolve("deploy/mongodb/setup.js"))).results()
                .forEach(match -> users.put(match.group(1), new String[]{match.group(2), match.group(3)}));
        assertThat(users).isNotEmpty();
        return users;
    }

    private static List<String> topicsWith(List<KafkaSetup.Acl> acls, String operation) {
        return acls.stream().filter(acl -> acl.resource().equals("topic") && acl.operation().equals(operation))
                .map(KafkaSetup.Acl::name).toList();
    }

    private static Set<String> hosts(List<String> services, int port) {
        return services.stream().map(service -> service + ":" + port).collect(Collectors.toSet());
    }

    /** A size as Spring writes it in application.yml ("1MB", "960KB"): binary units. */
    private static long bytes(String size) {
        Matcher parts = Pattern.compile("(\\d+)(KB|MB)").matcher(size);
        assertThat(parts.matches()).as("a size in KB or MB: %s", size).isTrue();
        return Long.parseLong(parts.group(1)) * (parts.group(2).equals("MB") ? 1024 * 1024 : 1024);
    }

    private static Set<String> hostsOf(String mongoUri) {
        String hosts = mongoUri.replaceFirst("^mongodb://", "").replaceFirst("/.*$", "");
        return Set.copyOf(Arrays.asList(hosts.split(",")));
    }
}
