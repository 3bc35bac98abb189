package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import com.netfocus.support.importing.CsvColumns;
import com.netfocus.support.importing.CsvFile;
import com.netfocus.support.importing.CsvRow;
import com.netfocus.support.importing.ParsedFile;

import java.time.Instant;
import java.util.List;

/**
 * Reads platforms from CSV (see {@link CsvFile}: RFC 4180, the first line naming the columns, matched without
 * regard to case). Columns are the fields of {@code POST /api/v1/platforms}; startsAt/endsAt (doors) may be
 * left out or empty and then default to the configured margins around the programme; audience is written
 * {@code function|position|industry=share; ...}. An unknown or missing required column refuses the file.
 */
final class PlatformCsvReader {

    static final CsvColumns COLUMNS = new CsvColumns(
            List.of("name", "kind", "programStartsAt", "programEndsAt", "location", "cost", "networkingSupported",
                    "expectedAttendance"),
            List.of("organizer", "topic", "startsAt", "endsAt", "audience"));

    private PlatformCsvReader() {
    }

    static ParsedFile<PlatformRow> read(String text, CatalogImportProperties properties) {
        return CsvFile.read(text, COLUMNS, properties.maxRows(), row -> row(row, properties));
    }

    private static PlatformRow row(CsvRow row, CatalogImportProperties properties) {
        PlatformValues values = new PlatformValues();
        Instant programStartsAt = values.instant("programStartsAt", row.value("programStartsAt"));
        Instant programEndsAt = values.instant("programEndsAt", row.value("programEndsAt"));
        Instant startsAt = values.instant("startsAt", row.value("startsAt"));
        Instant endsAt = values.instant("endsAt", row.value("endsAt"));
        if (startsAt == null && programStartsAt != null) {
            startsAt = programStartsAt.minus(properties.doorsOpenBefore());
        }
        if (endsAt == null && programEndsAt != null) {
            endsAt = programEndsAt.plus(properties.doorsCloseAfter());
        }
        AddPlatform platform = new AddPlatform(
                PlatformValues.text(row.value("name")),
                values.kind("kind", row.value("kind")),
                PlatformValues.text(row.value("organizer")),
                PlatformValues.text(row.value("topic")),
                startsAt, endsAt, programStartsAt, programEndsAt,
                PlatformValues.text(row.value("location")),
                values.decimal("cost", row.value("cost")),
                values.bool("networkingSupported", row.value("networkingSupported")),
                values.integer("expectedAttendance", row.value("expectedAttendance")),
                values.audience("audience", row.value("audience")));
        return new PlatformRow(row.line(), platform, values.errors());
    }
}
