package com.netfocus.endtoend.deployment;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The containers of one compose profile, as the compose tool resolved them ({@code config}: anchors merged, variables
 * put in, the long forms of ports, networks and dependencies): those of the profile and those without a profile.
 */
final class ComposeProfile {

    /** What a one-shot container (setting up users, topics, ACLs) says of itself: it ends, and is started again only if it failed. */
    static final String ONE_SHOT = "on-failure";

    private final String name;
    private final Map<String, Map<String, Object>> services;
    private final Map<String, Object> secrets;

    private ComposeProfile(String name, Map<String, Map<String, Object>> services, Map<String, Object> secrets) {
        this.name = name;
        this.services = services;
        this.secrets = secrets;
    }

    @SuppressWarnings("unchecked")
    static ComposeProfile of(String profile, String resolvedCompose) {
        Map<String, Object> compose = new Yaml().load(resolvedCompose);
        Map<String, Map<String, Object>> inProfile = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) compose.get("services")).forEach((service, definition) -> {
            List<String> profiles = (List<String>) definition.getOrDefault("profiles", List.of());
            if (profiles.isEmpty() || profiles.contains(profile)) {
                inProfile.put(service, definition);
            }
        });
        return new ComposeProfile(profile, inProfile,
                (Map<String, Object>) compose.getOrDefault("secrets", Map.of()));
    }

    String name() {
        return name;
    }

    Set<String> services() {
        return new TreeSet<>(services.keySet());
    }

    Map<String, Object> service(String service) {
        Map<String, Object> definition = services.get(service);
        if (definition == null) {
            throw new AssertionError("profile " + name + " has no service " + service + "; it has " + services());
        }
        return definition;
    }

    /** The containers of the profile built from this module (build argument MODULE). */
    List<String> instancesOf(String module) {
        List<String> instances = new ArrayList<>();
        services.forEach((service, definition) -> {
            Object build = definition.get("build");
            if (build instanceof Map<?, ?> buildSection && buildSection.get("args") instanceof Map<?, ?> args
                    && module.equals(args.get("MODULE"))) {
                instances.add(service);
            }
        });
        return instances;
    }

    /** The containers of the profile run from an image whose name starts with {@code imagePrefix}. */
    List<String> runningImage(String imagePrefix) {
        return services.entrySet().stream()
                .filter(entry -> String.valueOf(entry.getValue().get("image")).startsWith(imagePrefix))
                .filter(entry -> !isOneShot(entry.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    boolean isOneShot(String service) {
        return ONE_SHOT.equals(service(service).get("restart"));
    }

    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service) {
        Map<String, Object> environment = (Map<String, Object>) service(service).getOrDefault("environment", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        environment.forEach((variable, value) -> values.put(variable, value == null ? null : String.valueOf(value)));
        return values;
    }

    /** The published ports of a container ("published:target"). */
    @SuppressWarnings("unchecked")
    List<String> publishedPorts(String service) {
        List<Object> ports = (List<Object>) service(service).getOrDefault("ports", List.of());
        return ports.stream().map(port -> port instanceof Map<?, ?> mapping
                ? mapping.get("published") + ":" + mapping.get("target") : String.valueOf(port)).toList();
    }

    /** The containers it waits for, each with its condition. */
    @SuppressWarnings("unchecked")
    Map<String, String> dependencies(String service) {
        Map<String, String> conditions = new LinkedHashMap<>();
        Object dependsOn = service(service).get("depends_on");
        if (dependsOn instanceof Map<?, ?> map) {
            ((Map<String, Map<String, Object>>) map).forEach((dependency, condition) ->
                    conditions.put(dependency, condition == null ? "service_started"
                            : String.valueOf(condition.get("condition"))));
        } else if (dependsOn instanceof List<?> list) {
            list.forEach(dependency -> conditions.put(String.valueOf(dependency), "service_started"));
        }
        return conditions;
    }

    /** The secrets a container is given: the file name it sees each one as (in /run/secrets) and the secret. */
    @SuppressWarnings("unchecked")
    Map<String, String> secretFiles(String service) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Object secret : (List<Object>) service(service).getOrDefault("secrets", List.of())) {
            if (secret instanceof Map<?, ?> mapping) {
                Object source = mapping.get("source");
                Object target = mapping.get("target");
                files.put(String.valueOf(target == null ? source : target), String.valueOf(source));
            } else {
                files.put(String.valueOf(secret), String.valueOf(secret));
            }
        }
        return files;
    }

    /** Whether the secret is declared as a file (never as a value in the compose file or the environment). */
    boolean isFileSecret(String secret) {
        return secrets.get(secret) instanceof Map<?, ?> declaration && declaration.containsKey("file")
                && declaration.size() == 1;
    }

    Map<String, Object> healthcheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        @SuppressWarnings("unchecked")
        Map<String, Object> section = healthcheck instanceof Map<?, ?> ? (Map<String, Object>) healthcheck : Map.of();
        return section;
    }
}
