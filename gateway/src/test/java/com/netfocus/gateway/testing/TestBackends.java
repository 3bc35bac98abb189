package com.netfocus.gateway.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One recording backend per service, started once per test JVM, so that test classes with the same
 * configuration share one Spring context.
 */
public final class TestBackends {

    public static final RecordingBackend PLANNING = RecordingBackend.start("planning");
    public static final RecordingBackend CATALOG = RecordingBackend.start("catalog");
    public static final RecordingBackend CONTACT = RecordingBackend.start("contact");

    private TestBackends() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("PLANNING_SERVICE_URL", PLANNING::url);
        registry.add("CATALOG_SERVICE_URL", CATALOG::url);
        registry.add("CONTACT_SERVICE_URL", CONTACT::url);
    }
}
