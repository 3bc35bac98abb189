package com.netfocus.gateway.identity;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.UUID;

import static com.netfocus.gateway.testing.ForwardedCaller.assertForwarded;
import static com.netfocus.gateway.testing.TestBackends.CATALOG;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/** Microsoft Entra ID's layout, configured exactly as the README's snippet (identity-providers/entra-id.yml). */
@TestPropertySource(properties = "spring.config.import=classpath:identity-providers/entra-id.yml")
class EntraIdLayoutTest extends ProviderGatewayTest {

    private static final String TENANT = "6f1c2b7e-0d3a-4e59-9b8c-1a2d3e4f5a6b";
    private static final String ISSUER = "https://login.microsoftonline.com/" + TENANT + "/v2.0";
    private static final String API_CLIENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String OBJECT_ID = "8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586";

    @Test
    void app_roles_are_mapped_the_tenant_is_the_org_and_oid_the_user() {
        String path = "/api/v1/plans/" + UUID.randomUUID();

        get(path, entraToken(List.of("Netfocus.Rep"))).expectStatus().isOk();

        assertForwarded(PLANNING.lastRequestTo(path).orElseThrow(), OBJECT_ID, TENANT, "team-emea", "REP");
    }

    @Test
    void a_mapped_admin_may_list_a_platform_and_a_rep_may_not() {
        String marker = UUID.randomUUID().toString();
        client.post().uri("/api/v1/platforms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + entraToken(List.of("Netfocus.Admin")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"" + marker + "\"}")
                .exchange()
                .expectStatus().isOk();
        assertForwarded(CATALOG.lastRequestTo("/api/v1/platforms").orElseThrow(), OBJECT_ID, TENANT, "team-emea",
                "ADMIN");

        client.post().uri("/api/v1/platforms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + entraToken(List.of("Netfocus.Rep")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_token_of_another_tenant_or_without_the_team_attribute_is_401() {
        get("/api/v1/plans", providerToken(claims(List.of("Netfocus.Rep"))
                .issuer("https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0")))
                .expectStatus().isUnauthorized();
        get("/api/v1/plans", providerToken(claims(List.of("Netfocus.Rep")).claim("extn.team", null)))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).contains("extn.team"));
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static String entraToken(List<String> appRoles) {
        return providerToken(claims(appRoles));
    }

    /** A v2.0 access token: sub is pairwise per app, oid is the user in the tenant, tid the tenant. */
    private static JWTClaimsSet.Builder claims(List<String> appRoles) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(API_CLIENT_ID)
                .subject("AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ")
                .claim("oid", OBJECT_ID)
                .claim("tid", TENANT)
                .claim("ver", "2.0")
                .claim("extn.team", "team-emea")
                .claim("roles", appRoles);
    }
}
