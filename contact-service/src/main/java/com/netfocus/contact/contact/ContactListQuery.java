package com.netfocus.contact.contact;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of GET /api/v1/contacts: words to search for ({@code q}), the page, and {@code format=csv} for
 * the whole list as a CSV file instead of a page of JSON. A value outside its form is a 400 problem naming it.
 */
record ContactListQuery(
        @Size(max = TextLimits.SHORT, message = "must be at most " + TextLimits.SHORT + " characters")
        @Pattern(regexp = "[\\p{L}\\p{N}\\p{P}\\p{Zs}]*",
                message = "letters, digits, punctuation and spaces only: words of a name, company or role") String q,
        @Pattern(regexp = "(?i)json|csv", message = "must be json or csv") String format,
        Integer page,
        Integer size) {

    boolean csv() {
        return "csv".equalsIgnoreCase(format);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }
}
