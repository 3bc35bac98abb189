package com.netfocus.gateway.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.gateway.correlation.CorrelationIds;
import com.netfocus.gateway.identity.CallerAuthentication;
import com.netfocus.gateway.identity.CallerIdentity;
import com.netfocus.gateway.identity.VerifiedCaller;
import com.netfocus.gateway.problem.FieldError;
import com.netfocus.gateway.problem.ProblemWriter;
import com.netfocus.gateway.routing.ServiceClients;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chosen platform's briefing, composed here from two services' parts asked in parallel (each from one of the
 * service's healthy instances, as the routes reach them): planning's (it decides who
 * may read it, as for the plan: its answer, a refusal included, is the briefing's) and the contact service's known
 * matches (the owner's contacts who fit the targets). Each part is asked with the caller's identity sealed for that
 * request, and with the request's correlation id. Composed at the gateway because the two parts live in two services
 * and neither should read the other's data; in parallel, the briefing takes as long as the slower part, plus the
 * composition (docs/teams.md gives the measured overhead). A contact service that cannot answer leaves the contacts
 * out ({@code knownContactsUnavailable}), not the briefing.
 */
@RestController
// described once, by planning's operation of the same path, which says what the gateway adds (the known contacts)
@Hidden
public class BriefingController {

    public static final String PATH = "/api/v1/plans/{planId}/platforms/{platformId}/briefing";
    private static final Logger log = LoggerFactory.getLogger(BriefingController.class);
    private static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The plan version both parts must reflect, passed on to them as the services name it. */
    private static final String MIN_VERSION = "minVersion";
    /** A plan version: a sequence number, 0 or more, that fits a long. */
    private static final Pattern PLAN_VERSION = Pattern.compile("\\d{1,18}");

    private final ServiceClients clients;
    private final BriefingProperties properties;
    private final IdentitySignature seal;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ProblemWriter problems;

    BriefingController(WebClient.Builder clients, ReactorLoadBalancerExchangeFilterFunction loadBalancing,
                       BriefingProperties properties, IdentitySignature seal, Clock clock, ObjectMapper mapper,
                       ProblemWriter problems) {
        this.clients = new ServiceClients(clients, loadBalancing);
        this.properties = properties;
        this.seal = seal;
        this.clock = clock;
        this.mapper = mapper;
        this.problems = problems;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> briefing(@PathVariable String planId, @PathVariable String platformId,
                                     @RequestParam(name = MIN_VERSION, required = false) String minVersion,
                                     ServerWebExchange exchange) {
        if (minVersion != null && !PLAN_VERSION.matcher(minVersion).matches()) {
            // passed on to both parts: refused here, where the contact part's refusal would otherwise go unseen
            return Mono.just(problems.badRequest(exchange, List.of(new FieldError(MIN_VERSION,
                    "must be a whole number, 0 or more: the plan's version the briefing must reflect"))));
        }
        String correlationId = exchange.getAttribute(CorrelationIds.ATTRIBUTE);
        return exchange.getPrincipal().ofType(CallerAuthentication.class).map(CallerAuthentication::caller)
                .flatMap(caller -> {
                    URI planning = uri(properties.planningUrl(), PATH, minVersion, planId, platformId);
                    URI contact = uri(properties.contactUrl(), "/api/v1/plans/{planId}/known-matches", minVersion,
                            planId);
                    Mono<ResponseEntity<JsonNode>> planningPart = part(properties.planningUrl(), planning, caller,
                            correlationId);
                    Mono<Optional<JsonNode>> contactPart = part(properties.contactUrl(), contact, caller,
                            correlationId)
                            .map(answer -> answer.getStatusCode().is2xxSuccessful()
                                    ? Optional.ofNullable(answer.getBody()) : Optional.<JsonNode>empty())
                            .onErrorResume(failure -> {
                                log.warn("the contact service gave no known matches for plan {}: {}", planId,
                                        failure.toString());
                                return Mono.just(Optional.empty());
                            });
                    return Mono.zip(planningPart, contactPart).<ResponseEntity<?>>map(parts -> {
                        ResponseEntity<JsonNode> answer = parts.getT1();
                        if (!answer.getStatusCode().is2xxSuccessful() || answer.getBody() == null) {
                            // planning's refusal (404, 403, 400, 503 ...) is the briefing's, problem+json as sent
                            return answer;
                        }
                        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                                .body(BriefingComposition.compose(answer.getBody(), parts.getT2().orElse(null)));
                    });
                });
    }

    /**
     * One part, from the service at {@code service} (an instance of it, for an {@code lb://} address): its status,
     * content type and JSON body, whatever the status; a failure to get one propagates.
     */
    private Mono<ResponseEntity<JsonNode>> part(URI service, URI uri, VerifiedCaller caller, String correlationId) {
        return clients.clientFor(service).get().uri(uri)
                .headers(headers -> {
                    CallerIdentity.sealFor(headers, caller, seal, "GET", uri, clock.instant());
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                    if (correlationId != null) {
                        headers.set(CORRELATION_HEADER, correlationId);
                    }
                })
                .exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                        .map(body -> {
                            HttpHeaders headers = new HttpHeaders();
                            response.headers().contentType().ifPresent(headers::setContentType);
                            return ResponseEntity.status(response.statusCode()).headers(headers).body(json(body));
                        }))
                .timeout(properties.timeout());
    }

    private JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? null : mapper.readTree(body);
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("a service answered the briefing with a body that is not JSON",
                    unreadable);
        }
    }

    /** The part's address: the path variables encoded as the proxied requests' are, and minVersion passed on. */
    private static URI uri(URI base, String path, String minVersion, Object... variables) {
        UriComponentsBuilder builder = ServiceClients.requestTo(base).path(path);
        if (minVersion != null) {
            builder.queryParam(MIN_VERSION, minVersion);
        }
        return builder.encode().buildAndExpand(variables).toUri();
    }
}
