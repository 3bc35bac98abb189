package com.netfocus.catalog.analytics;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Ids and field names of the analytics documents. Ids join their parts with '|' (each part escaped, so that no two
 * part lists give one id); field names escape what MongoDB would read as a path ('.') or an operator ('$').
 */
final class StoreKeys {

    private StoreKeys() {
    }

    static String id(String... parts) {
        return Arrays.stream(parts)
                .map(part -> part == null ? "" : part.replace("%", "%25").replace("|", "%7C"))
                .collect(Collectors.joining("|"));
    }

    static String field(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
