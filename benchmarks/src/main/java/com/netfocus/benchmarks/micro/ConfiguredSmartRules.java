package com.netfocus.benchmarks.micro;

import com.netfocus.planning.limits.SmartRules;
import com.netfocus.planning.objective.SmartAssessment;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * The SMART rules as planning-service configures them (netfocus.planning.smart in its application.yml, read from
 * the planning-service jar itself), so the benchmark measures the real phrase list and vocabulary.
 */
final class ConfiguredSmartRules {

    private ConfiguredSmartRules() {
    }

    @SuppressWarnings("unchecked")
    static SmartRules load() {
        URL jar = SmartAssessment.class.getProtectionDomain().getCodeSource().getLocation();
        String resource = jar.toString().endsWith(".jar") ? "jar:" + jar + "!/application.yml"
                : jar + "application.yml";
        try (InputStream in = new URL(resource).openStream()) {
            Map<String, Object> document = (Map<String, Object>) new Yaml().loadAll(in).iterator().next();
            Map<String, Object> smart = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    document.get("netfocus")).get("planning")).get("smart");
            return new SmartRules(((Number) smart.get("max-target")).intValue(),
                    ((Number) smart.get("people-met-per-hour")).doubleValue(),
                    ((Number) smart.get("min-days-to-deadline")).intValue(),
                    (List<String>) smart.get("unfocused-phrases"),
                    (List<String>) smart.get("people-vocabulary"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read planning-service's application.yml at " + resource, e);
        }
    }
}
