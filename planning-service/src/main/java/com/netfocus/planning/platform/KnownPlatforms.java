package com.netfocus.planning.platform;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.catalog.PlatformListed;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's platforms, copied locally from its events ({@code known_platforms}, one document per platform id,
 * with its programme, place, organiser, cost, expected attendance and audience): choosing a platform, briefing a visit
 * and the calendar never call the catalog. Writing the same listing twice leaves the same document.
 */
@Component
public class KnownPlatforms {

    private final MongoCollection<Document> platforms;

    public KnownPlatforms(MongoTemplate mongo) {
        this.platforms = mongo.getCollection("known_platforms");
    }

    public void upsert(PlatformListed listed) {
        Document document = new Document("_id", listed.platformId())
                .append("org", listed.org())
                .append("name", listed.name())
                .append("kind", listed.kind())
                .append("startsAt", date(listed.startsAt()))
                .append("endsAt", date(listed.endsAt()))
                .append("programStartsAt", date(listed.programStartsAt()))
                .append("programEndsAt", date(listed.programEndsAt()))
                .append("location", listed.location())
                .append("organizer", listed.organizer())
                .append("cost", listed.cost())
                .append("expectedAttendance", listed.expectedAttendance())
                .append("audience", !audienceTravelled(listed) ? null : listed.audience().stream()
                        .map(KnownPlatforms::segment).toList());
        platforms.replaceOne(Filters.eq("_id", listed.platformId()), document, new ReplaceOptions().upsert(true));
    }

    /**
     * The platform if it is listed in the given org's catalog. Looked up by {@code _id} alone and the org compared
     * here: the embedded wire server serves a query from an index only when its fields are exactly the index's, so
     * {@code {_id, org}} would scan every platform.
     */
    public Optional<KnownPlatform> find(String platformId, String org) {
        Document document = platforms.find(Filters.eq("_id", platformId)).first();
        return Optional.ofNullable(document).filter(d -> org != null && org.equals(d.getString("org")))
                .map(d -> new KnownPlatform(d.getString("_id"), d.getString("org"), d.getString("name"),
                        d.getString("kind"), instant(d, "startsAt"), instant(d, "endsAt"),
                        instant(d, "programStartsAt"), instant(d, "programEndsAt"), d.getString("location"),
                        d.getString("organizer"), number(d, "cost"), integer(d, "expectedAttendance"), audience(d)));
    }

    /**
     * Whether the listing says whom the platform gathers. A record published before the audience travelled with it
     * reads with an empty audience and no lister: its audience is unknown, not empty.
     */
    static boolean audienceTravelled(PlatformListed listed) {
        return listed.listedAt() != null;
    }

    private static Document segment(AudienceShare segment) {
        return new Document("function", segment.function()).append("position", segment.position())
                .append("industry", segment.industry()).append("share", segment.share());
    }

    /** The stored audience; null when it was listed without one (unknown, not empty). */
    private static List<AudienceShare> audience(Document platform) {
        List<Document> segments = platform.getList("audience", Document.class);
        return segments == null ? null : segments.stream().map(segment -> new AudienceShare(
                segment.getString("function"), segment.getString("position"), segment.getString("industry"),
                segment.get("share", Number.class).doubleValue())).toList();
    }

    private static Double number(Document document, String field) {
        return document.get(field) instanceof Number value ? value.doubleValue() : null;
    }

    private static Integer integer(Document document, String field) {
        return document.get(field) instanceof Number value ? value.intValue() : null;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
