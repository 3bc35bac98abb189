package com.netfocus.support.input;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a string field may hold. One rule set for JSON bodies, path variables and imported rows:
 * <ul>
 *   <li>control characters are refused everywhere, except newline and tab in multi-line free text;</li>
 *   <li>emoji (and other pictographs, their joiners, modifiers and variation selectors), invisible format
 *       characters and private-use or unassigned code points are refused in codes and ids: they cannot be typed
 *       back, compared or matched; in free text people write they are data and kept as sent;</li>
 *   <li>ids ({@code id}, {@code ...Id}, {@code ...Ids}) are UUIDs, the only ids the services hand out;</li>
 *   <li>a lone surrogate is not text, and is refused everywhere.</li>
 * </ul>
 */
public enum TextKind {
    /** A generated id: a UUID in its canonical form. */
    ID,
    /** An enum, e-mail, phone number, role, user, org or team name: no emoji, no control characters. */
    CODE,
    /** Names, titles, statements, rationales: emoji kept; no control characters. */
    FREE_TEXT,
    /** Notes and summaries: as free text, with newlines and tabs. */
    MULTI_LINE_TEXT;

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int VARIATION_SELECTOR_TEXT = 0xFE0E;
    private static final int VARIATION_SELECTOR_EMOJI = 0xFE0F;
    private static final int COMBINING_KEYCAP = 0x20E3;
    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;

    /** Whether a field or path variable of this name holds an id. */
    public static boolean isIdField(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    /** Why the text is refused as this kind, or empty when it is fine. */
    public Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (this == ID) {
            return UUID_FORM.matcher(text).matches() && canonical(text) ? Optional.empty()
                    : Optional.of("must be an id (a UUID such as 3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a)");
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint)) {
                return Optional.of("holds a broken character (a lone UTF-16 surrogate)");
            }
            if (Character.getType(codePoint) == Character.CONTROL && !allowedControl(codePoint)) {
                return Optional.of(this == MULTI_LINE_TEXT ? "must not hold control characters other than newline and tab"
                        : "must not hold control characters (such as newline, tab or NUL)");
            }
            if (this == CODE && pictographOrInvisible(codePoint)) {
                return Optional.of("must not hold emoji, symbols or invisible characters");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private boolean allowedControl(int codePoint) {
        return this == MULTI_LINE_TEXT && (codePoint == '\n' || codePoint == '\t');
    }

    private static boolean canonical(String text) {
        return UUID.fromString(text).toString().equalsIgnoreCase(text);
    }

    private static boolean pictographOrInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || codePoint == VARIATION_SELECTOR_TEXT || codePoint == VARIATION_SELECTOR_EMOJI
                || codePoint == COMBINING_KEYCAP || (codePoint >= SKIN_TONE_FIRST && codePoint <= SKIN_TONE_LAST);
    }
}
