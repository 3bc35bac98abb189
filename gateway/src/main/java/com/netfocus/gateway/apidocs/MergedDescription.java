package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webflux.api.OpenApiWebfluxResource;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one API description the gateway serves: its own endpoints (springdoc, from its controllers) merged with each
 * routed service's description, read from the services in parallel ({@link DescriptionMerge}). A description that
 * holds every service is kept for {@code keep-for}; one that lacks a service is served as it is (saying which is
 * missing) but built again on the next request. With no service's description at all the answer is 503.
 */
@Component
class MergedDescription {

    private static final Logger log = LoggerFactory.getLogger(MergedDescription.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "1" stays a string: unquoted, a YAML reader would take the version (or an example id) for a number
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private final OpenApiWebfluxResource ownDescription;
    private final String ownDescriptionPath;
    private final RouteDefinitionLocator routes;
    private final ServiceDescriptionReader reader;
    private final ApiDocsProperties properties;
    private final Clock clock;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    /** The merged description in both forms the gateway serves. */
    record Document(byte[] json, byte[] yaml) {
    }

    private record Kept(Document document, Instant until) {
    }

    MergedDescription(OpenApiWebfluxResource ownDescription, SpringDocConfigProperties springDoc,
                      RouteDefinitionLocator routes, ServiceDescriptionReader reader, ApiDocsProperties properties,
                      Clock clock) {
        this.ownDescription = ownDescription;
        this.ownDescriptionPath = springDoc.getApiDocs().getPath();
        this.routes = routes;
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<Document> current(ServerHttpRequest request) {
        Kept current = kept.get();
        if (current != null && clock.instant().isBefore(current.until())) {
            return Mono.just(current.document());
        }
        return build(request);
    }

    private Mono<Document> build(ServerHttpRequest request) {
        Mono<ObjectNode> own = Mono.defer(() -> {
            try {
                return ownDescription.openapiJson(request, ownDescriptionPath, Locale.ROOT);
            } catch (JsonProcessingException e) {
                return Mono.error(e);
            }
        }).map(MergedDescription::tree);
        Mono<RoutedServices> routed = routes.getRouteDefinitions().collectList().map(RoutedServices::of);
        return routed.flatMap(services -> Mono.zip(own,
                        Flux.fromIterable(services.services()).flatMap(reader::read).collectList())
                .map(parts -> merged(services, parts.getT1(), parts.getT2())));
    }

    private Document merged(RoutedServices services, ObjectNode own, List<ServiceDescription> parts) {
        if (parts.stream().allMatch(part -> part.document().isEmpty())) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "no service's API description could be read");
        }
        DescriptionMerge.Merged merged = new DescriptionMerge(services::serviceOf)
                .merge(own, parts.stream().sorted(Comparator.comparing(ServiceDescription::service)).toList());
        merged.leftOut().forEach(path -> log.warn("not in the API description, clients cannot reach it: {}", path));
        ObjectNode document = merged.document();
        Document served = new Document(write(JSON, document), write(YAML, document));
        if (parts.stream().allMatch(part -> part.document().isPresent())) {
            kept.set(new Kept(served, clock.instant().plus(properties.keepFor())));
        }
        return served;
    }

    private static ObjectNode tree(byte[] json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway's own API description is not JSON", e);
        }
    }

    private static byte[] write(ObjectMapper mapper, ObjectNode document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a description read as JSON must write again", e);
        }
    }
}
