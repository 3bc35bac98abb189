package com.netfocus.endtoend.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What deploy/kafka/setup.sh applies: the topics (topics.conf) and each user's ACLs (acls.conf). */
final class KafkaSetup {

    /** One line of acls.conf: {@code user} may do {@code operation} on the {@code resource} (topic or group) {@code name}. */
    record Acl(String user, String operation, String resource, String name) {
    }

    /** One line of topics.conf: the topic, its partitions and its own settings. */
    record Topic(String name, int partitions, Map<String, String> settings) {
    }

    private KafkaSetup() {
    }

    static List<Acl> acls(Path projectRoot) {
        return lines(projectRoot.resolve("deploy/kafka/acls.conf")).stream()
                .map(fields -> new Acl(fields[0], fields[1], fields[2], fields[3])).toList();
    }

    static List<Topic> topics(Path projectRoot) {
        return lines(projectRoot.resolve("deploy/kafka/topics.conf")).stream().map(fields -> {
            Map<String, String> settings = new LinkedHashMap<>();
            for (int i = 2; i < fields.length; i++) {
                String[] setting = fields[i].split("=", 2);
                settings.put(setting[0], setting[1]);
            }
            return new Topic(fields[0], Integer.parseInt(fields[1]), settings);
        }).toList();
    }

    private static List<String[]> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
