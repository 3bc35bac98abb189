package com.netfocus.support.indexes;

import java.time.Duration;

/**
 * How often, and how far apart, creating the indexes at start-up is tried before the service gives up.
 * Each service binds them from its own prefix (see {@link com.netfocus.support.settings.Settings}).
 */
public record IndexCreationSettings(int attempts, Duration retryDelay) {
}
