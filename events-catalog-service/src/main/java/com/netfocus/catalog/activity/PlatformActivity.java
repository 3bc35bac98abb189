package com.netfocus.catalog.activity;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/**
 * The projection of plan events for one platform, kept apart from the platform itself so that it can be
 * dropped and rebuilt by replaying the topic. {@code appliedSequences} holds, per plan, the sequence of the
 * last event of that plan applied here (keys encoded by {@link AppliedSequenceKey}): the guard that makes a
 * redelivered event change nothing. {@code revision} counts the writes (absent before the first): the
 * compare-and-set guard of every update, since many plans' events change one platform's document.
 */
@Document(PlatformActivity.COLLECTION)
public record PlatformActivity(
        @Id String platformId,
        String org,
        long timesChosen,
        long attendances,
        long peopleMet,
        Map<String, Long> appliedSequences,
        Long revision,
        Map<String, Long> attendancePeople) {

    public static final String COLLECTION = "platform_activity";
    static final String ORG = "org";
    static final String TIMES_CHOSEN = "timesChosen";
    static final String ATTENDANCES = "attendances";
    static final String PEOPLE_MET = "peopleMet";
    static final String APPLIED_SEQUENCES = "appliedSequences";
    /** Per attendance (by id, as a field name: see {@link AppliedSequenceKey#keyFor}), the people met there. */
    static final String ATTENDANCE_PEOPLE = "attendancePeople";
    public static final String REVISION = "revision";

    ActivityCounts counts() {
        return new ActivityCounts(timesChosen, attendances, peopleMet);
    }
}
