package com.netfocus.gateway.routing;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * The gateway's own calls to a service, at an address written as the routes write it: {@code lb://planning} reaches
 * one of the service's healthy instances through Spring Cloud LoadBalancer, as a route to it would; any other address
 * is called as it is.
 */
public final class ServiceClients {

    private static final String LOAD_BALANCED = "lb";

    private final WebClient direct;
    private final WebClient balanced;

    /** @param clients configured for these calls (codecs, limits); cloned, never changed */
    public ServiceClients(WebClient.Builder clients, ExchangeFilterFunction loadBalancing) {
        this.direct = clients.clone().build();
        this.balanced = clients.clone().filter(loadBalancing).build();
    }

    /** The client that reaches {@code address}: balanced for an {@code lb://} one. */
    public WebClient clientFor(URI address) {
        return isBalanced(address) ? balanced : direct;
    }

    /**
     * The address as a request URI: the load balancer takes the host of an http URI as the name of the service whose
     * instances it chooses from, so {@code lb://planning} becomes {@code http://planning}.
     */
    public static UriComponentsBuilder requestTo(URI address) {
        return UriComponentsBuilder.fromUri(address).scheme(isBalanced(address) ? "http" : address.getScheme());
    }

    private static boolean isBalanced(URI address) {
        return LOAD_BALANCED.equals(address.getScheme());
    }
}
