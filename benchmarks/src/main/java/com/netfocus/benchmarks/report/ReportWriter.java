package com.netfocus.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's report: everything measured as JSON, and the figures with their limits, ratios and verdicts as a
 * markdown table (plus the detail sections), timestamped under the results directory and copied to latest.md /
 * latest.json.
 */
public final class ReportWriter {

    private final ObjectMapper mapper = PlanEventCodec.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    public Path write(Path directory, String stamp, Map<String, Object> json, List<Figure> figures,
                      String header, String details) throws IOException {
        return write(directory, "benchmark-" + stamp, "latest", json, figures, header, details);
    }

    /** Writes {@code name}.{json,md} and copies them to {@code latest}.{json,md}. */
    public Path write(Path directory, String name, String latest, Map<String, Object> json, List<Figure> figures,
                      String header, String details) throws IOException {
        Files.createDirectories(directory);
        Path jsonFile = directory.resolve(name + ".json");
        Path mdFile = directory.resolve(name + ".md");
        mapper.writeValue(jsonFile.toFile(), json);
        String markdown = header + "\n" + table(figures) + "\n" + details;
        Files.writeString(mdFile, markdown);
        Files.copy(jsonFile, directory.resolve(latest + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(mdFile, directory.resolve(latest + ".md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return mdFile;
    }

    public static String table(List<Figure> figures) {
        StringBuilder md = new StringBuilder();
        md.append("| figure | value | limit it is measured against | ratio | target | verdict |\n");
        md.append("|---|---:|---|---:|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name())
                    .append(" | ").append(number(f.value())).append(' ').append(f.unit())
                    .append(" | ").append(f.limitName() == null ? "" : f.limitName()
                            + (f.limit() == null ? "" : " = " + number(f.limit())))
                    .append(" | ").append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()))
                    .append(" | ").append(f.target() == null ? "" : f.target())
                    .append(" | ").append(f.verdict() == null ? "" : "**" + f.verdict() + "**")
                    .append(" |\n");
        }
        return md.toString();
    }

    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
