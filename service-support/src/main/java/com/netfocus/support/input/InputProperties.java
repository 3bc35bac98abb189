package com.netfocus.support.input;

import org.springframework.util.unit.DataSize;

import java.util.Set;

/**
 * The input rules of a service ({@code netfocus.input.*}): the largest JSON body it reads, and which JSON fields hold
 * free text that people write (where an emoji is data) and which of those may span lines. Every other string field
 * is a code (an id, an enum, an e-mail, a phone number, a role) and refuses emoji.
 */
public record InputProperties(DataSize maxJsonBody, Set<String> freeText, Set<String> multiLineText) {

    public static final String PREFIX = "netfocus.input";

    public InputProperties {
        freeText = freeText == null ? Set.of() : Set.copyOf(freeText);
        multiLineText = multiLineText == null ? Set.of() : Set.copyOf(multiLineText);
    }

    /** What kind of text a field named so holds; fields not named in the configuration are codes. */
    public TextKind kindOf(String field) {
        if (field == null) {
            return TextKind.CODE;
        }
        if (TextKind.isIdField(field)) {
            return TextKind.ID;
        }
        return multiLineText.contains(field) ? TextKind.MULTI_LINE_TEXT
                : freeText.contains(field) ? TextKind.FREE_TEXT : TextKind.CODE;
    }
}
