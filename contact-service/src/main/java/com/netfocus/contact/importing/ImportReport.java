package com.netfocus.contact.importing;

import com.netfocus.support.importing.RowRejection;

import java.util.List;

/**
 * The answer to an import. Every good row is counted once: {@code imported} when it created a contact,
 * {@code merged} when it was merged into an existing contact or into an earlier row of the same file.
 * {@code rejected} lists the rows left out, by line.
 */
public record ImportReport(int imported, int merged, List<RowRejection> rejected) {
}
