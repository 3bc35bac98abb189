package com.netfocus.support.publication;

import java.time.Duration;

/**
 * How one kind of event is published. Each service binds them from its own prefix (see
 * {@link com.netfocus.support.settings.Settings}).
 *
 * @param ackTimeout       longest wait for the broker's acknowledgement of one event
 * @param resendAfter      age after which an unacknowledged document is re-sent by the timer; longer than
 *                         {@code ackTimeout} so that the timer does not race the first attempt
 * @param resendBatchSize  most documents re-sent per timer run
 * @param firstResendDelay when the timer first runs after start-up
 * @param resendInterval   pause between the end of one timer run and the start of the next
 */
public record PublicationSettings(Duration ackTimeout, Duration resendAfter, int resendBatchSize,
                                  Duration firstResendDelay, Duration resendInterval) {
}
