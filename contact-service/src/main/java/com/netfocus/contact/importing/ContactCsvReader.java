package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads contacts from CSV (RFC 4180, comma separated, the first line naming the columns). Columns are
 * matched without regard to case: name (required), company, function, position, industry, email, phone;
 * an unknown column refuses the file, so that a misspelt "emial" is not silently dropped. Blank lines are
 * skipped. A row that cannot be parsed (an unclosed quote) ends the reading there: rows before it are kept.
 */
final class ContactCsvReader {

    static final String NAME = "name";
    static final List<String> COLUMNS = List.of(NAME, "company", "function", "position", "industry", "email", "phone");
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

    private ContactCsvReader() {
    }

    static ParsedRows read(String text, int maxRows) {
        LineIndex lines = new LineIndex(text);
        List<ImportRow> rows = new ArrayList<>();
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
                if (rows.size() + rejected.size() >= maxRows) {
                    throw new FileTooLargeException("has more than " + maxRows + " rows; split it into smaller files");
                }
                long line = lines.lineOfContentAt(record.getCharacterPosition());
                if (record.size() != columns.size()) {
                    rejected.add(new RowRejection(line, "row", "has " + record.size() + " values but the header names "
                            + columns.size() + " columns"));
                    continue;
                }
                rows.add(new ImportRow(line, new AddContact(value(record, columns, NAME), value(record, columns, "company"),
                        value(record, columns, "function"), value(record, columns, "position"),
                        value(record, columns, "industry"), value(record, columns, "email"),
                        value(record, columns, "phone"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && rejected.isEmpty()) {
            throw new UnreadableFileException("file", "has a header but no rows");
        }
        return new ParsedRows(rows, rejected);
    }

    private static CSVParser open(String text) throws IOException {
        try {
            return CSVParser.parse(text, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableFileException("header", "cannot be read: " + rootMessage(e));
        }
    }

    /** @return each known column, lower case, to its position */
    private static Map<String, Integer> checkedHeader(CSVParser parser) {
        Map<String, Integer> columns = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (String header : parser.getHeaderNames()) {
            String column = header.strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(column)) {
                columns.put(column, parser.getHeaderMap().get(header));
            } else {
                unknown.add(header);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableFileException("header", "names unknown columns " + unknown + "; the columns are " + COLUMNS);
        }
        if (!columns.containsKey(NAME)) {
            throw new UnreadableFileException("header", "must name the column 'name'; the first line of the file "
                    + "names the columns, which are " + COLUMNS);
        }
        if (Set.copyOf(parser.getHeaderNames()).size() != parser.getHeaderNames().size()) {
            throw new UnreadableFileException("header", "names a column twice");
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value;
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
