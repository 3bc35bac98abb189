package com.netfocus.support.personaldata;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The key vault and {@link PersonalData} in every service that has a MongoDB client. */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
@EnableConfigurationProperties(PersonalDataSettings.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyVault keyVault(MongoClient client, PersonalDataSettings settings) {
        return new MongoKeyVault(client, settings.vaultDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalData personalData(KeyVault vault) {
        return new PersonalData(vault);
    }
}
