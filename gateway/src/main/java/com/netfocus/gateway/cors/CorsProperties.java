package com.netfocus.gateway.cors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.cors.CorsConfiguration;

import java.time.Duration;
import java.util.List;

/**
 * Which web origins may call the API from a browser. Nothing is allowed unless configured (production default);
 * the local profile allows localhost origins.
 *
 * @param allowedOrigins        exact origins, e.g. https://app.netfocus.example
 * @param allowedOriginPatterns origin patterns, e.g. http://localhost:[*]
 * @param allowedMethods        methods a browser may use cross-origin
 * @param allowedHeaders        request headers a browser may send cross-origin
 * @param exposedHeaders        response headers a browser script may read
 * @param maxAge                how long a browser may keep a preflight's answer
 */
@ConfigurationProperties("netfocus.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, List<String> allowedOriginPatterns,
                             List<String> allowedMethods, List<String> allowedHeaders, List<String> exposedHeaders,
                             Duration maxAge) {

    public CorsProperties {
        allowedOrigins = listOrEmpty(allowedOrigins);
        allowedOriginPatterns = listOrEmpty(allowedOriginPatterns);
        allowedMethods = listOrEmpty(allowedMethods);
        allowedHeaders = listOrEmpty(allowedHeaders);
        exposedHeaders = listOrEmpty(exposedHeaders);
        if (maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("netfocus.gateway.cors.max-age must be set and not negative");
        }
    }

    /** The configuration every request is checked against. Bearer tokens, not cookies: no credentials. */
    public CorsConfiguration configuration() {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedOriginPatterns(allowedOriginPatterns);
        configuration.setAllowedMethods(allowedMethods);
        configuration.setAllowedHeaders(allowedHeaders);
        configuration.setExposedHeaders(exposedHeaders);
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(maxAge);
        return configuration;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(value -> !value.isEmpty())
                .toList();
    }
}
