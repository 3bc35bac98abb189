package com.netfocus.catalog.planneeds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** "Now" for the advice comes from a clock bean, so that tests can pin it and the advice stays reproducible. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock adviceClock() {
        return Clock.systemUTC();
    }
}
