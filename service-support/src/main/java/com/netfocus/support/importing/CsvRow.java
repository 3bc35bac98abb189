package com.netfocus.support.importing;

import org.apache.commons.csv.CSVRecord;

import java.util.Map;

/** One data row of a CSV file: its line and its values by column field name. */
public final class CsvRow {

    private final long line;
    private final CSVRecord record;
    private final Map<String, Integer> columns;

    CsvRow(long line, CSVRecord record, Map<String, Integer> columns) {
        this.line = line;
        this.record = record;
        this.columns = columns;
    }

    /** The line the row starts on, 1-based as an editor shows it. */
    public long line() {
        return line;
    }

    /** The value of a column, trimmed; null when the file has no such column or the value is blank. */
    public String value(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value;
    }
}
