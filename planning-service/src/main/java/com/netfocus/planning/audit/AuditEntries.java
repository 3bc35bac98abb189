package com.netfocus.planning.audit;

import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.contracts.contact.ContactEvent;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.contact.ContactUpdated;
import com.netfocus.contracts.plan.PlanEventEnvelope;

import java.time.Instant;

/**
 * The audit entry of each kind of event. Each entry's event key is taken from the event itself (a plan's event by
 * plan and sequence, the address book's and the catalog's by subject, type and time), so a redelivered event, or one
 * a publisher sent twice, is the same entry; an older record without its time is named by its place on the topic,
 * which a replay reads again at the same place.
 */
final class AuditEntries {

    private static final String SEPARATOR = "|";

    private AuditEntries() {
    }

    /** The entry of a plan event, under the plan's team ({@code planTeam}; the caller's if the plan's is unknown). */
    static AuditEntry ofPlanEvent(PlanEventEnvelope envelope, String planTeam) {
        String team = planTeam != null ? planTeam : blankToNull(envelope.team());
        return new AuditEntry(key("plan", envelope.planId(), String.valueOf(envelope.sequence())),
                envelope.occurredAt(), envelope.org(), team, envelope.actor(), envelope.type(),
                envelope.planId(), envelope.sequence(), null, null, envelope.correlationId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The entry of a contact event (registered, updated or erased); {@code published} (when the record was written) and {@code place} (its topic,
     * partition and offset) stand in for what an older record lacks.
     */
    static AuditEntry ofContactEvent(ContactEvent event, Instant published, String place) {
        if (event instanceof ContactRegistered registered) {
            return contactEntry(registered, registered.registeredAt(), registered.registeredBy(), null, published,
                    place);
        }
        if (event instanceof ContactUpdated updated) {
            return contactEntry(updated, updated.updatedAt(), updated.updatedBy(), updated.correlationId(), published,
                    place);
        }
        ContactErased erased = (ContactErased) event; // the last of the sealed contact events
        return contactEntry(erased, erased.erasedAt(), erased.requestedBy(), erased.correlationId(), published, place);
    }

    /** The entry of a platform listed in the catalog; see {@link #ofContactEvent} for the stand-ins. */
    static AuditEntry ofPlatformListed(PlatformListed listed, Instant published, String place) {
        Instant occurredAt = listed.listedAt() != null ? listed.listedAt() : published;
        String key = key("platform", listed.platformId(), AuditTypes.PLATFORM_LISTED,
                listed.listedAt() != null ? String.valueOf(listed.listedAt().toEpochMilli()) : place);
        return new AuditEntry(key, occurredAt, listed.org(), null, listed.listedBy(), AuditTypes.PLATFORM_LISTED,
                null, null, null, listed.platformId(), null);
    }

    private static AuditEntry contactEntry(ContactEvent event, Instant at, String actor, String correlationId,
                                           Instant published, String place) {
        String when = at != null ? String.valueOf(at.toEpochMilli()) : place;
        String key = correlationId == null ? key("contact", event.contactId(), event.type(), when)
                : key("contact", event.contactId(), event.type(), when, correlationId);
        return new AuditEntry(key, at != null ? at : published, event.org(), null, actor, event.type(), null, null,
                event.contactId(), null, correlationId);
    }

    private static String key(String... parts) {
        return String.join(SEPARATOR, parts);
    }
}
