package com.netfocus.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The API page's headers, and how the gateway builds the one API description it serves
 * ({@code netfocus.gateway.api-docs.*}).
 *
 * @param contentSecurityPolicy the page may load scripts, styles and data from this gateway only (no inline script or
 *                              style) and call this gateway only
 * @param cacheControl          how a browser keeps the page and its files
 * @param servicePath           where each service behind a route serves its own description (springdoc's api-docs path)
 * @param readTimeout           how long the gateway waits for one service's description
 * @param keepFor               how long a merged description that holds every service is served before it is built again
 * @param maxSize               the largest description a service may answer
 */
@ConfigurationProperties("netfocus.gateway.api-docs")
public record ApiDocsProperties(String contentSecurityPolicy, String cacheControl, String servicePath,
                                Duration readTimeout, Duration keepFor, DataSize maxSize) {

    public ApiDocsProperties {
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.content-security-policy must be set");
        }
        if (cacheControl == null || cacheControl.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.cache-control must be set");
        }
        if (servicePath == null || !servicePath.startsWith("/")) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.service-path must be a path, e.g. /v3/api-docs");
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.read-timeout must be positive");
        }
        if (keepFor == null || keepFor.isNegative()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.keep-for must be zero or positive");
        }
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.max-size must be positive");
        }
    }
}
