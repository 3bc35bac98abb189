package com.netfocus.contact.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lookupBatchSize most keys asked for in one query when looking for the stored contacts that incoming
 *                        people may duplicate; bounds the size of each query on large imports
 */
@ConfigurationProperties("netfocus.contact.intake")
public record IntakeProperties(int lookupBatchSize) {
}
