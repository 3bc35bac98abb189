package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AddPlatform;
import com.netfocus.support.problem.FieldError;

import java.util.List;

/**
 * One platform read from a file and the line it starts on. {@code unreadable} lists values that could not be
 * read at all (a date that is no date); such a row is rejected before any rule is applied.
 */
record PlatformRow(long line, AddPlatform platform, List<FieldError> unreadable) {
}
