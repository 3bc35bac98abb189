package com.netfocus.endtoend.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The compose command-line tool Debian packages ({@code docker-compose}; {@code ./test.sh} installs it when missing),
 * run on docker-compose.yml the way an operator would, except that no engine is there: {@code config} resolves the
 * file (anchors, variables, profiles) and checks it against the compose schema without one.
 */
final class ComposeTool {

    private static final long TIMEOUT_SECONDS = 60;
    /** Nothing listens there: whatever the tool does must not need an engine. */
    private static final String NO_ENGINE = "unix:///nonexistent/docker.sock";

    private ComposeTool() {
    }

    /** What the tool answered: its exit code and output. */
    record Run(int exitCode, String output, String errors) {
    }

    /** {@code docker-compose --profile <profile> config} in {@code projectRoot}, with {@code environment} added. */
    static Run config(Path projectRoot, String profile, Map<String, String> environment) {
        List<String> command = new ArrayList<>(executable());
        command.addAll(List.of("--project-directory", projectRoot.toString(),
                "--file", projectRoot.resolve("docker-compose.yml").toString(), "--profile", profile, "config"));
        return run(command, environment);
    }

    private static Run run(List<String> command, Map<String, String> environment) {
        try {
            Path output = Files.createTempFile("compose-config", ".yml");
            Path errors = Files.createTempFile("compose-config", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("OIDC_") || name.startsWith("COMPOSE_")
                    || name.startsWith("NETFOCUS_") || name.startsWith("KAFKA_"));
            builder.environment().put("DOCKER_HOST", NO_ENGINE);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            Run run = new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
            Files.delete(output);
            Files.delete(errors);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code docker-compose} on the PATH; fails saying how to install it. */
    private static List<String> executable() {
        Optional<Path> composeCommand = onPath("docker-compose");
        if (composeCommand.isPresent()) {
            return List.of(composeCommand.get().toString());
        }
        throw new IllegalStateException("docker-compose is not installed: ./test.sh installs it (Debian's package "
                + "docker-compose), or run: sudo apt-get install -y --no-install-recommends docker-compose");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory).resolve(name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
