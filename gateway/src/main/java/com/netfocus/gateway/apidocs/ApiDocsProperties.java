package com.netfocus.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How the gateway builds the one API description it serves ({@code netfocus.gateway.api-docs.*}).
 *
 * @param servicePath where each service behind a route serves its own description (springdoc's api-docs path)
 * @param readTimeout how long the gateway waits for one service's description
 * @param keepFor     how long a merged description that holds every service is served before it is built again
 * @param maxSize     the largest description a service may answer
 */
@ConfigurationProperties("netfocus.gateway.api-docs")
public record ApiDocsProperties(String servicePath, Duration readTimeout, Duration keepFor, DataSize maxSize) {

    public ApiDocsProperties {
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
