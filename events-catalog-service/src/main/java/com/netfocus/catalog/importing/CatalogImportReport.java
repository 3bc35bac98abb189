package com.netfocus.catalog.importing;

import com.netfocus.support.importing.RowRejection;

import java.util.List;

/** The answer to a catalog import: how many platforms were added, and the rows left out, by line. */
public record CatalogImportReport(int imported, List<String> platformIds, List<RowRejection> rejected) {
}
