package com.netfocus.support.personaldata;

import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vault's own client: the service client's servers and bounds, as the vault's user. */
class VaultClientSettingsTest {

    private static final MongoClientSettingsBuilderCustomizer SERVICE_CLIENT = builder -> builder
            .applyConnectionString(new com.mongodb.ConnectionString("mongodb://db-1:27017,db-2:27017/?replicaSet=rs0"))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
            .credential(com.mongodb.MongoCredential.createCredential("contact-service", "admin", "service".toCharArray()));

    @Test
    void the_vault_client_reaches_the_same_servers_within_the_same_bounds_as_the_vault_user() {
        MongoClientSettings settings = VaultClientSettings.of(List.of(SERVICE_CLIENT),
                new PersonalDataSettings("netfocus-keys", "key-vault", "vault-secret", "admin"));

        assertThat(settings.getCredential().getUserName()).isEqualTo("key-vault");
        assertThat(settings.getCredential().getSource()).isEqualTo("admin");
        assertThat(settings.getCredential().getPassword()).isEqualTo("vault-secret".toCharArray());
        assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("rs0");
        assertThat(settings.getClusterSettings().getHosts()).hasSize(2);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void a_vault_user_needs_both_name_and_password_or_neither() {
        assertThat(new PersonalDataSettings("netfocus-keys", null, null, "admin").hasOwnAccount()).isFalse();
        assertThat(new PersonalDataSettings("netfocus-keys", "key-vault", "s", "admin").hasOwnAccount()).isTrue();
        assertThatThrownBy(() -> new PersonalDataSettings("netfocus-keys", "key-vault", "", "admin").hasOwnAccount())
                .hasMessageContaining("netfocus.personal-data.vault-password");
    }
}
