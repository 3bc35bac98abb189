package com.netfocus.support.management;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the management endpoints ({@code netfocus.management.*}).
 *
 * @param token the bearer token a metrics scraper sends (env NETFOCUS_MANAGEMENT_TOKEN, at least 32 bytes); unset:
 *              only health is served
 */
@ConfigurationProperties("netfocus.management")
public record ManagementProperties(String token) {
}
