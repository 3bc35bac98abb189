package com.netfocus.endtoend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a deployment runs is each service's executable jar: it carries the service's runtime libraries and nothing
 * that only tests or the local launcher need (the test kit, the launcher, the embedded servers, the reconciliation
 * tool, test libraries).
 */
class ServiceJarsTest {

    private static final List<String> SERVICES = List.of("planning-service", "events-catalog-service", "contact-service",
            "gateway");
    private static final String LIBRARIES = "BOOT-INF/lib/";
    /** File-name prefixes of the jars that must stay out of a service's runtime. */
    private static final List<String> TEST_AND_LAUNCHER_ONLY = List.of("test-kit-", "local-stack-",
            "embedded-servers-", "reconciliation-", "junit-", "assertj-", "jqwik-", "spring-test-",
            "mongo-java-server-", "kafka_2.13-", "kafka-server-");

    @Test
    void no_service_jar_carries_the_test_kit_the_launcher_or_the_embedded_servers() throws IOException {
        for (String service : SERVICES) {
            List<String> libraries = libraries(executableJar(service));
            assertThat(libraries).as(service + " runtime libraries").anyMatch(jar -> jar.startsWith("spring-boot-"));
            assertThat(libraries).as(service + " runtime libraries")
                    .noneMatch(jar -> TEST_AND_LAUNCHER_ONLY.stream().anyMatch(jar::startsWith));
        }
    }

    private static Path executableJar(String service) throws IOException {
        Path target = TestStacks.projectRoot().resolve(service).resolve("target");
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(target, service + "-*-exec.jar")) {
            found.forEach(jars::add);
        }
        assertThat(jars).as("the executable jar of " + service + " (built by mvn package)").hasSize(1);
        return jars.get(0);
    }

    private static List<String> libraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(LIBRARIES) && name.endsWith(".jar"))
                    .map(name -> name.substring(LIBRARIES.length())).toList();
        }
    }
}
