package com.netfocus.support.planevents;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The commands a service's MongoDB client starts, with the thread that started them: a test that imports
 * {@link Registration} counts what its own thread (a poll it applies) sent.
 */
public final class MongoCommands {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");
    private static final List<Command> STARTED = new CopyOnWriteArrayList<>();

    private MongoCommands() {
    }

    /** One command: its name, its database and collection, the name of the thread that started it. */
    public record Command(String name, String database, String collection, String thread) {

        public boolean isWrite() {
            return WRITES.contains(name);
        }
    }

    /** Registers the listener with the service's client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        MongoClientSettingsBuilderCustomizer commandsCounted() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    BsonValue named = event.getCommand().get(event.getCommandName());
                    STARTED.add(new Command(event.getCommandName(), event.getDatabaseName(),
                            named != null && named.isString() ? named.asString().getValue() : "",
                            Thread.currentThread().getName()));
                }
            });
        }
    }

    /** Forgets the commands counted so far. */
    public static void reset() {
        STARTED.clear();
    }

    /** The commands started since the last reset by the current thread. */
    public static List<Command> ofThisThread() {
        String thread = Thread.currentThread().getName();
        return STARTED.stream().filter(command -> command.thread().equals(thread)).toList();
    }

    /** The commands started since the last reset by threads whose name starts so (a consumer's threads). */
    public static List<Command> ofThreads(String prefix) {
        return STARTED.stream().filter(command -> command.thread().startsWith(prefix)).toList();
    }

    /** How many of the commands there are of each name and collection ("update plan_needs"), most first. */
    public static Map<String, Long> countedByName(List<Command> commands) {
        Map<String, Long> counted = commands.stream().collect(Collectors.groupingBy(
                command -> command.name() + " " + command.collection(), Collectors.counting()));
        Map<String, Long> mostFirst = new LinkedHashMap<>();
        counted.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> mostFirst.put(entry.getKey(), entry.getValue()));
        return mostFirst;
    }

    public static long writesOfThisThread() {
        return ofThisThread().stream().filter(Command::isWrite).count();
    }
}
