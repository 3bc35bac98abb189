package com.netfocus.contact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * People: an org's known contacts; per plan the targets sought and the people met; each user's due follow-ups
 * (projections of plan events).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContactApplication.class, args);
    }

    /** "Today" of the due follow-ups list (UTC); tests pin it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
