package com.netfocus.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Headers of the API page and its files ({@code netfocus.gateway.api-docs.*}).
 *
 * @param contentSecurityPolicy the page may load scripts, styles and data from this gateway only (no inline script or
 *                              style) and call this gateway only
 * @param cacheControl          how a browser keeps the page and its files
 */
@ConfigurationProperties("netfocus.gateway.api-docs")
public record ApiDocsProperties(String contentSecurityPolicy, String cacheControl) {

    public ApiDocsProperties {
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.content-security-policy must be set");
        }
        if (cacheControl == null || cacheControl.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.api-docs.cache-control must be set");
        }
    }
}
