package com.netfocus.catalog.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.time.Duration;
import java.time.Instant;

/** A valid platform request body, to be broken field by field by the tests. */
public final class PlatformJson {

    private PlatformJson() {
    }

    /** An audience segment of a platform request: a kind of person and the share of the attendance they make up. */
    public static ObjectNode segment(String function, String position, String industry, double share) {
        ObjectNode segment = PlanEventCodec.mapper().createObjectNode();
        segment.put("function", function);
        segment.put("position", position);
        segment.put("industry", industry);
        segment.put("share", share);
        return segment;
    }

    public static ObjectNode valid(String name, String kind, Instant programStart) {
        ObjectNode body = PlanEventCodec.mapper().createObjectNode();
        body.put("name", name);
        body.put("kind", kind);
        body.put("organizer", "Chamber of Commerce");
        body.put("topic", "Supply chains in 2026");
        body.put("startsAt", programStart.minus(Duration.ofHours(1)).toString());
        body.put("endsAt", programStart.plus(Duration.ofHours(4)).toString());
        body.put("programStartsAt", programStart.toString());
        body.put("programEndsAt", programStart.plus(Duration.ofHours(2)).toString());
        body.put("location", "Town hall, Utrecht");
        body.put("cost", 45.50);
        body.put("networkingSupported", true);
        body.put("expectedAttendance", 120);
        ArrayNode audience = body.putArray("audience");
        audience.addObject().put("function", "Purchasing").put("position", "Director").put("industry", "Logistics")
                .put("share", 0.4);
        audience.addObject().put("function", "Operations").put("position", "Manager").put("share", 0.3);
        return body;
    }
}
