package com.netfocus.catalog.platform;

import com.netfocus.support.indexes.IndexCreationSettings;
import com.netfocus.catalog.activity.PlatformActivity;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.indexes.StartupIndexes;
import com.netfocus.support.indexes.StartupIndexes.DocumentIndex;
import com.netfocus.support.settings.Settings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.util.List;

/** The catalog's indexes, created once at start-up (with retries, see {@link StartupIndexes}). */
@Configuration
class CatalogIndexes {

    @Bean
    StartupIndexes catalogStartupIndexes(MongoTemplate mongo, Environment environment) {
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.catalog.indexes", IndexCreationSettings.class),
                List.of(new DocumentIndex(Platform.class, new Index()
                                .on(Platform.ORG, Sort.Direction.ASC).on(Platform.PROGRAM_STARTS_AT, Sort.Direction.ASC)),
                        // The publication timer's lookup of platforms not yet acknowledged, oldest first.
                        new DocumentIndex(Platform.class, new Index()
                                .on(Platform.LISTED_PUBLISHED, Sort.Direction.ASC).on(Platform.CREATED_AT, Sort.Direction.ASC)),
                        // The projections' compare-and-set guards (see GuardedWrite): served by these on the wire server.
                        new DocumentIndex(PlanNeeds.class, GuardedWrite.index(PlanNeeds.APPLIED_SEQUENCE)),
                        new DocumentIndex(PlatformActivity.class, GuardedWrite.index(PlatformActivity.REVISION))));
    }
}
