package com.netfocus.support.planevents;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The commands a service's MongoDB client starts, with the thread that started them: a test that imports
 * {@link Registration} counts what its own thread (a poll it applies) sent.
 */
public final class MongoCommands {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");
    private static final List<Command> STARTED = new CopyOnWriteArrayList<>();

    private MongoCommands() {
    }

    /** One command: its name, its database, the name of the thread that started it. */
    public record Command(String name, String database, String thread) {

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
                    STARTED.add(new Command(event.getCommandName(), event.getDatabaseName(),
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

    public static long writesOfThisThread() {
        return ofThisThread().stream().filter(Command::isWrite).count();
    }
}
