package com.netfocus.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the services' executable jars into a private project root laid out like the real one
 * ({@code <module>/target/<jar>-exec.jar}). The launcher finds them there; a build of the real modules during the run
 * (other work on the same machine) then cannot swap a jar under a running service.
 */
public final class JarSnapshot {

    public static final List<String> SERVICES = List.of("planning-service", "events-catalog-service",
            "contact-service", "gateway");

    private JarSnapshot() {
    }

    public static Path copy(Path projectRoot, Path snapshotRoot) {
        for (String module : SERVICES) {
            Path jar = executableJar(projectRoot, module);
            Path target = snapshotRoot.resolve(module).resolve("target");
            try {
                Files.createDirectories(target);
                Files.copy(jar, target.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + jar, e);
            }
        }
        return snapshotRoot;
    }

    public static Path executableJar(Path projectRoot, String module) {
        Path target = projectRoot.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target
                            + "; build first: mvn -B -DskipTests package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
