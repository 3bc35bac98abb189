package com.netfocus.contact.erasure;

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
 * Publishes each erasure as {@code ContactErased} on the contact events topic, keyed by contact id (so it follows the
 * contact's {@code ContactRegistered} on the same partition), until the broker acknowledged it: planning must learn
 * of every erasure to record it in the plans. Same settings as the registrations ({@code netfocus.contact.publication}).
 */
@Component
public class ContactErasedPublisher extends ReliablePublisher<ContactErasure> {

    public ContactErasedPublisher(KafkaTemplate<String, byte[]> kafka, MongoTemplate mongo,
                                  @Value("${netfocus.topics.contact-events:" + Topics.CONTACT_EVENTS + "}") String topic,
                                  Environment environment,
                                  @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        super(new Publication<>("erasure", ContactErasure.class, ContactErasure::contactId, ContactErasure.PUBLISHED,
                        ContactErasure.ERASED_AT, topic, ContactErasure::event,
                        Settings.bind(environment, "netfocus.contact.publication", PublicationSettings.class)),
                kafka, mongo, executor);
    }
}
