package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads platforms from CSV (RFC 4180, comma separated, the first line naming the columns, matched without
 * regard to case). Columns are the fields of {@code POST /api/v1/platforms}; startsAt/endsAt (doors) may be
 * left out or empty and then default to the configured margins around the programme; audience is written
 * {@code function|position|industry=share; ...}. An unknown or missing required column refuses the file.
 */
final class PlatformCsvReader {

    static final List<String> REQUIRED = List.of("name", "kind", "programStartsAt", "programEndsAt", "location", "cost",
            "networkingSupported", "expectedAttendance");
    static final List<String> OPTIONAL = List.of("organizer", "topic", "startsAt", "endsAt", "audience");
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private PlatformCsvReader() {
    }

    static ParsedPlatforms read(String text, CatalogImportProperties properties) {
        LineIndex lines = new LineIndex(text);
        List<PlatformRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        try (CSVParser parser = open(text)) {
            Map<String, Integer> columns = checkedHeader(parser);
            Iterator<CSVRecord> records = parser.iterator();
            long lastLineRead = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    rejected.add(new RowRejection(startLineOf(broken, lastLineRead + 1), "row",
                            "cannot be read (" + rootMessage(broken) + "); it and the rest of the file were not imported"));
                    break;
                }
                lastLineRead = parser.getCurrentLineNumber();
                if (record.stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                if (rows.size() + rejected.size() >= properties.maxRows()) {
                    throw new FileTooLargeException("has more than " + properties.maxRows() + " rows; split it into smaller files");
                }
                long line = lines.lineOfContentAt(record.getCharacterPosition());
                if (record.size() != columns.size()) {
                    rejected.add(new RowRejection(line, "row", "has " + record.size() + " values but the header names "
                            + columns.size() + " columns"));
                    continue;
                }
                rows.add(row(line, record, columns, properties));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && rejected.isEmpty()) {
            throw new UnreadableFileException("file", "has a header but no rows");
        }
        return new ParsedPlatforms(rows, rejected);
    }

    private static PlatformRow row(long line, CSVRecord record, Map<String, Integer> columns,
                                   CatalogImportProperties properties) {
        PlatformValues values = new PlatformValues();
        Instant programStartsAt = values.instant("programStartsAt", value(record, columns, "programStartsAt"));
        Instant programEndsAt = values.instant("programEndsAt", value(record, columns, "programEndsAt"));
        Instant startsAt = values.instant("startsAt", value(record, columns, "startsAt"));
        Instant endsAt = values.instant("endsAt", value(record, columns, "endsAt"));
        if (startsAt == null && programStartsAt != null) {
            startsAt = programStartsAt.minus(properties.doorsOpenBefore());
        }
        if (endsAt == null && programEndsAt != null) {
            endsAt = programEndsAt.plus(properties.doorsCloseAfter());
        }
        AddPlatform platform = new AddPlatform(
                PlatformValues.text(value(record, columns, "name")),
                values.kind("kind", value(record, columns, "kind")),
                PlatformValues.text(value(record, columns, "organizer")),
                PlatformValues.text(value(record, columns, "topic")),
                startsAt, endsAt, programStartsAt, programEndsAt,
                PlatformValues.text(value(record, columns, "location")),
                values.decimal("cost", value(record, columns, "cost")),
                values.bool("networkingSupported", value(record, columns, "networkingSupported")),
                values.integer("expectedAttendance", value(record, columns, "expectedAttendance")),
                values.audience("audience", value(record, columns, "audience")));
        return new PlatformRow(line, platform, values.errors());
    }

    private static CSVParser open(String text) throws IOException {
        try {
            return CSVParser.parse(text, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableFileException("header", "cannot be read: " + rootMessage(e));
        }
    }

    /** @return each known column, by its field name, to its position */
    private static Map<String, Integer> checkedHeader(CSVParser parser) {
        Map<String, String> known = new HashMap<>();
        REQUIRED.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        OPTIONAL.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String header : parser.getHeaderNames()) {
            String column = known.get(header.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(header);
            } else if (columns.put(column, parser.getHeaderMap().get(header)) != null) {
                throw new UnreadableFileException("header", "names the column " + column + " twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableFileException("header", "names unknown columns " + unknown + "; the columns are "
                    + REQUIRED + " and optionally " + OPTIONAL);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("header", "lacks the columns " + missing + "; the first line of the file "
                    + "names the columns: " + REQUIRED + " and optionally " + OPTIONAL);
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : record.get(index);
    }

    private static long startLineOf(Exception broken, long fallback) {
        Matcher matcher = START_LINE.matcher(String.valueOf(rootMessage(broken)));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : fallback;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
