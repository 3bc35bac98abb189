package com.netfocus.gateway.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Headers of every web app file.
 *
 * @param contentSecurityPolicy the page may load scripts, styles and data from this gateway only (no inline script)
 * @param cacheControl          the files carry no version in their names, so a browser must revalidate them
 */
@ConfigurationProperties("netfocus.gateway.webapp")
public record WebAppProperties(String contentSecurityPolicy, String cacheControl) {

    public WebAppProperties {
        if (contentSecurityPolicy == null || contentSecurityPolicy.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.webapp.content-security-policy must be set");
        }
        if (cacheControl == null || cacheControl.isBlank()) {
            throw new IllegalArgumentException("netfocus.gateway.webapp.cache-control must be set");
        }
    }
}
