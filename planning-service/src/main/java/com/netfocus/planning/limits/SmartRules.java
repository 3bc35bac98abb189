package com.netfocus.planning.limits;

import java.util.List;

/**
 * What the SMART assessment accepts: the largest credible target, how many people one hour of networking
 * reaches, how many days an objective needs at least, the phrases of unfocused reasons, and the words that name
 * a kind of people (roles, functions, industries).
 */
public record SmartRules(
        int maxTarget,
        double peopleMetPerHour,
        int minDaysToDeadline,
        List<String> unfocusedPhrases,
        List<String> peopleVocabulary) {

    public SmartRules {
        unfocusedPhrases = List.copyOf(unfocusedPhrases);
        peopleVocabulary = List.copyOf(peopleVocabulary);
    }
}
