package com.netfocus.contact.contact;

import java.util.List;

/** The answer to an edit: the fields it changed (none when every value given was the stored one). */
public record ContactEdited(String contactId, List<String> changedFields) {
}
