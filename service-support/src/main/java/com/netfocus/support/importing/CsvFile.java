package com.netfocus.support.importing;

import com.netfocus.support.problem.PayloadTooLargeException;
import com.netfocus.support.problem.UnreadableFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an import's CSV file: RFC 4180, comma separated, the first line naming the columns (see
 * {@link CsvColumns}). Blank lines are skipped; a row with another number of values than the header is
 * rejected by line. A row that cannot be parsed (an unclosed quote) ends the reading there: rows before it are
 * kept and it is reported. What a row means is the service's: {@code toRow} maps each good row.
 */
public final class CsvFile {

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

    private CsvFile() {
    }

    /**
     * @throws UnreadableFileException   when the header cannot be read or names the wrong columns, or there are no rows
     * @throws PayloadTooLargeException when the file has more than {@code maxRows} rows
     */
    public static <R> ParsedFile<R> read(String text, CsvColumns known, int maxRows, Function<CsvRow, R> toRow) {
        LineIndex lines = new LineIndex(text);
        List<R> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        try (CSVParser parser = open(text)) {
            Map<String, Integer> columns = checkedHeader(parser, known);
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
                    rejected.add(new RowRejection(startLineOf(broken, lastLineRead + 1), "row", "cannot be read ("
                            + RootCause.messageOf(broken) + "); it and the rest of the file were not imported"));
                    break;
                }
                lastLineRead = parser.getCurrentLineNumber();
                if (record.stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                if (rows.size() + rejected.size() >= maxRows) {
                    throw new PayloadTooLargeException("file", "has more than " + maxRows
                            + " rows; split it into smaller files");
                }
                long line = lines.lineOfContentAt(record.getCharacterPosition());
                if (record.size() != columns.size()) {
                    rejected.add(new RowRejection(line, "row", "has " + record.size() + " values but the header names "
                            + columns.size() + " columns"));
                    continue;
                }
                rows.add(toRow.apply(new CsvRow(line, record, columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && rejected.isEmpty()) {
            throw new UnreadableFileException("file", "has a header but no rows");
        }
        return new ParsedFile<>(rows, rejected);
    }

    private static CSVParser open(String text) throws IOException {
        try {
            return CSVParser.parse(text, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableFileException("header", "cannot be read: " + RootCause.messageOf(e));
        }
    }

    /** @return each known column, by its field name, to its position */
    private static Map<String, Integer> checkedHeader(CSVParser parser, CsvColumns known) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String header : parser.getHeaderNames()) {
            String column = known.fieldNamed(header);
            if (column == null) {
                unknown.add(header);
            } else if (columns.put(column, parser.getHeaderMap().get(header)) != null) {
                throw new UnreadableFileException("header", "names the column '" + column + "' twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableFileException("header", "names unknown columns " + unknown + "; the columns are "
                    + known.described());
        }
        List<String> missing = known.missingFrom(columns);
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("header", "lacks the columns " + missing.stream()
                    .map(column -> "'" + column + "'").toList() + "; the first line of the file names the columns: "
                    + known.described());
        }
        return columns;
    }

    private static long startLineOf(Exception broken, long fallback) {
        Matcher matcher = START_LINE.matcher(String.valueOf(RootCause.messageOf(broken)));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : fallback;
    }
}
