package com.netfocus.contact.contact;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes contacts as the CSV the import reads (RFC 4180, a header naming the columns by their field names), one row
 * per contact as it goes, so that a whole book streams in constant memory.
 */
final class ContactCsvWriter {

    private ContactCsvWriter() {
    }

    static void write(Stream<ContactView> contacts, Writer out) throws IOException {
        List<String> columns = new ArrayList<>(ContactFileFormat.CSV_COLUMNS.required());
        columns.addAll(ContactFileFormat.CSV_COLUMNS.optional());
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get());
        for (ContactView contact : (Iterable<ContactView>) contacts::iterator) {
            printer.printRecord(contact.name(), contact.company(), contact.function(), contact.position(),
                    contact.industry(), contact.email(), contact.phone());
        }
        printer.flush();
    }
}
