package com.netfocus.gateway.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallerClaimsTest {

    @Test
    void a_dotted_name_is_a_top_level_claim_when_there_is_one_else_a_path() {
        Map<String, Object> claims = Map.of(
                "extn.team", "top-level",
                "realm_access", Map.of("roles", List.of("a")),
                "https://netfocus.example/org", "namespaced");

        assertThat(ClaimPath.read(claims, "extn.team")).isEqualTo("top-level");
        assertThat(ClaimPath.read(claims, "realm_access.roles")).isEqualTo(List.of("a"));
        assertThat(ClaimPath.read(claims, "https://netfocus.example/org")).isEqualTo("namespaced");
        assertThat(ClaimPath.read(claims, "realm_access.missing")).isNull();
        assertThat(ClaimPath.read(claims, "extn.team.deeper")).isNull();
    }

    @Test
    void without_a_mapping_the_roles_must_be_netfocus_roles_in_the_tokens_order() {
        CallerClaims defaults = new CallerClaims(IdentityClaims.DEFAULTS);

        VerifiedCaller caller = defaults.read(Map.of("sub", "u", "org", "o", "team", "t",
                "roles", List.of("MANAGER", "REP", "MANAGER"))).caller().orElseThrow();
        assertThat(caller).isEqualTo(new VerifiedCaller("u", "o", "t", List.of(Role.MANAGER, Role.REP)));

        assertThat(defaults.read(Map.of("sub", "u", "org", "o", "team", "t", "roles", List.of("REP", "offline_access")))
                .problems()).singleElement().asString().contains("unknown role");
    }

    @Test
    void with_a_mapping_only_mapped_names_count_and_one_name_may_grant_several_roles() {
        IdentityClaims names = new IdentityClaims("oid", "tid", "extn.team", "groups", Map.of(
                Role.ADMIN, List.of("Netfocus.Admin"),
                Role.MANAGER, List.of("Netfocus.Admin", "Netfocus.Manager")));
        CallerClaims claims = new CallerClaims(names);

        VerifiedCaller caller = claims.read(Map.of("oid", "u", "tid", "o", "extn.team", "t",
                "groups", List.of("Everyone", "Netfocus.Admin"))).caller().orElseThrow();
        assertThat(caller.roles()).containsExactly(Role.MANAGER, Role.ADMIN);

        assertThat(claims.read(Map.of("oid", "u", "tid", "o", "extn.team", "t", "groups", List.of("Everyone")))
                .problems()).singleElement().asString().contains("groups").contains("MANAGER, ADMIN");
    }

    @Test
    void every_missing_claim_is_named_by_its_configured_name() {
        CallerClaims claims = new CallerClaims(new IdentityClaims("oid", "tid", "extn.team", "realm_access.roles",
                Map.of()));

        assertThat(claims.read(Map.of("sub", "u", "org", "o", "team", "t", "roles", List.of("REP"))).problems())
                .hasSize(4)
                .anySatisfy(problem -> assertThat(problem).contains("oid"))
                .anySatisfy(problem -> assertThat(problem).contains("tid"))
                .anySatisfy(problem -> assertThat(problem).contains("extn.team"))
                .anySatisfy(problem -> assertThat(problem).contains("realm_access.roles"));
    }

    @Test
    void blank_settings_fall_back_to_the_netfocus_claim_names() {
        IdentityClaims names = new IdentityClaims(" ", null, "", null, null);

        assertThat(names).isEqualTo(IdentityClaims.DEFAULTS);
        assertThat(names.user()).isEqualTo("sub");
        assertThat(names.roles()).isEqualTo("roles");
        assertThat(names.mapsRoles()).isFalse();
    }
}
