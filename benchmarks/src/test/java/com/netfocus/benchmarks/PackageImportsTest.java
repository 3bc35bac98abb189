package com.netfocus.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's entry point (this package) uses the packages below it, never the other way round; the soak run
 * and the benchmark's phases share only what lies in packages of its own (run, load, stack, report, ...).
 */
class PackageImportsTest {

    private static final Path SOURCES = Path.of("src/main/java/com/netfocus/benchmarks");
    private static final Pattern ROOT_IMPORT = Pattern.compile("^import (static )?com\\.netfocus\\.benchmarks\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void no_package_below_the_entry_point_imports_it() throws IOException {
        for (Path source : sourcesUnder(SOURCES)) {
            if (!source.getParent().equals(SOURCES)) {
                assertThat(ROOT_IMPORT.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
            }
        }
    }

    @Test
    void the_soak_run_and_the_benchmark_phases_do_not_import_each_other() throws IOException {
        for (Path source : sourcesUnder(SOURCES.resolve("soak"))) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("com.netfocus.benchmarks.phase");
        }
        for (Path source : sourcesUnder(SOURCES.resolve("phase"))) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("com.netfocus.benchmarks.soak");
        }
    }

    private static List<Path> sourcesUnder(Path directory) throws IOException {
        assertThat(directory).isDirectory();
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
