package com.netfocus.support.publication;

import java.util.function.Function;

/**
 * What a {@link ReliablePublisher} publishes: one event per stored document, keyed by the document's id unless
 * {@code keyOf} says otherwise (e.g. the contact an update document is about, so that its events keep their order).
 *
 * @param kind           what a document is, for the logs ("platform")
 * @param documents      the mapped document class (its collection holds the flag)
 * @param idOf           the document's id: how the flag is set
 * @param publishedField the boolean field that turns true once the broker acknowledged the event; stored
 *                       false with the document
 * @param createdAtField the Instant field the timer orders by and measures {@code resendAfter} against
 * @param topic          where the events go
 * @param event          the event record of a document, written as JSON with {@code PlanEventCodec.mapper()}
 * @param settings       acknowledgement and timer settings
 * @param keyOf          the record key of a document's event
 */
public record Publication<T>(String kind, Class<T> documents, Function<T, String> idOf, String publishedField,
                             String createdAtField, String topic, Function<T, ?> event, PublicationSettings settings,
                             Function<T, String> keyOf) {

    /** Events keyed by their document's id. */
    public Publication(String kind, Class<T> documents, Function<T, String> idOf, String publishedField,
                       String createdAtField, String topic, Function<T, ?> event, PublicationSettings settings) {
        this(kind, documents, idOf, publishedField, createdAtField, topic, event, settings, idOf);
    }
}
