package com.netfocus.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The machine a run measured on: cores, memory, Java, OS (every report names it beside its figures). */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memTotal());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** One line: "2 cores, MemTotal: 24 GiB, OpenJDK ..., Linux ...". */
    public static String line(Map<String, Object> machine) {
        return machine.get("cores") + " cores, " + machine.get("memory") + ", " + machine.get("java") + ", "
                + machine.get("os");
    }

    private static String memTotal() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst().map(l -> l.replaceAll("\\s+", " "))
                    .orElse("unknown");
        } catch (Exception e) {
            return "unknown";
        }
    }
}
