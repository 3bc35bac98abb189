package com.netfocus.contact.people;

import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.indexes.IndexCreationSettings;
import com.netfocus.support.indexes.StartupIndexes;
import com.netfocus.support.indexes.StartupIndexes.DocumentIndex;
import com.netfocus.support.settings.Settings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

/** The plan people projection's guard index (see {@link GuardedWrite}), created once at start-up. */
@Configuration
class PlanPeopleIndexes {

    @Bean
    StartupIndexes planPeopleStartupIndexes(MongoTemplate mongo, Environment environment) {
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.contact.indexes", IndexCreationSettings.class),
                List.of(new DocumentIndex(PlanPeople.class, GuardedWrite.index(PlanPeople.APPLIED_SEQUENCE))));
    }
}
