package com.netfocus.infrastructure.stack;

import java.util.function.ToIntFunction;

/**
 * The services behind the gateway: each module, the name the gateway's routes balance over (lb://planning, the keys of
 * spring.cloud.discovery.client.simple.instances in its application.yml) and the port of its first instance.
 */
enum Backend {

    PLANNING("planning-service", "planning", StackSettings::planningPort),
    CATALOG("events-catalog-service", "catalog", StackSettings::catalogPort),
    CONTACT("contact-service", "contact", StackSettings::contactPort);

    private final String module;
    private final String discoveryId;
    private final ToIntFunction<StackSettings> port;

    Backend(String module, String discoveryId, ToIntFunction<StackSettings> port) {
        this.module = module;
        this.discoveryId = discoveryId;
        this.port = port;
    }

    String module() {
        return module;
    }

    int firstPort(StackSettings settings) {
        return port.applyAsInt(settings);
    }

    /** The gateway's environment variable for this service's instance {@code index} (from 0). */
    String instanceVariable(int index) {
        return "SPRING_CLOUD_DISCOVERY_CLIENT_SIMPLE_INSTANCES_" + discoveryId.toUpperCase() + "_" + index + "_URI";
    }

    /** The name of instance {@code index} (from 0): the module for the first, then module-2, module-3, ... */
    String instanceName(int index) {
        return index == 0 ? module : module + "-" + (index + 1);
    }
}
