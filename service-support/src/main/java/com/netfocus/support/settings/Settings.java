package com.netfocus.support.settings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Binds a settings record from the configuration under a prefix the service chooses, so that one shared
 * record (paging, index creation, publication) keeps each service's own keys ({@code netfocus.catalog.paging},
 * {@code netfocus.contact.paging}, ...).
 */
public final class Settings {

    private Settings() {
    }

    /** @throws IllegalStateException when nothing is configured under the prefix: such settings have no defaults */
    public static <T> T bind(Environment environment, String prefix, Class<T> type) {
        return Binder.get(environment).bind(prefix, type).orElseThrow(() -> new IllegalStateException(
                "configure " + prefix + ".* (" + type.getSimpleName() + ")"));
    }
}
