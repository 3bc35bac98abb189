package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.planning.correlation.LoggedCorrelation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Keeps {@link KnownPlatforms} up to date from the catalog's events. A record that cannot be read is logged and
 * skipped (it must not block the partition); a database failure is retried with back-off and never skips.
 */
@Configuration
class CatalogListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogListener.class);
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 10_000;

    private final KnownPlatforms platforms;

    CatalogListener(KnownPlatforms platforms) {
        this.platforms = platforms;
    }

    @KafkaListener(topics = "${netfocus.topics.catalog-events}")
    public void on(ConsumerRecord<String, String> record) {
        try (LoggedCorrelation logged = LoggedCorrelation.of(record)) {
            apply(record);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        PlatformListed listed;
        try {
            listed = PlanEventCodec.mapper().readValue(record.value(), PlatformListed.class);
        } catch (Exception unreadable) {
            log.warn("skipping an unreadable catalog record at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
            return;
        }
        if (listed == null || listed.platformId() == null || listed.org() == null) {
            log.warn("skipping a catalog record without platform id or org at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        platforms.upsert(listed);
        log.debug("platform {} of org {} is known", listed.platformId(), listed.org());
    }

    /** Retries forever with back-off: a record is only ever left behind when it cannot be read. */
    @Bean
    CommonErrorHandler catalogErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY_MILLIS, 2.0);
        backOff.setMaxInterval(MAX_RETRY_MILLIS);
        return new DefaultErrorHandler(backOff);
    }
}
