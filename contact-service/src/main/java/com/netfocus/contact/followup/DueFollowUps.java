package com.netfocus.contact.followup;

import com.netfocus.contact.contact.ContactBook;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** A user's own follow-ups (the plans they own, in their org), soonest due first. */
@Service
class DueFollowUps {

    private final MongoTemplate mongo;
    private final ContactBook contacts;

    DueFollowUps(MongoTemplate mongo, ContactBook contacts) {
        this.mongo = mongo;
        this.contacts = contacts;
    }

    PageOf<FollowUpView> of(Caller caller, LocalDate dueBy, StatusFilter status, LocalDate today, int page, int size) {
        Criteria criteria = where(FollowUpEntry.ORG).is(caller.org())
                .and(FollowUpEntry.OWNER_ID).is(caller.userId())
                .and(FollowUpEntry.DUE_ON).lte(dueBy);
        if (status != StatusFilter.ALL) {
            criteria = criteria.and(FollowUpEntry.STATUS).is(FollowUpStatus.valueOf(status.name()));
        }
        long total = mongo.count(query(criteria), FollowUpEntry.class);
        List<FollowUpEntry> entries = mongo.find(query(criteria)
                        .with(Sort.by(FollowUpEntry.DUE_ON, "_id")).skip(PageRequestCheck.offset(page, size)).limit(size),
                FollowUpEntry.class);
        Map<String, String> names = contacts.namesOf(caller.org(), caller.userId(),
                entries.stream().map(FollowUpEntry::contactId).filter(Objects::nonNull).distinct().toList());
        List<FollowUpView> items = entries.stream()
                .map(entry -> FollowUpView.of(entry, entry.contactId() == null ? null : names.get(entry.contactId()),
                        today))
                .toList();
        return new PageOf<>(items, page, size, total);
    }
}
