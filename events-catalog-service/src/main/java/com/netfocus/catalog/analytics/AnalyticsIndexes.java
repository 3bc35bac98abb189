package com.netfocus.catalog.analytics;

import com.netfocus.support.indexes.IndexCreationSettings;
import com.netfocus.support.indexes.StartupIndexes;
import com.netfocus.support.settings.Settings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/** The analytics' index, created once at start-up (with retries, see {@link StartupIndexes}). */
@Configuration
class AnalyticsIndexes {

    /** The facts' compare-and-set guard: the plans collection is named by the configured prefix. */
    @Bean
    StartupIndexes analyticsStartupIndexes(MongoTemplate mongo, Environment environment, AnalyticsStore store) {
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.catalog.indexes",
                IndexCreationSettings.class), List.of(store.guardIndex()));
    }
}
