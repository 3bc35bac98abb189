package com.netfocus.planning.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two export formats of the trail, one entry per line: CSV with a header (the columns of an entry, empty where an
 * entry has nothing), and JSON Lines (each entry as the JSON page shows it). A CSV cell that a spreadsheet would run
 * as a formula is written with a leading apostrophe.
 */
enum AuditFormat {

    CSV(AuditFormat.CSV_MEDIA_TYPE, "csv"),
    JSON_LINES(AuditFormat.NDJSON, "jsonl");

    static final String CSV_MEDIA_TYPE = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final List<String> COLUMNS = List.of("occurredAt", "org", "team", "actor", "type", "planId",
            "sequence", "contactId", "platformId", "correlationId");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final String mediaType;
    private final String extension;

    AuditFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format a media type of an Accept header asks for, if it is one of these. */
    static Optional<AuditFormat> answering(MediaType wanted) {
        return Arrays.stream(values()).filter(format -> wanted.isCompatibleWith(MediaType.parseMediaType(
                format.mediaType))).findFirst();
    }

    String fileName() {
        return "audit." + extension;
    }

    /** Writes each entry handed to it as one line; {@link Lines#close()} finishes the file. */
    Lines lines(Writer out, ObjectMapper json) {
        if (this == JSON_LINES) {
            return new Lines() {
                @Override
                public void write(AuditEntry entry) throws IOException {
                    out.write(json.writeValueAsString(entry));
                    out.write('\n');
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }
        CSVPrinter printer = csv(out);
        return new Lines() {
            @Override
            public void write(AuditEntry entry) throws IOException {
                printer.printRecord(Arrays.stream(cells(entry)).map(AuditFormat::cell).toList());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    private static CSVPrinter csv(Writer out) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] cells(AuditEntry entry) {
        return new Object[]{entry.occurredAt(), entry.org(), entry.team(), entry.actor(), entry.type(),
                entry.planId(), entry.sequence(), entry.contactId(), entry.platformId(), entry.correlationId()};
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The lines of one export. */
    interface Lines {

        void write(AuditEntry entry) throws IOException;

        void close() throws IOException;
    }
}
