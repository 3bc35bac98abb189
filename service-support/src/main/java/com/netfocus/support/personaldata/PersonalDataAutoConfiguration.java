package com.netfocus.support.personaldata;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The key vault and {@link PersonalData} in every service that has a MongoDB client: through a client of its own,
 * as the vault's MongoDB user, when one is configured (see {@link PersonalDataSettings}).
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
@EnableConfigurationProperties(PersonalDataSettings.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyVault keyVault(MongoClient client, PersonalDataSettings settings,
                      ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
        if (settings.hasOwnAccount()) {
            MongoClient vaultClient = MongoClients.create(
                    VaultClientSettings.of(customizers.orderedStream().toList(), settings));
            return MongoKeyVault.withOwnClient(vaultClient, settings.vaultDatabase());
        }
        return new MongoKeyVault(client, settings.vaultDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalData personalData(KeyVault vault) {
        return new PersonalData(vault);
    }
}
