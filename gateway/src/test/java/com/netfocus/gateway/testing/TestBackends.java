package com.netfocus.gateway.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One recording backend per service, started once per test JVM, so that test classes with the same
 * configuration share one Spring context; and what every test gateway is given as the launcher or a deployment
 * would give it (the identity secret, the management token).
 */
public final class TestBackends {

    /** The secret the test gateways seal caller identities with (the local profile has no default either). */
    public static final String IDENTITY_SECRET = "gateway-test-identity-secret-of-sufficient-length";
    /** The management token of the test gateways: metrics need it. */
    public static final String MANAGEMENT_TOKEN = "gateway-test-management-token-of-sufficient-length";
    /**
     * Every test class of a shared context comes from the same address; the allowance per address is tested with
     * small numbers of its own (RateLimitTest), here it must not run out across classes.
     */
    private static final int ADDRESS_CAPACITY_OF_SHARED_CONTEXTS = 10_000;

    public static final RecordingBackend PLANNING = RecordingBackend.start("planning");
    public static final RecordingBackend CATALOG = RecordingBackend.start("catalog");
    public static final RecordingBackend CONTACT = RecordingBackend.start("contact");

    private TestBackends() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("PLANNING_SERVICE_URL", PLANNING::url);
        registry.add("CATALOG_SERVICE_URL", CATALOG::url);
        registry.add("CONTACT_SERVICE_URL", CONTACT::url);
        registry.add("netfocus.identity.secret", () -> IDENTITY_SECRET);
        registry.add("netfocus.management.token", () -> MANAGEMENT_TOKEN);
        registry.add("netfocus.gateway.rate-limit.per-address.capacity", () -> ADDRESS_CAPACITY_OF_SHARED_CONTEXTS);
    }
}
