package com.netfocus.contact.contact;

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

/** The contacts' indexes, created once at start-up (with retries, see {@link StartupIndexes}). */
@Configuration
class ContactIndexes {

    @Bean
    StartupIndexes contactStartupIndexes(MongoTemplate mongo, Environment environment) {
        return new StartupIndexes(mongo, Settings.bind(environment, "netfocus.contact.indexes", IndexCreationSettings.class),
                // Listings: an admin's (the org), a rep's (their own), a manager's (their team's besides).
                List.of(new DocumentIndex(Contact.class, new Index()
                                .on(Contact.ORG, Sort.Direction.ASC).on(Contact.NAME, Sort.Direction.ASC)),
                        new DocumentIndex(Contact.class, new Index().on(Contact.ORG, Sort.Direction.ASC)
                                .on(Contact.OWNER_ID, Sort.Direction.ASC).on(Contact.NAME, Sort.Direction.ASC)),
                        new DocumentIndex(Contact.class, new Index().on(Contact.ORG, Sort.Direction.ASC)
                                .on(Contact.TEAM, Sort.Direction.ASC).on(Contact.NAME, Sort.Direction.ASC)),
                        // Duplicate lookups of imports and people met, within one owner's contacts (the wire server
                        // scans instead; MongoDB uses them).
                        new DocumentIndex(Contact.class, new Index().on(Contact.ORG, Sort.Direction.ASC)
                                .on(Contact.OWNER_ID, Sort.Direction.ASC).on(Contact.EMAIL_KEY, Sort.Direction.ASC)),
                        new DocumentIndex(Contact.class, new Index().on(Contact.ORG, Sort.Direction.ASC)
                                .on(Contact.OWNER_ID, Sort.Direction.ASC).on(Contact.NAME_KEY, Sort.Direction.ASC)),
                        // The publication timer's lookup of contacts not yet acknowledged, oldest first.
                        new DocumentIndex(Contact.class, new Index()
                                .on(Contact.REGISTERED_PUBLISHED, Sort.Direction.ASC).on(Contact.CREATED_AT, Sort.Direction.ASC))));
    }
}
