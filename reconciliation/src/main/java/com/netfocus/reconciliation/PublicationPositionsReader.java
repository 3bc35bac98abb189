package com.netfocus.reconciliation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads planning-service's publication positions ({@code publication_positions}, one document per plan) for the
 * plans whose publication is blocked: a block counts while its sequence lies after the published one (another
 * instance may have published it since).
 */
final class PublicationPositionsReader {

    static final String POSITIONS = "publication_positions";
    private static final String PUBLISHED = "publishedSequence";
    private static final String BLOCKED_SEQUENCE = "blockedSequence";
    private static final String BLOCKED_REASON = "blockedReason";
    private static final String BLOCKED_SINCE = "blockedSince";

    private PublicationPositionsReader() {
    }

    static Map<String, BlockedPublication> blocked(MongoDatabase planning) {
        Map<String, BlockedPublication> blocked = new HashMap<>();
        planning.getCollection(POSITIONS).find(Filters.exists(BLOCKED_SEQUENCE))
                .projection(Projections.include(PUBLISHED, BLOCKED_SEQUENCE, BLOCKED_REASON, BLOCKED_SINCE))
                .forEach(document -> {
                    long sequence = number(document, BLOCKED_SEQUENCE);
                    if (sequence > number(document, PUBLISHED)) {
                        String planId = String.valueOf(document.get("_id"));
                        Date since = document.getDate(BLOCKED_SINCE);
                        blocked.put(planId, new BlockedPublication(planId, sequence,
                                document.getString(BLOCKED_REASON), since == null ? null : since.toInstant()));
                    }
                });
        return blocked;
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : -1;
    }
}
