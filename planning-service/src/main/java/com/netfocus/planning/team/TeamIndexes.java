package com.netfocus.planning.team;

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

/** The index of the team choices' compare-and-set guard, created once at start-up (see {@link StartupIndexes}). */
@Configuration
class TeamIndexes {

    @Bean
    StartupIndexes teamStartupIndexes(MongoTemplate mongo, Environment environment) {
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.planning.indexes",
                IndexCreationSettings.class),
                List.of(new DocumentIndex(TeamChoices.class, GuardedWrite.index(TeamChoices.VERSION))));
    }
}
