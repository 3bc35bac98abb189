package com.netfocus.planning.contact;

import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.contracts.contact.ContactEvent;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.planning.correlation.LoggedCorrelation;
import com.netfocus.planning.erasure.ContactErasures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownContacts} up to date from the contact service's events, and hands erasures to
 * {@link ContactErasures} before the erased contact is forgotten here (it can no longer be named). A record that cannot be read is logged
 * and skipped (it must not block the partition); a database failure propagates to the container's error handler
 * (the retrying one CatalogListener declares), so it is retried with back-off and never skipped.
 */
@Component
class ContactListener {

    private static final Logger log = LoggerFactory.getLogger(ContactListener.class);

    private final KnownContacts contacts;
    private final ContactErasures erasures;

    ContactListener(KnownContacts contacts, ContactErasures erasures) {
        this.contacts = contacts;
        this.erasures = erasures;
    }

    @KafkaListener(topics = "${netfocus.topics.contact-events}")
    public void on(ConsumerRecord<String, String> record) {
        try (LoggedCorrelation logged = LoggedCorrelation.of(record)) {
            apply(record);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        ContactEvent event;
        try {
            event = ContactEvent.decode(record.value());
        } catch (Exception unreadable) {
            log.warn("skipping an unreadable contact record at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
            return;
        }
        if (blank(event.contactId()) || blank(event.org())) {
            log.warn("skipping a contact record without contact id or org at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        if (event instanceof ContactErased erased) {
            try (LoggedCorrelation logged = LoggedCorrelation.of(erased.correlationId())) {
                erasures.apply(erased);
                contacts.forget(erased.contactId());
            }
        } else if (event instanceof ContactRegistered registered) {
            contacts.upsert(registered);
            log.debug("contact {} of org {} is known", registered.contactId(), registered.org());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
