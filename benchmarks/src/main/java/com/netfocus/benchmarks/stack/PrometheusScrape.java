package com.netfocus.benchmarks.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own view of a timing, read from its {@code /actuator/prometheus}: the quantiles Micrometer publishes
 * there cover roughly the last two minutes (its default expiry), so read right after a phase they describe mostly
 * that phase.
 */
public final class PrometheusScrape {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** {@code name{labels} value}: one sample line of the text format. */
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    PrometheusScrape(String text) {
        this.text = text;
    }

    /** The service's scrape; empty (every value absent) when it cannot be read: a figure is then missing, not wrong. */
    public static PrometheusScrape of(String serviceUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus")).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new PrometheusScrape(response.statusCode() == 200 ? response.body() : "");
        } catch (IOException e) {
            return new PrometheusScrape("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PrometheusScrape("");
        }
    }

    /** The sample of {@code metric} whose labels include every one of {@code labels}; the first if several match. */
    public OptionalDouble value(String metric, Map<String, String> labels) {
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(metric) && labelsOf(sample.group(2)).entrySet().containsAll(labels.entrySet())) {
                return OptionalDouble.of(Double.parseDouble(sample.group(3)));
            }
        }
        return OptionalDouble.empty();
    }

    /** Per value of {@code label}, the sample of {@code metric} that also has every one of {@code labels}. */
    public Map<String, Double> valuesBy(String label, String metric, Map<String, String> labels) {
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            Map<String, String> found = labelsOf(sample.group(2));
            if (sample.group(1).equals(metric) && found.containsKey(label)
                    && found.entrySet().containsAll(labels.entrySet())) {
                values.putIfAbsent(found.get(label), Double.parseDouble(sample.group(3)));
            }
        }
        return values;
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(labels);
        while (label.find()) {
            found.put(label.group(1), label.group(2));
        }
        return found;
    }
}
