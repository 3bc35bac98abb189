package com.netfocus.contact.importing;

import org.springframework.http.MediaType;

import java.util.Locale;

/** The file formats contacts can be imported from, recognised by media type, else by file name extension. */
enum ImportFormat {
    CSV,
    VCARD;

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    static final MediaType TEXT_VCARD = MediaType.parseMediaType("text/vcard");
    static final MediaType TEXT_X_VCARD = MediaType.parseMediaType("text/x-vcard");

    static ImportFormat of(String contentType, String fileName) {
        if (contentType != null && !contentType.isBlank()) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (IllegalArgumentException e) {
                type = MediaType.APPLICATION_OCTET_STREAM;
            }
            if (TEXT_CSV.isCompatibleWith(type)) {
                return CSV;
            }
            if (TEXT_VCARD.isCompatibleWith(type) || TEXT_X_VCARD.isCompatibleWith(type)) {
                return VCARD;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return VCARD;
        }
        throw new UnsupportedFormatException("send a CSV file (text/csv, .csv) or a vCard file (text/vcard, .vcf)");
    }
}
