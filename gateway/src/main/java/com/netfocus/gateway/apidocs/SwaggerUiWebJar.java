package com.netfocus.gateway.apidocs;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Swagger UI webjar on the class path: its files lie under a folder named by its version, which is read from
 * the jar's own Maven metadata, so that upgrading the dependency needs no change here.
 */
final class SwaggerUiWebJar {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String FILES = "META-INF/resources/webjars/swagger-ui/";

    private SwaggerUiWebJar() {
    }

    static Resource files() {
        return new ClassPathResource(FILES + version() + "/");
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(POM_PROPERTIES).getInputStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the org.webjars:swagger-ui jar is missing from the class path", e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(POM_PROPERTIES + " names no version");
        }
        return version;
    }
}
