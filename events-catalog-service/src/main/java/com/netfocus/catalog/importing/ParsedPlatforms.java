package com.netfocus.catalog.importing;

import java.util.List;

/** What a file reader made of a file: the rows it read, and the rows it could not read at all. */
record ParsedPlatforms(List<PlatformRow> rows, List<RowRejection> rejected) {
}
