package com.netfocus.contact.importing;

/** A row left out of an import: the line it starts on, the field at fault and why. */
public record RowRejection(long line, String field, String reason) {
}
