package com.netfocus.support.credentials;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's own MongoDB user ({@link MongoAccountSettings}). Applied after the URI's own options (Boot's
 * customizer comes first), so it is this credential that the client uses.
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.mongodb.MongoClientSettings")
@EnableConfigurationProperties(MongoAccountSettings.class)
public class CredentialsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer mongoAccount(MongoAccountSettings account) {
        return builder -> {
            if (account.isConfigured()) {
                builder.credential(MongoAccounts.user(account.username(), account.authenticationDatabase(),
                        account.password()));
            }
        };
    }
}
