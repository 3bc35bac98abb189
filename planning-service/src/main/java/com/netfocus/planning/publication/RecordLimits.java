package com.netfocus.planning.publication;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a plan event may be, and the Kafka limits it must fit in. {@code maxEventSize}: the largest serialized
 * event (the record value, the envelope every service reads); a command whose event would be larger is refused before
 * anything is stored. {@code recordHeadroom}: what a record adds to its value (key, correlation header, record and
 * batch framing, a few hundred bytes), with room to spare. {@code maxRequestSize}: the producer's
 * {@code max.request.size}, at least the two together; the plan-events topic's {@code max.message.bytes} must be at
 * least that (checked at start-up, see {@link PlanEventTopicCheck}). A configuration where they do not agree is
 * refused.
 */
public record RecordLimits(
        @DefaultValue("960KB") DataSize maxEventSize,
        @DefaultValue("64KB") DataSize recordHeadroom,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    public RecordLimits {
        if (maxEventSize.toBytes() <= 0 || recordHeadroom.toBytes() < 0) {
            throw new IllegalArgumentException("netfocus.planning.publication.limits: max-event-size (" + maxEventSize
                    + ") must be positive and record-headroom (" + recordHeadroom + ") not negative");
        }
        if (maxEventSize.toBytes() + recordHeadroom.toBytes() > maxRequestSize.toBytes()) {
            throw new IllegalArgumentException("netfocus.planning.publication.limits: max-event-size ("
                    + maxEventSize.toBytes() + " bytes) plus record-headroom (" + recordHeadroom.toBytes()
                    + " bytes) must not exceed max-request-size (" + maxRequestSize.toBytes()
                    + " bytes), or the producer would refuse events the service accepted; lower the first two or"
                    + " raise max-request-size (and the topic's max.message.bytes with it)");
        }
    }
}
