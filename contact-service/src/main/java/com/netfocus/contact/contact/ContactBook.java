package com.netfocus.contact.contact;

import com.netfocus.contact.paging.PageOf;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** An org's contacts; every read is scoped by the org. */
@Service
public class ContactBook {

    private final MongoTemplate mongo;

    public ContactBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ContactAdded add(Caller caller, AddContact request) {
        Contact contact = new Contact(UUID.randomUUID().toString(), caller.org(), caller.userId(), Instant.now(),
                request.name().strip(), trimmed(request.company()), trimmed(request.function()),
                trimmed(request.position()), trimmed(request.industry()), trimmed(request.email()),
                trimmed(request.phone()));
        mongo.insert(contact);
        return new ContactAdded(contact.id());
    }

    public PageOf<ContactView> list(Caller caller, int page, int size) {
        var ofOrg = query(where(Contact.ORG).is(caller.org()));
        long total = mongo.count(ofOrg, Contact.class);
        var items = mongo.find(query(where(Contact.ORG).is(caller.org()))
                        .with(Sort.by(Contact.NAME, "_id")).skip((long) page * size).limit(size), Contact.class)
                .stream().map(ContactView::of).toList();
        return new PageOf<>(items, page, size, total);
    }

    public ContactView get(Caller caller, String contactId) {
        return find(caller.org(), contactId).map(ContactView::of)
                .orElseThrow(() -> new NotFoundException("contact", contactId));
    }

    /** The org's contact with this id, if the org has one. */
    public Optional<Contact> find(String org, String contactId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(contactId).and(Contact.ORG).is(org)),
                Contact.class));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
