package com.netfocus.catalog.activity;

/**
 * A plan id as a MongoDB field name. Plan ids are opaque strings; a dot would be read as a path and a
 * leading dollar as an operator, so both (and the escape character itself) are percent-encoded.
 */
final class AppliedSequenceKey {

    private AppliedSequenceKey() {
    }

    static String fieldFor(String planId) {
        return PlatformActivity.APPLIED_SEQUENCES + "." + keyFor(planId);
    }

    /** The plan's key inside the {@code appliedSequences} map. */
    static String keyFor(String planId) {
        return planId
                .replace("%", "%25")
                .replace(".", "%2E")
                .replace("$", "%24");
    }
}
