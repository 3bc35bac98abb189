package com.netfocus.contracts.caller;

/**
 * The form of a user, org or team: they travel in every caller header and log line, so they are identifiers, never
 * free text (no spaces, emoji or control characters). One rule for the gateway, which issues them, and the services,
 * which are asked about them.
 */
public final class CallerIdentifiers {

    /** The longest user, org or team. */
    public static final int MAX_LENGTH = 100;
    /** A letter or digit, then letters, digits and {@code . _ @ -}; a constant so that annotations can use it. */
    public static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,99}";
    /** What a refusal says. */
    public static final String RULE = "must be an identifier: a letter or digit, then letters, digits, '.', '_', '@' "
            + "or '-', at most " + MAX_LENGTH + " characters";

    private CallerIdentifiers() {
    }
}
