package com.netfocus.contact.contact;

import com.netfocus.support.importing.CsvColumns;

import java.util.List;

/**
 * The contact files Netfocus reads and writes, so that an export imports again to the same contacts: the CSV columns
 * by field name (the name required), and the vCard property that holds the industry (vCard has no standard one).
 */
public final class ContactFileFormat {

    public static final String NAME = "name";
    public static final CsvColumns CSV_COLUMNS = new CsvColumns(List.of(NAME),
            List.of("company", "function", "position", "industry", "email", "phone"));
    public static final String VCARD_INDUSTRY = "X-INDUSTRY";

    private ContactFileFormat() {
    }
}
