package com.netfocus.contact.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of one contacts import, so that one request cannot hold the service for long or fill its memory.
 *
 * @param maxRows  most contacts (CSV rows or vCards) in one file; a larger file is refused whole
 * @param maxBytes largest file; a larger one is refused whole
 */
@ConfigurationProperties("netfocus.contact.import")
public record ImportProperties(int maxRows, DataSize maxBytes) {
}
