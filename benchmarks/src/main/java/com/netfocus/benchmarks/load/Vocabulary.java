package com.netfocus.benchmarks.load;

import java.util.List;

/** The words the synthetic org is made of: kinds of people (which the SMART rules and the scoring know). */
final class Vocabulary {

    static final List<String> FUNCTIONS = List.of("Procurement", "Finance", "IT", "Marketing", "Sales", "Operations",
            "HR", "Logistics");
    static final List<String> POSITIONS = List.of("Director", "Manager", "Executive", "Head", "VP");
    static final List<String> INDUSTRIES = List.of("Retail", "Manufacturing", "Healthcare", "Banking", "Insurance",
            "Energy", "Software", "Automotive");
    static final List<String> KINDS = List.of("ASSOCIATION_MEETING", "CHAMBER_MEETING", "SEMINAR", "CONFERENCE",
            "MEETUP", "TRADE_SHOW");
    /** Objective statements that pass Specific: each names a kind of people (role, function or industry). */
    static final List<String> STATEMENTS = List.of(
            "Learn from procurement directors in retail which supply-chain problems they will budget for next year",
            "Understand from finance managers in manufacturing how they choose suppliers for cost reduction projects",
            "Hear from IT executives in healthcare which software projects their hospitals plan to start");

    private Vocabulary() {
    }

    static String pick(List<String> words, int index) {
        return words.get(Math.floorMod(index, words.size()));
    }
}
