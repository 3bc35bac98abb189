package com.netfocus.gateway.management;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the gateway's management endpoints ({@code netfocus.management.*}), as in every service.
 *
 * @param token the bearer token a metrics scraper sends (env NETFOCUS_MANAGEMENT_TOKEN, at least 32 bytes); unset:
 *              only health is served
 */
@ConfigurationProperties("netfocus.management")
public record ManagementProperties(String token) {
}
