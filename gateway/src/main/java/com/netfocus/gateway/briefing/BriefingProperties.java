package com.netfocus.gateway.briefing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * Where the briefing's parts come from ({@code netfocus.gateway.briefing}): the planning and contact services, written
 * as the routes write them ({@code lb://planning}: any healthy instance), and how long the gateway waits for each part.
 */
@ConfigurationProperties("netfocus.gateway.briefing")
public record BriefingProperties(URI planningUrl, URI contactUrl, Duration timeout) {

    public BriefingProperties {
        if (planningUrl == null || contactUrl == null || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("netfocus.gateway.briefing needs planning-url, contact-url and a "
                    + "positive timeout");
        }
    }
}
