package com.netfocus.contact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** People: an org's known contacts, and per plan the targets sought and the people met (from plan events). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContactApplication.class, args);
    }
}
