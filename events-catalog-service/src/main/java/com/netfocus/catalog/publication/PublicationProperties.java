package com.netfocus.catalog.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How {@code PlatformListed} events are published.
 *
 * @param ackTimeout      longest wait for the broker's acknowledgement of one event
 * @param resendAfter     age after which an unacknowledged platform is re-sent by the timer; longer than
 *                        {@code ackTimeout} so that the timer does not race the first attempt
 * @param resendBatchSize most platforms re-sent per timer run
 * <p>The timer itself runs {@code netfocus.catalog.publication.first-resend-delay} after start-up and then
 * every {@code netfocus.catalog.publication.resend-interval} (ISO-8601 durations, read by {@code @Scheduled}).
 */
@ConfigurationProperties("netfocus.catalog.publication")
public record PublicationProperties(Duration ackTimeout, Duration resendAfter, int resendBatchSize) {
}
