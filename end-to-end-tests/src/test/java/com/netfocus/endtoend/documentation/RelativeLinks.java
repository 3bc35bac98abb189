package com.netfocus.endtoend.documentation;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that every relative link of some Markdown files leads somewhere inside the repository: to an existing file
 * or folder and, for a Markdown file, to one of its headings when an anchor is named. Links with a scheme (https:,
 * mailto:) are left to the reader.
 */
final class RelativeLinks {

    private static final Pattern WITH_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** GitHub's anchors for lines of a file that is shown as source. */
    private static final Pattern LINE_ANCHOR = Pattern.compile("L\\d+(-L\\d+)?");

    private final Path repositoryRoot;
    private final Map<Path, MarkdownDocument> readDocuments = new HashMap<>();

    RelativeLinks(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    /** One line per link that leads nowhere: "file:line links to target: why". */
    List<String> brokenIn(List<Path> documents) throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path documentPath : documents) {
            MarkdownDocument document = document(documentPath);
            for (MarkdownDocument.Link link : document.links()) {
                String why = whyBroken(document, link.target());
                if (why != null) {
                    broken.add(repositoryRoot.relativize(document.path()) + ":" + link.line() + " links to "
                            + link.target() + ": " + why);
                }
            }
        }
        return broken;
    }

    private String whyBroken(MarkdownDocument from, String target) throws IOException {
        if (target.isEmpty()) {
            return "the link has no target";
        }
        if (WITH_SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String filePart = decoded(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : decoded(target.substring(hash + 1));

        Path linked = filePart.isEmpty() ? from.path()
                : filePart.startsWith("/") ? repositoryRoot.resolve(filePart.substring(1)).normalize()
                : from.path().getParent().resolve(filePart).normalize();
        if (!linked.startsWith(repositoryRoot)) {
            return "it leads out of the repository";
        }
        if (!Files.exists(linked)) {
            return "no such file or folder";
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (isMarkdown(linked)) {
            return document(linked).anchors().contains(anchor) ? null : "no heading has the anchor #" + anchor;
        }
        return Files.isRegularFile(linked) && LINE_ANCHOR.matcher(anchor).matches() ? null
                : "#" + anchor + " cannot be checked outside a Markdown file";
    }

    private MarkdownDocument document(Path path) throws IOException {
        Path normalized = path.toAbsolutePath().normalize();
        MarkdownDocument document = readDocuments.get(normalized);
        if (document == null) {
            document = MarkdownDocument.read(normalized);
            readDocuments.put(normalized, document);
        }
        return document;
    }

    private static boolean isMarkdown(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".md");
    }

    /** Percent-decoding of a path; a plus sign stays a plus sign, as in a URL's path. */
    private static String decoded(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
