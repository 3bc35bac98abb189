package com.netfocus.planning.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 3.1 folding: at 75 octets, each continuation after CRLF and one space, never inside a character. */
class ContentLineFoldingTest {

    @Test
    void shortLinesAreNotFolded() {
        String line = "S".repeat(75);
        assertThat(ContentLineFolding.foldLine(line)).isEqualTo(line + "\r\n");
        assertThat(ContentLineFolding.fold("A:1\r\nB:2\r\n")).isEqualTo("A:1\r\nB:2\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsAndUnfoldToTheOriginal() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String folded = ContentLineFolding.foldLine(line);
        String[] physical = folded.split("\r\n");
        assertThat(physical[0]).hasSize(75);
        for (int i = 1; i < physical.length; i++) {
            assertThat(physical[i]).startsWith(" ");
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.endsWith("\r\n")).isTrue();
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        // "é" is 2 octets, "€" 3, "😀" 4 (a surrogate pair in Java): 74 ASCII octets leave no room for any of them
        for (String wide : new String[]{"é", "€", "😀"}) {
            String line = "x".repeat(74) + wide + "tail";
            String folded = ContentLineFolding.foldLine(line);
            String[] physical = folded.split("\r\n");
            assertThat(physical[0]).isEqualTo("x".repeat(74));
            assertThat(physical[1]).isEqualTo(" " + wide + "tail");
            assertThat(unfold(folded)).isEqualTo(line);
        }
        String many = "SUMMARY:" + "€".repeat(60);
        for (String physical : ContentLineFolding.foldLine(many).split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(unfold(ContentLineFolding.foldLine(many))).isEqualTo(many);
    }

    /** RFC 5545 3.1 unfolding: a CRLF followed by one space is removed. */
    private static String unfold(String folded) {
        return folded.replace("\r\n ", "").replaceAll("\r\n$", "");
    }
}
