package com.netfocus.support.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an import's CSV files may have, by their field names; the header matches them without regard
 * to case. An unknown column refuses the file (a misspelt "emial" is not silently dropped), as does a missing
 * required one or a column named twice.
 */
public record CsvColumns(List<String> required, List<String> optional) {

    public CsvColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** @return the field name the header names, or null when it names none */
    String fieldNamed(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        for (List<String> columns : List.of(required, optional)) {
            for (String column : columns) {
                if (column.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return column;
                }
            }
        }
        return null;
    }

    List<String> missingFrom(Map<String, Integer> found) {
        return required.stream().filter(column -> !found.containsKey(column)).toList();
    }

    String described() {
        return optional.isEmpty() ? required.toString() : required + " and optionally " + optional;
    }
}
