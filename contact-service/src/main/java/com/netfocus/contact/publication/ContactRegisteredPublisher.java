package com.netfocus.contact.publication;

import com.netfocus.contact.contact.Contact;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.Topics;
import com.netfocus.support.publication.Publication;
import com.netfocus.support.publication.PublicationSettings;
import com.netfocus.support.publication.ReliablePublisher;
import com.netfocus.support.settings.Settings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Publishes each contact created (added, imported, met at an event) as {@code ContactRegistered} on the
 * contact events topic, keyed by contact id, so that planning knows the id is real and whose it is; only the
 * id and org leave the service, no personal data. The contact is marked {@code registeredPublished} once the
 * broker acknowledged it; contacts still unmarked are re-sent by the timer (see {@link ReliablePublisher}).
 * Settings under {@code netfocus.contact.publication}.
 */
@Component
public class ContactRegisteredPublisher extends ReliablePublisher<Contact> {

    public ContactRegisteredPublisher(KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                                      @Value("${netfocus.topics.contact-events:" + Topics.CONTACT_EVENTS + "}") String topic,
                                      Environment environment,
                                      @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        super(new Publication<>("contact", Contact.class, Contact::id, Contact.REGISTERED_PUBLISHED, Contact.CREATED_AT,
                        topic, contact -> new ContactRegistered(contact.id(), contact.org(), contact.createdBy(),
                                asStored(contact.createdAt())),
                        Settings.bind(environment, "netfocus.contact.publication", PublicationSettings.class)),
                kafka, mongo, executor);
    }

    /** The time as MongoDB keeps it (milliseconds), so that a first send and a re-send from the store agree. */
    private static Instant asStored(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }
}
