package com.netfocus.infrastructure.testing;

import com.netfocus.contracts.caller.Roles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.UUID;

/**
 * The callers of the role matrix, as the gateway would pass them on: in one org a plan's owner (a REP of team A),
 * another REP of team A, the MANAGER of team A, a MANAGER of team B and an ADMIN; and an ADMIN of another org.
 * Each set of personas has its own org and user ids, so tests never see each other's data.
 */
public final class Personas {

    public static final String TEAM_A = "team-a";
    public static final String TEAM_B = "team-b";

    public final String org = "org-" + UUID.randomUUID();
    public final String otherOrg = "org-" + UUID.randomUUID();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public final Persona owner = new Persona("owner REP", "ann-" + suffix, org, TEAM_A, Roles.REP);
    public final Persona teammate = new Persona("other REP of the team", "bob-" + suffix, org, TEAM_A, Roles.REP);
    public final Persona manager = new Persona("MANAGER of the team", "meg-" + suffix, org, TEAM_A, Roles.MANAGER);
    public final Persona otherManager = new Persona("MANAGER of another team", "max-" + suffix, org, TEAM_B, Roles.MANAGER);
    public final Persona admin = new Persona("ADMIN", "ada-" + suffix, org, "team-z", Roles.ADMIN);
    public final Persona stranger = new Persona("ADMIN of another org", "oz-" + suffix, otherOrg, TEAM_A,
            Roles.ADMIN + "," + Roles.MANAGER + "," + Roles.REP);

    public record Persona(String description, String userId, String org, String team, String roles) {

        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            TestIdentity.caller(headers::set, userId, org, team, roles);
            return headers;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A request without the gateway's identity headers. */
    public static HttpHeaders anonymous() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
