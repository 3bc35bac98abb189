package com.netfocus.benchmarks.load;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Signs in the org's people (dev tokens of the local profile): one admin, and reps spread over the teams. */
public final class OrgBuilder {

    static final int PERIOD_DAYS = 180;
    static final int DEADLINE_DAYS = 120;

    private final Api gateway;

    public OrgBuilder(Api gateway) {
        this.gateway = gateway;
    }

    public Rep admin(String org) {
        return signIn(-1, "admin-bench", org, "team-00", List.of("ADMIN", "MANAGER", "REP"));
    }

    public List<Rep> reps(String org, int teams, int reps) {
        List<Rep> signedIn = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            signedIn.add(signIn(i, String.format("rep-%04d", i), org, String.format("team-%02d", i % teams),
                    List.of("REP")));
        }
        return signedIn;
    }

    /**
     * The org of a built catalog. Its plans' period begins the day before (an attendance logged just after midnight
     * still lies inside it) and reaches past the catalog's last programme.
     */
    public static Org org(String name, Rep admin, List<Rep> reps, CatalogBuilder.Built catalog) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate periodEnd = today.plusDays(PERIOD_DAYS);
        LocalDate lastProgramme = catalog.layout().dayAfterLastProgramme();
        return new Org(name, admin, reps, catalog.layout(), catalog.platforms(), today.minusDays(1),
                lastProgramme.isAfter(periodEnd) ? lastProgramme : periodEnd, today.plusDays(DEADLINE_DAYS));
    }

    private Rep signIn(int index, String user, String org, String team, List<String> roles) {
        Answer answer = SetUpRequest.sent(() -> gateway.post("/api/v1/dev/token", null, Map.of("sub", user, "org",
                org, "team", team, "roles", roles)));
        if (!answer.ok()) {
            throw new IllegalStateException("no dev token for " + user + ": " + answer.status() + " " + answer.body());
        }
        return new Rep(index, user, org, team, roles, answer.text("token"));
    }
}
