package com.netfocus.support.publication;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Switches on scheduling in a service that declares a {@link ReliablePublisher}: without it the re-send timer
 * would silently never run, and an event whose first attempt failed would never be published.
 */
@AutoConfiguration(before = TaskSchedulingAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.kafka.core.KafkaTemplate")
@ConditionalOnBean(ReliablePublisher.class)
@EnableScheduling
public class PublicationAutoConfiguration {
}
