package com.netfocus.catalog.platform;

import com.netfocus.catalog.activity.ActivityCounts;
import com.netfocus.catalog.activity.PlatformActivityStore;
import com.netfocus.catalog.publication.PlatformListedPublisher;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.paging.PageOf;
import com.netfocus.support.paging.PageRequestCheck;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Query.query;

/** Adds platforms to an org's catalog and reads them back; every read is scoped by the caller's org. */
@Service
public class PlatformCatalog {

    private final MongoTemplate mongo;
    private final PlatformRules rules;
    private final PlatformListedPublisher publisher;
    private final PlatformActivityStore activity;
    private final ApplicationEventPublisher events;

    public PlatformCatalog(MongoTemplate mongo, PlatformRules rules, PlatformListedPublisher publisher,
                           PlatformActivityStore activity, ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.rules = rules;
        this.publisher = publisher;
        this.activity = activity;
    }

    public PlatformAdded add(Caller caller, AddPlatform request) {
        rules.check(request);
        Platform platform = new Platform(UUID.randomUUID().toString(), caller.org(), caller.userId(),
                java.time.Instant.now(), request.name().strip(), request.kind(), request.organizer(), request.topic(),
                request.startsAt(), request.endsAt(), request.programStartsAt(), request.programEndsAt(),
                request.location().strip(), request.cost(), request.networkingSupported(),
                request.expectedAttendance(), List.copyOf(request.audience()), false);
        mongo.insert(platform);
        events.publishEvent(new CatalogChanged(caller.org()));
        publisher.publishSoon(platform);
        return new PlatformAdded(platform.id());
    }

    public PageOf<PlatformView> list(Caller caller, PlatformFilter filter, int page, int size) {
        filter.check();
        Criteria criteria = filter.criteria(caller.org());
        long total = mongo.count(query(criteria), Platform.class);
        Query pageQuery = query(criteria)
                .with(Sort.by(Platform.PROGRAM_STARTS_AT, "_id"))
                .skip(PageRequestCheck.offset(page, size))
                .limit(size);
        List<Platform> platforms = mongo.find(pageQuery, Platform.class);
        Map<String, ActivityCounts> counts = activity.countsOf(platforms.stream().map(Platform::id).toList());
        List<PlatformView> items = platforms.stream()
                .map(platform -> PlatformView.of(platform, counts.getOrDefault(platform.id(), ActivityCounts.NONE)))
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    public PlatformView get(Caller caller, String platformId) {
        // by id alone, the org compared here: {_id, org} would scan every platform on the embedded wire server
        Platform platform = mongo.findById(platformId, Platform.class);
        if (platform == null || !caller.org().equals(platform.org())) {
            throw new NotFoundException("platform", platformId);
        }
        return PlatformView.of(platform, activity.countsOf(platformId));
    }
}
