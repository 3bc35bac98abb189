package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A table as CSV (RFC 4180, CRLF): a header row of the JSON field names, then one row per item with the values the
 * JSON answer would give. Text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with
 * a quote, so that a platform named "=HYPERLINK(...)" stays text.
 */
final class CsvTable {

    /** What a table endpoint answers besides JSON (its {@code produces}, so that asking for CSV is acceptable). */
    static final String MEDIA_TYPE = "text/csv";
    private static final MediaType TEXT_CSV = new MediaType(MediaType.parseMediaType(MEDIA_TYPE),
            java.nio.charset.StandardCharsets.UTF_8);

    private CsvTable() {
    }

    /**
     * @param columns the field names, in order (also the header when there are no rows)
     * @param rows    the items, each written through {@code mapper} as its JSON answer would be
     */
    static ResponseEntity<String> of(String table, List<String> columns, List<?> rows, ObjectMapper mapper) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (Object row : rows) {
                JsonNode json = mapper.valueToTree(row);
                List<String> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    values.add(cell(json.get(column)));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(table + ".csv").build().toString())
                .body(out.toString());
    }

    /** The field names of a JSON object, in its order: the columns of a table of such objects. */
    static List<String> columnsOf(Object prototype, ObjectMapper mapper) {
        List<String> columns = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) mapper.valueToTree(prototype)).fields();
        fields.forEachRemaining(field -> columns.add(field.getKey()));
        return columns;
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        String text = value.asText();
        if (value.isTextual() && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
