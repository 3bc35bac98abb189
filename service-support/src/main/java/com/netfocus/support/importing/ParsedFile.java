package com.netfocus.support.importing;

import java.util.List;

/** What a file reader made of a file: the rows it could read, and the rows it could not (with why). */
public record ParsedFile<R>(List<R> rows, List<RowRejection> rejected) {
}
