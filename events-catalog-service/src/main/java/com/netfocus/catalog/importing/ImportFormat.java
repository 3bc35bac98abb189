package com.netfocus.catalog.importing;

import org.springframework.http.MediaType;

import java.util.Locale;

/** The file formats platforms can be imported from, recognised by media type, else by file name extension. */
enum ImportFormat {
    CSV,
    ICALENDAR;

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar");

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
            if (TEXT_CALENDAR.isCompatibleWith(type)) {
                return ICALENDAR;
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".ics") || name.endsWith(".ical")) {
            return ICALENDAR;
        }
        throw new UnsupportedFormatException("send a CSV file (text/csv, .csv) or an iCalendar file (text/calendar, .ics)");
    }
}
