package com.netfocus.planning.sending;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A plan event that a reaction to planning's own events (a consumer of the plan events topic that sends commands)
 * acts on: the record's envelope and its event, when the event is of the kind the reaction wants. A record that
 * cannot be read can never be acted on: it is logged and passed over.
 */
public record ReactedEvent<T extends PlanEvent>(PlanEventEnvelope envelope, T event) {

    private static final Logger log = LoggerFactory.getLogger(ReactedEvent.class);

    public static <T extends PlanEvent> Optional<ReactedEvent<T>> of(ConsumerRecord<String, String> record,
                                                                      Class<T> kind) {
        try {
            PlanEventEnvelope envelope = PlanEventCodec.decode(record.value().getBytes(StandardCharsets.UTF_8));
            return PlanEventCodec.payloadOf(envelope).filter(kind::isInstance)
                    .map(event -> new ReactedEvent<>(envelope, kind.cast(event)));
        } catch (RuntimeException unreadable) {
            log.warn("passing over an unreadable plan event at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.getMessage());
            return Optional.empty();
        }
    }
}
