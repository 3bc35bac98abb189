package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** While a projection applies an event, the event's correlation id is the logging context's; afterwards it is gone. */
class PlanEventCorrelationTest {

    @Test
    void theEventsCorrelationIdIsInTheLoggingContextWhileItIsApplied() {
        List<String> seen = new ArrayList<>();
        PlanEventRecordListener listener = new PlanEventRecordListener(
                (envelope, event) -> seen.add(MDC.get(CorrelationIdFilter.MDC_KEY)));
        PlanCreated created = new PlanCreated("plan-1", "Q3", LocalDate.parse("2031-07-01"),
                LocalDate.parse("2031-09-30"), 10, "ann", "org-1", "team-a");
        byte[] value = PlanEventCodec.encode(PlanEventCodec.envelope("e-1", 0, Instant.now(), "ann", "org-1", "team-a",
                "corr-42", created));

        listener.onMessage(new ConsumerRecord<>("topic", 0, 0, "plan-1", value));

        assertThat(seen).containsExactly("corr-42");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }
}
