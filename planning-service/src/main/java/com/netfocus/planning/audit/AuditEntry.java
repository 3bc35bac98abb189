package com.netfocus.planning.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * One change in an org's audit trail: what happened (the event's type), when, by whom, to what (a plan and its
 * sequence; a contact or a platform for the address book's and the catalog's changes), for which team, under which
 * request. No personal data: ids only. {@code eventKey} names the event itself, the same however often it is
 * delivered, so that recording it again changes nothing.
 */
public record AuditEntry(@JsonIgnore String eventKey, Instant occurredAt, String org,
                         @Schema(description = "The plan's team; none for a contact's or the catalog's change")
                         String team,
                         @Schema(description = "Who made the change; none where an older record did not say")
                         String actor,
                         @Schema(description = "The type of change: a plan event type, ContactRegistered, "
                                 + "ContactUpdated, ContactErased or PlatformListed", example = "ObjectiveDefined")
                         String type,
                         String planId,
                         @Schema(description = "The event's place in its plan's history", example = "1")
                         Long sequence,
                         String contactId, String platformId, String correlationId) {

    /** Where the entry lies in the trail's order: by time, then by event. */
    AuditPosition position() {
        return new AuditPosition(occurredAt, eventKey);
    }
}
