package com.netfocus.contact.importing;

import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.ContactFileFormat;
import com.netfocus.support.importing.CsvColumns;
import com.netfocus.support.importing.CsvFile;
import com.netfocus.support.importing.ParsedFile;

/**
 * Reads contacts from CSV (see {@link CsvFile}: RFC 4180, the first line naming the columns). Columns are
 * matched without regard to case: name (required), company, function, position, industry, email, phone;
 * an unknown column refuses the file, so that a misspelt "emial" is not silently dropped.
 */
final class ContactCsvReader {

    static final String NAME = ContactFileFormat.NAME;
    static final CsvColumns COLUMNS = ContactFileFormat.CSV_COLUMNS;

    private ContactCsvReader() {
    }

    static ParsedFile<ImportRow> read(String text, int maxRows) {
        return CsvFile.read(text, COLUMNS, maxRows, row -> new ImportRow(row.line(), new AddContact(row.value(NAME),
                row.value("company"), row.value("function"), row.value("position"), row.value("industry"),
                row.value("email"), row.value("phone"))));
    }
}
