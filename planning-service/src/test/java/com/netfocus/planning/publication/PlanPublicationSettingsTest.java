package com.netfocus.planning.publication;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.util.unit.DataSize;

import java.util.Map;

import static com.netfocus.planning.publication.BlockedPlansTest.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The size limits agree or the settings are refused: the largest event plus the record's headroom must fit in what
 * the producer sends, so that no event the service accepted can be refused by the producer.
 */
class PlanPublicationSettingsTest {

    @Test
    void theDefaultsAgreeWithKafkasDefaultLimits() {
        RecordLimits limits = settings(Map.of()).limits();

        assertThat(limits.maxEventSize()).isEqualTo(DataSize.ofKilobytes(960));
        assertThat(limits.recordHeadroom()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(limits.maxRequestSize().toBytes()).isEqualTo(1_048_576)
                .as("the broker's default max.message.bytes (1048588) takes it").isLessThanOrEqualTo(1_048_588);
        assertThat(limits.maxEventSize().toBytes() + limits.recordHeadroom().toBytes())
                .isLessThanOrEqualTo(limits.maxRequestSize().toBytes());
    }

    @Test
    void anEventLimitTheProducerCouldNotSendIsRefused() {
        assertThatThrownBy(() -> settings(Map.of("netfocus.planning.publication.limits.max-event-size", "1MB")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("max-event-size (1048576 bytes) plus record-headroom (65536 bytes)"
                        + " must not exceed max-request-size (1048576 bytes)");
    }

    @Test
    void aBackOffWhoseMaximumIsBelowItsFirstWaitIsRefused() {
        assertThatThrownBy(() -> settings(Map.of("netfocus.planning.publication.blocked-retry.first", "10m",
                "netfocus.planning.publication.blocked-retry.max", "1m")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("max (PT1M) at least first");
    }
}
