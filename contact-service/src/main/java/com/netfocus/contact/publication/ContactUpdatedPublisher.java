package com.netfocus.contact.publication;

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

/**
 * Publishes each edit of a contact as {@code ContactUpdated} on the contact events topic, keyed by the contact id (so
 * that it follows the contact's {@code ContactRegistered} on the same partition), until the broker acknowledged it.
 * Same settings as the registrations ({@code netfocus.contact.publication}).
 */
@Component
public class ContactUpdatedPublisher extends ReliablePublisher<ContactUpdate> {

    public ContactUpdatedPublisher(KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                                   @Value("${netfocus.topics.contact-events:" + Topics.CONTACT_EVENTS + "}") String topic,
                                   Environment environment,
                                   @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        super(new Publication<>("contact update", ContactUpdate.class, ContactUpdate::id, ContactUpdate.PUBLISHED,
                        ContactUpdate.UPDATED_AT, topic, ContactUpdate::event,
                        Settings.bind(environment, "netfocus.contact.publication", PublicationSettings.class),
                        ContactUpdate::contactId),
                kafka, mongo, executor);
    }
}
