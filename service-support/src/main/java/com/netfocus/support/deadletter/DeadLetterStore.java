package com.netfocus.support.deadletter;

import com.netfocus.support.paging.PageRequestCheck;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The service's dead letters ({@code dead_letters}). Every write is keyed by the record's position, so recording the
 * same record again (a redelivery after a rebalance) updates its one document. Reads by org scan the collection, which
 * stays small (a dead letter is an incident, not traffic) and is read by admins only.
 */
public class DeadLetterStore {

    private static final String TOPIC = "topic";
    private static final String PARTITION = "partition";
    private static final String OFFSET = "offset";
    private static final String KEY = "key";
    private static final String VALUE = "value";
    private static final String REASON = "reason";
    private static final String ORG = "org";
    private static final String GROUP = "consumerGroup";
    private static final String FIRST_SEEN = "firstSeenAt";
    private static final String LAST_FAILED = "lastFailedAt";
    private static final String ATTEMPTS = "attempts";

    private final MongoTemplate mongo;
    private final Clock clock;

    public DeadLetterStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records (or re-records) the record at this position as dead, with the latest reason. */
    public void record(String topic, int partition, long offset, String key, byte[] value, String org, String reason,
                       String consumerGroup) {
        Date now = Date.from(clock.instant());
        mongo.upsert(query(where("_id").is(DeadLetter.idOf(topic, partition, offset))), new Update()
                .setOnInsert(TOPIC, topic)
                .setOnInsert(PARTITION, partition)
                .setOnInsert(OFFSET, offset)
                .setOnInsert(KEY, key)
                .setOnInsert(VALUE, value == null ? null : Base64.getEncoder().encodeToString(value))
                .setOnInsert(ORG, org)
                .setOnInsert(GROUP, consumerGroup)
                .setOnInsert(FIRST_SEEN, now)
                .set(REASON, reason)
                .set(LAST_FAILED, now)
                .inc(ATTEMPTS, 1), DeadLetter.COLLECTION);
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, DeadLetter.COLLECTION)).map(DeadLetterStore::of);
    }

    /** The org's dead letters, oldest first, one page. */
    public List<DeadLetter> ofOrg(String org, int page, int size) {
        return mongo.find(query(where(ORG).is(org))
                        .with(Sort.by(FIRST_SEEN, "_id"))
                        .skip(PageRequestCheck.offset(page, size)).limit(size), Document.class, DeadLetter.COLLECTION)
                .stream().map(DeadLetterStore::of).toList();
    }

    public long countOfOrg(String org) {
        return mongo.count(query(where(ORG).is(org)), DeadLetter.COLLECTION);
    }

    void remove(String id) {
        mongo.remove(query(where("_id").is(id)), DeadLetter.COLLECTION);
    }

    void failedAgain(String id, String reason) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set(REASON, reason)
                .set(LAST_FAILED, Date.from(clock.instant())).inc(ATTEMPTS, 1), DeadLetter.COLLECTION);
    }

    static byte[] rawValue(DeadLetter letter) {
        return letter.value() == null ? null : Base64.getDecoder().decode(letter.value());
    }

    private static DeadLetter of(Document d) {
        return new DeadLetter(d.getString("_id"), d.getString(TOPIC), number(d, PARTITION).intValue(),
                number(d, OFFSET).longValue(), d.getString(KEY), d.getString(VALUE), d.getString(REASON),
                d.getString(ORG), d.getString(GROUP), instant(d, FIRST_SEEN), instant(d, LAST_FAILED),
                number(d, ATTEMPTS).intValue());
    }

    private static Number number(Document d, String field) {
        return d.get(field) instanceof Number n ? n : 0;
    }

    private static java.time.Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
