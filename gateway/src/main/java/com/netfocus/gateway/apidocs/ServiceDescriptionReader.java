package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.gateway.routing.ServiceClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.Set;

/**
 * Reads a service's own description from the service itself (the route's URI), as the gateway's own caller: the
 * services serve their descriptions only to a request whose identity the gateway sealed. A route to a load-balanced
 * name ({@code lb://planning}) is read from one of its healthy instances, as the route itself would reach it. A
 * service that cannot be read in time is reported, not waited for.
 */
final class ServiceDescriptionReader {

    private static final Logger log = LoggerFactory.getLogger(ServiceDescriptionReader.class);
    /** Who reads the descriptions: no user of any org, no role; the services only check the seal. */
    static final Caller READER = new Caller("api-description-reader", "netfocus-gateway", "", Set.of());

    private final ServiceClients clients;
    private final IdentitySignature seal;
    private final ApiDocsProperties properties;
    private final Clock clock;

    ServiceDescriptionReader(WebClient.Builder clients, ExchangeFilterFunction loadBalancing, IdentitySignature seal,
                             ApiDocsProperties properties, Clock clock) {
        this.clients = new ServiceClients(clients.clone().codecs(codecs -> codecs.defaultCodecs()
                .maxInMemorySize(Math.toIntExact(properties.maxSize().toBytes()))), loadBalancing);
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<ServiceDescription> read(RoutedServices.Service service) {
        URI uri = ServiceClients.requestTo(service.uri()).replacePath(properties.servicePath()).build().toUri();
        return clients.clientFor(service.uri()).get().uri(uri).accept(MediaType.APPLICATION_JSON)
                // sealed for this one request, as the gateway seals every request it passes on
                .headers(headers -> seal.headersFor(READER, clock.instant(), SealedRequest.of("GET", uri))
                        .forEach(header -> headers.set(header[0], header[1])))
                .retrieve()
                .bodyToMono(ObjectNode.class)
                .timeout(properties.readTimeout())
                .flatMap(document -> document.hasNonNull("openapi") && document.has("paths")
                        ? Mono.just(ServiceDescription.read(service.id(), document))
                        : Mono.error(new IllegalStateException("the answer is not an OpenAPI description")))
                .onErrorResume(failure -> {
                    log.warn("the API description of the {} service could not be read from {}: {}", service.id(), uri,
                            failure.toString());
                    return Mono.just(ServiceDescription.unreadable(service.id(), failure.toString()));
                });
    }
}
