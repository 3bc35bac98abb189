package com.netfocus.contact.importing;

import java.util.List;

/** What a file reader made of a file: the rows it could read, and the rows it could not (with why). */
record ParsedRows(List<ImportRow> rows, List<RowRejection> rejected) {
}
