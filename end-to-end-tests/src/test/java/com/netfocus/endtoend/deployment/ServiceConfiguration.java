package com.netfocus.endtoend.deployment;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own application.yml: its defaults (the first document; the later ones are profiles), as dotted
 * property names, and the environment variables it reads.
 */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9_.-]*)}");
    private static final Pattern DEFAULT_OF_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+:([^}]*)}");

    private final String text;
    private final Map<String, String> properties;

    private ServiceConfiguration(String text, Map<String, String> properties) {
        this.text = text;
        this.properties = properties;
    }

    static ServiceConfiguration of(Path projectRoot, String module) {
        try {
            String text = Files.readString(projectRoot.resolve(module).resolve("src/main/resources/application.yml"));
            @SuppressWarnings("unchecked")
            Map<String, Object> defaults = (Map<String, Object>) new Yaml().loadAll(text).iterator().next();
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", defaults, flat);
            return new ServiceConfiguration(text, flat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole file as written. */
    String text() {
        return text;
    }

    /** The property as written (placeholders left in). */
    Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The property's value when nothing overrides it: a placeholder's default, or the value itself. */
    String defaultValue(String name) {
        String value = property(name).orElseThrow(() -> new AssertionError("no property " + name));
        Matcher placeholder = DEFAULT_OF_PLACEHOLDER.matcher(value);
        return placeholder.matches() ? placeholder.group(1) : value;
    }

    /** The property's value when nothing overrides it, each reference to another property ({@code ${name}}) resolved. */
    String resolvedValue(String name) {
        return PROPERTY_REFERENCE.matcher(defaultValue(name))
                .replaceAll(reference -> Matcher.quoteReplacement(resolvedValue(reference.group(1))));
    }

    /** The environment variables a placeholder reads with no default: compose must set each. */
    List<String> requiredVariables() {
        return PLACEHOLDER.matcher(text).results().filter(match -> match.group(2) == null)
                .map(match -> match.group(1)).distinct().toList();
    }

    /** The values (resolved) of every property whose name ends with {@code suffix}. */
    List<String> resolvedValuesEndingWith(String suffix) {
        return properties.keySet().stream().filter(name -> name.endsWith(suffix)).map(this::resolvedValue).toList();
    }

    /** Every property under {@code prefix} (e.g. "netfocus.topics."), by the rest of its name. */
    Map<String, String> under(String prefix) {
        Map<String, String> section = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                section.put(name.substring(prefix.length()), value);
            }
        });
        return section;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> into) {
        map.forEach((key, value) -> {
            String name = key.toString().replaceAll("^\\[(.*)]$", "$1");
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, nested, into);
            } else {
                into.put(path, String.valueOf(value));
            }
        });
    }
}
