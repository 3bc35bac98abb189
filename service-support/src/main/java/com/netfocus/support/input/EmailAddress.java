package com.netfocus.support.input;

import java.util.regex.Pattern;

/**
 * Whether a text is an e-mail address, for fields that Bean Validation's {@code @Email} cannot reach (inside shared
 * event records, such as the people met at an event): one local part, one {@code @}, a domain with a dot, no spaces.
 */
public final class EmailAddress {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    /** Absent is fine: whether an e-mail is required is a rule of its own. */
    public static boolean isValidOrAbsent(String text) {
        return text == null || text.isBlank() || FORM.matcher(text.strip()).matches();
    }
}
