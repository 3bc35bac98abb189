package com.netfocus.support.personaldata;

import com.netfocus.support.credentials.MongoAccounts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key vault lives: its own database on the service's MongoDB server, shared by the services (as a KMS
 * would be), read by nothing else. With {@code vaultUsername} and {@code vaultPassword} (a secret file) the vault is
 * reached as its own MongoDB user (defined in {@code vaultAuthenticationDatabase}), which has rights on the vault's
 * database only, while the service's own user has none there; without them (the embedded wire server, which knows no
 * users) through the service's client.
 */
@ConfigurationProperties("netfocus.personal-data")
public record PersonalDataSettings(@DefaultValue("netfocus-keys") String vaultDatabase,
                                   String vaultUsername,
                                   String vaultPassword,
                                   @DefaultValue("admin") String vaultAuthenticationDatabase) {

    /** Whether the vault has a MongoDB user of its own (both a name and a password, or neither). */
    public boolean hasOwnAccount() {
        return MongoAccounts.isComplete("netfocus.personal-data.vault-username", vaultUsername,
                "netfocus.personal-data.vault-password", vaultPassword);
    }
}
