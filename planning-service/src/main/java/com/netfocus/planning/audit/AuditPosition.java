package com.netfocus.planning.audit;

import com.netfocus.support.problem.RejectedInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * A place in an org's audit trail: the trail runs by time, and entries of the same millisecond by their event key, so
 * every entry has one place and a page that ends at one is continued exactly after it. Handed to clients as an opaque
 * cursor: entries recorded later never move what lies before or after it, so paging on while the trail grows neither
 * repeats nor skips an entry that was there.
 */
record AuditPosition(Instant occurredAt, String eventKey) implements Comparable<AuditPosition> {

    static final String CURSOR = "cursor";
    private static final String VERSION = "a1";
    private static final String SEPARATOR = "|";
    private static final Comparator<AuditPosition> ORDER = Comparator.comparing(AuditPosition::occurredAt)
            .thenComparing(AuditPosition::eventKey);

    @Override
    public int compareTo(AuditPosition other) {
        return ORDER.compare(this, other);
    }

    String cursor() {
        String text = VERSION + SEPARATOR + occurredAt.toEpochMilli() + SEPARATOR + eventKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor of this service names; anything else is refused (422 naming the cursor). */
    static AuditPosition ofCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(VERSION) && !parts[2].isEmpty()) {
                return new AuditPosition(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
            }
        } catch (IllegalArgumentException notOurs) {
            // refused below, whatever was wrong with it
        }
        throw new RejectedInputException(CURSOR, "is not a cursor of this trail: pass the one a page's next link or"
                + " 'next' gave, or leave it out to start at the beginning");
    }
}
