package com.netfocus.support.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own MongoDB user: its name ({@code NETFOCUS_MONGODB_USERNAME}), the database the user is defined in
 * ({@code admin} unless said otherwise) and its password, read from a secret file ({@code netfocus.mongodb.password}
 * in the secrets directory, see {@code spring.config.import}). {@code MONGODB_URI} then names the servers and options
 * only, nothing secret. Unset (the embedded wire server, which knows no users): the URI is used as it is.
 */
@ConfigurationProperties("netfocus.mongodb")
public record MongoAccountSettings(String username, String password,
                                   @DefaultValue("admin") String authenticationDatabase) {

    /** Whether a user is configured; a name without a password, or a password without a name, is refused. */
    public boolean isConfigured() {
        return MongoAccounts.isComplete("netfocus.mongodb.username", username, "netfocus.mongodb.password", password);
    }
}
