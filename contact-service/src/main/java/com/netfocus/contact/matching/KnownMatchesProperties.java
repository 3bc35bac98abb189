package com.netfocus.contact.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxContactsPerTarget most contacts listed per target, so that a broad profile cannot pull the whole book */
@ConfigurationProperties("netfocus.contact.known-matches")
public record KnownMatchesProperties(int maxContactsPerTarget) {
}
