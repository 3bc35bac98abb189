package com.netfocus.support.personaldata;

import com.mongodb.MongoClientSettings;
import com.netfocus.support.credentials.MongoAccounts;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;

import java.util.List;

/**
 * The settings of the vault's own MongoDB client: the service client's (same servers, replica set, write concern and
 * timeouts: every customizer the service's client was built with), as the vault's user.
 */
final class VaultClientSettings {

    private VaultClientSettings() {
    }

    static MongoClientSettings of(List<MongoClientSettingsBuilderCustomizer> serviceCustomizers,
                                  PersonalDataSettings settings) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        serviceCustomizers.forEach(customizer -> customizer.customize(builder));
        return builder.credential(MongoAccounts.user(settings.vaultUsername(), settings.vaultAuthenticationDatabase(),
                settings.vaultPassword())).build();
    }
}
