package com.netfocus.planning.audit;

import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.contact.ContactEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the address book's and the catalog's changes (contacts registered, updated and erased, platforms listed) in
 * the org audit trail, a poll at a time, in a consumer group of its own ({@link AuditSettings#consumerGroup()}), so that
 * the trail is rebuilt by replaying these topics from their start without touching planning's local copies of the
 * contacts and platforms. A record that cannot be read is logged and left out (it must not block the partition); a
 * database failure fails the poll, which the container retries with back-off, never skipping it.
 */
@Component
class ContactAndCatalogAudit {

    private static final Logger log = LoggerFactory.getLogger(ContactAndCatalogAudit.class);

    private final AuditTrail trail;
    private final String catalogTopic;

    ContactAndCatalogAudit(AuditTrail trail, @Value("${netfocus.topics.catalog-events}") String catalogTopic) {
        this.trail = trail;
        this.catalogTopic = catalogTopic;
    }

    @KafkaListener(topics = {"${netfocus.topics.contact-events}", "${netfocus.topics.catalog-events}"},
            groupId = "${netfocus.planning.audit.consumer-group}", batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        List<AuditEntry> entries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                entries.add(entry(record));
            } catch (Exception unreadable) {
                log.warn("leaving an unreadable record at {}-{}@{} out of the audit trail: {}", record.topic(),
                        record.partition(), record.offset(), unreadable.toString());
            }
        }
        trail.record(entries);
    }

    private AuditEntry entry(ConsumerRecord<String, String> record) throws Exception {
        Instant published = Instant.ofEpochMilli(record.timestamp());
        String place = record.topic() + "@" + record.partition() + ":" + record.offset();
        if (record.topic().equals(catalogTopic)) {
            PlatformListed listed = PlanEventCodec.mapper().readValue(record.value(), PlatformListed.class);
            require(listed != null && listed.platformId() != null && listed.org() != null, "platform id and org");
            return AuditEntries.ofPlatformListed(listed, published, place);
        }
        ContactEvent event = ContactEvent.decode(record.value());
        require(event.contactId() != null && event.org() != null, "contact id and org");
        return AuditEntries.ofContactEvent(event, published, place);
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new IllegalArgumentException("the record has no " + what);
        }
    }
}
