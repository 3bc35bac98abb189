package com.netfocus.support.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key vault lives: its own database on the service's MongoDB server, shared by the services (as a KMS
 * would be), read by nothing else.
 */
@ConfigurationProperties("netfocus.personal-data")
public record PersonalDataSettings(@DefaultValue("netfocus-keys") String vaultDatabase) {
}
