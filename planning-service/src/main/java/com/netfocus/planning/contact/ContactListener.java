package com.netfocus.planning.contact;

import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.planning.correlation.LoggedCorrelation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownContacts} up to date from the contact service's events. A record that cannot be read is logged
 * and skipped (it must not block the partition); a database failure propagates to the container's error handler
 * (the retrying one CatalogListener declares), so it is retried with back-off and never skipped.
 */
@Component
public class ContactListener {

    private static final Logger log = LoggerFactory.getLogger(ContactListener.class);

    private final KnownContacts contacts;

    public ContactListener(KnownContacts contacts) {
        this.contacts = contacts;
    }

    @KafkaListener(topics = "${netfocus.topics.contact-events}")
    public void on(ConsumerRecord<String, String> record) {
        try (LoggedCorrelation logged = LoggedCorrelation.of(record)) {
            apply(record);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        ContactRegistered registered;
        try {
            registered = PlanEventCodec.mapper().readValue(record.value(), ContactRegistered.class);
        } catch (Exception unreadable) {
            log.warn("skipping an unreadable contact record at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
            return;
        }
        if (registered == null || blank(registered.contactId()) || blank(registered.org())) {
            log.warn("skipping a contact record without contact id or org at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
            return;
        }
        contacts.upsert(registered);
        log.debug("contact {} of org {} is known", registered.contactId(), registered.org());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
