package com.netfocus.catalog.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Topic names, configurable so that environments (and test classes) can keep apart. */
@ConfigurationProperties("netfocus.topics")
public record CatalogTopics(String planEvents, String catalogEvents) {
}
