package com.netfocus.infrastructure.stack;

import java.util.List;

/**
 * The launcher's command line ({@code ./run-local.sh [--no-build] [--instances N] [--kafka-brokers N]}): how many
 * instances of each service, how many Kafka brokers in the embedded cluster.
 */
final class LaunchArguments {

    static final String USAGE = "usage: run-local.sh [--no-build] [--instances N] [--kafka-brokers N]";

    private LaunchArguments() {
    }

    /** {@code settings} with the topology the arguments ask for. */
    static StackSettings apply(List<String> arguments, StackSettings settings) {
        int instances = settings.instances();
        int kafkaBrokers = settings.kafkaBrokers();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--instances" -> instances = number(arguments, ++i, argument);
                case "--kafka-brokers" -> kafkaBrokers = number(arguments, ++i, argument);
                default -> throw new IllegalArgumentException("unknown argument " + argument + "; " + USAGE);
            }
        }
        if (kafkaBrokers > 1 && settings.kafkaBootstrapServers() != null) {
            throw new IllegalArgumentException("--kafka-brokers starts an embedded cluster, but KAFKA_BOOTSTRAP_SERVERS"
                    + " names servers of your own; " + USAGE);
        }
        return settings.withTopology(instances, kafkaBrokers);
    }

    private static int number(List<String> arguments, int index, String name) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(name + " needs a number; " + USAGE);
        }
        try {
            return Integer.parseInt(arguments.get(index));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not " + arguments.get(index) + "; " + USAGE);
        }
    }
}
