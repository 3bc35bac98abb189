package com.netfocus.planning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The write side of Netfocus: networking plans as event-sourced aggregates, their events published to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanningApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanningApplication.class, args);
    }

    /** One clock for "today" and "now", so that tests can fix time and the aggregate never reads it itself. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
