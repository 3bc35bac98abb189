package com.netfocus.planning.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Topic names; tests give every test class its own. */
@ConfigurationProperties("netfocus.topics")
public record TopicSettings(
        @DefaultValue("netfocus.plan-events") String planEvents,
        @DefaultValue("netfocus.catalog-events") String catalogEvents,
        @DefaultValue("netfocus.contact-events") String contactEvents) {
}
