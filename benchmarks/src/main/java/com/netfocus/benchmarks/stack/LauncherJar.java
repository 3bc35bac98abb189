package com.netfocus.benchmarks.stack;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A jar holding nothing but a manifest that names a main class and its classpath, so that a main class of this
 * module runs as its own process the way the services do ({@code java -jar}, through the local stack's
 * ServiceProcess): the minimal Axon app.
 */
public final class LauncherJar {

    private LauncherJar() {
    }

    /** Writes {@code jar}: {@code mainClass} on {@code classpath} (absolute paths of jars and directories). */
    public static Path write(Path jar, String mainClass, List<Path> classpath) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, mainClass);
        attributes.put(Attributes.Name.CLASS_PATH, classpath.stream()
                .map(entry -> entry.toAbsolutePath().toUri().getRawPath())
                .collect(Collectors.joining(" ")));
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file,
                    manifest)) {
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
    }

    /** This JVM's own classpath (java.class.path), then every entry listed in {@code classpathFile} (":"-separated). */
    public static List<Path> ownClasspathAnd(Path classpathFile) {
        try {
            String extra = Files.readString(classpathFile).trim();
            return Stream.concat(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)),
                            Arrays.stream(extra.split(File.pathSeparator)))
                    .filter(entry -> !entry.isBlank())
                    .map(Path::of)
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile
                    + "; build first: mvn -B -DskipTests package -pl benchmarks -am", e);
        }
    }
}
