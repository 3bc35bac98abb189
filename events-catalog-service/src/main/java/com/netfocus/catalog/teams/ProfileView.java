package com.netfocus.catalog.teams;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A kind of person as the team's plans write it (the first plan's wording of it); null fields mean "any". */
public record ProfileView(String function, String position, String industry) {

    /** The profile in words, "CFO Senior Banking"; "anybody" when it names nothing. */
    public String describe() {
        String words = Stream.of(function, position, industry)
                .filter(text -> text != null && !text.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? "anybody" : words;
    }
}
