package com.netfocus.planning.limits;

/**
 * The longest free text a plan keeps (statements, outcomes, notes, summaries, actions, reasons): one limit from
 * configuration and one wording of the refusal for every field.
 */
public record TextLimit(int maxLength) {

    /** Absent text fits: whether a text is required is a rule of its own. */
    public boolean fits(String text) {
        return text == null || text.length() <= maxLength;
    }

    public String tooLong() {
        return "must be at most " + maxLength + " characters";
    }
}
