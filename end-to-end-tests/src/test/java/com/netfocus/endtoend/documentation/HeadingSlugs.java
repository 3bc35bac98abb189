package com.netfocus.endtoend.documentation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The anchor GitHub gives a Markdown heading: its text as rendered (link and tag markup dropped), lower case, every
 * character that is not a letter, mark, digit, connector, space or hyphen removed, each space turned into a hyphen.
 * Repeated headings get "-1", "-2", ... (see {@link MarkdownDocument#anchors()}).
 */
final class HeadingSlugs {

    private static final Pattern LINK_OR_IMAGE = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern NOT_IN_A_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private HeadingSlugs() {
    }

    static String slugOf(String headingText) {
        String rendered = LINK_OR_IMAGE.matcher(headingText).replaceAll("$1");
        rendered = HTML_TAG.matcher(rendered).replaceAll("");
        String lowerCase = rendered.strip().toLowerCase(Locale.ROOT);
        return NOT_IN_A_SLUG.matcher(lowerCase).replaceAll("").replace(' ', '-');
    }
}
