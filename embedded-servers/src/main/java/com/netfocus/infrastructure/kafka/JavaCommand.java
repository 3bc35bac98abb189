package com.netfocus.infrastructure.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line that runs a main class of this JVM's class path in a new JVM: the class path as it is, or, when
 * this JVM runs from a Spring Boot executable jar (the launcher run-local.sh starts), that jar through Boot's
 * PropertiesLauncher, which finds the classes and libraries inside it.
 */
final class JavaCommand {

    private static final String BOOT_LIBRARIES = "BOOT-INF/lib/";
    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private JavaCommand() {
    }

    static List<String> of(Class<?> mainClass, List<String> javaOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (isExecutableJar(classPath)) {
            command.add("-Dloader.main=" + mainClass.getName());
            command.add(PROPERTIES_LAUNCHER);
        } else {
            command.add(mainClass.getName());
        }
        command.addAll(arguments);
        return command;
    }

    private static boolean isExecutableJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
                || !Files.isRegularFile(Path.of(classPath))) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.stream().anyMatch(entry -> entry.getName().startsWith(BOOT_LIBRARIES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classPath, e);
        }
    }
}
