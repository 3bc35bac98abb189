package com.netfocus.contact.followup;

import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.indexes.IndexCreationSettings;
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

/** The due list's index and the projection's guard index, created once at start-up (with retries, see {@link StartupIndexes}). */
@Configuration
class FollowUpIndexes {

    @Bean
    StartupIndexes followUpStartupIndexes(MongoTemplate mongo, Environment environment) {
        // One user's list, filtered by status and ordered by due date (the wire server scans; MongoDB uses it).
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.contact.indexes", IndexCreationSettings.class),
                List.of(new DocumentIndex(FollowUpEntry.class, new Index()
                        .on(FollowUpEntry.ORG, Sort.Direction.ASC).on(FollowUpEntry.OWNER_ID, Sort.Direction.ASC)
                        .on(FollowUpEntry.STATUS, Sort.Direction.ASC).on(FollowUpEntry.DUE_ON, Sort.Direction.ASC)),
                        // the projection's compare-and-set guard (see GuardedWrite): served by it on the wire server
                        new DocumentIndex(FollowUpEntry.class, GuardedWrite.index(FollowUpEntry.APPLIED_SEQUENCE))));
    }
}
