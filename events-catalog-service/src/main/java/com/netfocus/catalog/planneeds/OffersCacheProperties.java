package com.netfocus.catalog.planneeds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The recommendation's in-memory copy of the orgs' upcoming platforms ({@code netfocus.catalog.offers-cache.*}).
 *
 * @param ttl     how long an org's copy serves before it is read again (platforms another instance added show up
 *                after at most this long; those added in this instance at once)
 * @param maxOrgs how many orgs' copies are kept, least recently used dropped first: bounds the memory
 */
@ConfigurationProperties("netfocus.catalog.offers-cache")
public record OffersCacheProperties(@DefaultValue("10s") Duration ttl, @DefaultValue("8") int maxOrgs) {
}
