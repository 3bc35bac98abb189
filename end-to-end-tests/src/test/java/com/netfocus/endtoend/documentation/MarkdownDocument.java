package com.netfocus.endtoend.documentation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file as a link checker sees it: the links it makes and the anchors it offers, both outside fenced code
 * blocks and code spans (a link written as an example is not a link).
 */
final class MarkdownDocument {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)((?:(?!\\n[ \\t]*\\n).)+?)\\1", Pattern.DOTALL);
    private static final Pattern INLINE_LINK_TARGET = Pattern.compile("]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)>?", Pattern.MULTILINE);
    private static final Pattern HTML_LINK = Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

    /** A link as written, with the line it is on (1-based). */
    record Link(int line, String target) {
    }

    private final Path path;
    /** The file's lines, those inside fenced code blocks blanked, so that line numbers stay true. */
    private final List<String> proseLines;

    private MarkdownDocument(Path path, List<String> proseLines) {
        this.path = path;
        this.proseLines = proseLines;
    }

    static MarkdownDocument read(Path path) throws IOException {
        List<String> prose = new ArrayList<>();
        String openFence = null;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            Matcher fence = FENCE.matcher(line);
            if (openFence == null && fence.find()) {
                openFence = fence.group(1);
                prose.add("");
            } else if (openFence != null) {
                if (fence.find() && fence.group(1).charAt(0) == openFence.charAt(0)
                        && fence.group(1).length() >= openFence.length()) {
                    openFence = null;
                }
                prose.add("");
            } else {
                prose.add(line);
            }
        }
        return new MarkdownDocument(path, prose);
    }

    Path path() {
        return path;
    }

    List<Link> links() {
        String text = blankCodeSpans(String.join("\n", proseLines));
        List<Link> links = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK_TARGET, REFERENCE_DEFINITION, HTML_LINK)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                links.add(new Link(lineOf(text, matcher.start()), matcher.group(1)));
            }
        }
        links.sort((first, second) -> Integer.compare(first.line(), second.line()));
        return links;
    }

    /** Every anchor a link into this file may name: heading slugs (repeats numbered as GitHub does) and HTML anchors. */
    Set<String> anchors() {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> timesSeen = new HashMap<>();
        for (String heading : headings()) {
            String slug = HeadingSlugs.slugOf(heading);
            int seenBefore = timesSeen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(seenBefore == 0 ? slug : slug + "-" + seenBefore);
        }
        Matcher explicit = HTML_ANCHOR.matcher(String.join("\n", proseLines));
        while (explicit.find()) {
            anchors.add(explicit.group(1));
        }
        return anchors;
    }

    private List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (int index = 0; index < proseLines.size(); index++) {
            String line = proseLines.get(index);
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                headings.add(atx.group(1));
            } else if (index > 0 && SETEXT_UNDERLINE.matcher(line).matches() && isSetextText(proseLines.get(index - 1))) {
                headings.add(proseLines.get(index - 1));
            }
        }
        return headings;
    }

    private static boolean isSetextText(String previousLine) {
        String text = previousLine.strip();
        return !text.isEmpty() && !text.startsWith("|") && !text.startsWith("#") && !text.startsWith("-")
                && !text.startsWith("*") && !text.startsWith(">");
    }

    /** Blanks each code span (which never crosses a blank line), keeping its newlines so every position keeps its line. */
    private static String blankCodeSpans(String text) {
        Matcher span = CODE_SPAN.matcher(text);
        StringBuilder blanked = new StringBuilder();
        while (span.find()) {
            span.appendReplacement(blanked, Matcher.quoteReplacement(span.group().replaceAll("[^\n]", " ")));
        }
        span.appendTail(blanked);
        return blanked.toString();
    }

    private static int lineOf(String text, int position) {
        int line = 1;
        for (int index = 0; index < position; index++) {
            if (text.charAt(index) == '\n') {
                line++;
            }
        }
        return line;
    }
}
