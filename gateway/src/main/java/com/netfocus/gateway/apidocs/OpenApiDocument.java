package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one OpenAPI description of the whole API, kept as YAML in the gateway's resources and also served as JSON.
 * Read once at start-up: a broken document stops the gateway instead of serving a page that cannot render.
 */
@Component
public class OpenApiDocument {

    static final String LOCATION = "apidocs/openapi.yaml";

    private final byte[] yaml;
    private final byte[] json;

    public OpenApiDocument() {
        this(new ClassPathResource(LOCATION));
    }

    OpenApiDocument(Resource source) {
        try (InputStream in = source.getInputStream()) {
            this.yaml = in.readAllBytes();
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            if (tree == null || !tree.hasNonNull("openapi") || !tree.hasNonNull("paths")) {
                throw new IllegalStateException(source + " is not an OpenAPI document");
            }
            this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + source, e);
        }
    }

    public byte[] yaml() {
        return yaml.clone();
    }

    public byte[] json() {
        return json.clone();
    }
}
