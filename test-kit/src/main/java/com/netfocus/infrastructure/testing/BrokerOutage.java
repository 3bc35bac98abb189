package com.netfocus.infrastructure.testing;

import com.netfocus.infrastructure.kafka.EmbeddedKafkaBroker;

import java.util.function.Supplier;

/** Takes the shared embedded broker away while a test acts, and always brings it back (same ports) afterwards. */
public final class BrokerOutage {

    private BrokerOutage() {
    }

    /** @return what {@code during} returned, once the broker is running again */
    public static <T> T during(Supplier<T> during) {
        EmbeddedKafkaBroker broker = SharedInfrastructure.embeddedKafka();
        broker.stop();
        try {
            return during.get();
        } finally {
            broker.start();
        }
    }
}
