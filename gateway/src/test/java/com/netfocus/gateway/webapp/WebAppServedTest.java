package com.netfocus.gateway.webapp;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** As in production (no local profile): the web app's files need no token; its API calls do. */
class WebAppServedTest extends ProviderGatewayTest {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript");

    @Test
    void the_root_and_app_send_the_browser_to_the_app_page() {
        for (String path : new String[]{"/", "/app"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isTemporaryRedirect()
                    .expectHeader().location("/app/");
        }
    }

    @Test
    void the_page_is_html_with_a_strict_content_security_policy_and_revalidated() {
        String page = client.get().uri("/app/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("default-src 'self'").contains("script-src 'self'")
                        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<main id=\"main\"").contains("<script type=\"module\" src=\"/app/js/main.js\">")
                .contains("lang=\"en\"").contains("name=\"viewport\"")
                // everything from this gateway: no CDN
                .doesNotContain("https://", "http://");
    }

    @Test
    void scripts_styles_and_images_come_with_their_content_types() {
        for (String module : new String[]{"/app/js/main.js", "/app/js/api/client.js", "/app/js/plans/plan-page.js",
                "/app/js/plans/checklist.js", "/app/js/wording/messages.js", "/app/js/ui/charts.js",
                "/app/js/teams/team-page.js", "/app/js/teams/coverage-view.js", "/app/js/plans/briefing-page.js"}) {
            client.get().uri(module).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(JAVASCRIPT)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .expectBody(String.class).value(script -> assertThat(script).contains("import {").doesNotContain("eval("));
        }
        client.get().uri("/app/app.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/css"))
                .expectBody(String.class).value(css -> assertThat(css).contains(":focus-visible"));
        client.get().uri("/app/icon.svg").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("image/svg+xml"));
    }

    @Test
    void only_the_app_folder_is_exposed_and_the_api_still_needs_a_token() {
        client.get().uri("/app/no-such-file.js").exchange()
                .expectStatus().isNotFound();
        client.get().uri("/app/../application.yml").exchange()
                .expectStatus().is4xxClientError()
                .expectBody(String.class)
                .value(body -> assertThat(Objects.toString(body, "")).doesNotContain("spring:"));
        client.get().uri("/application.yml").exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/app/").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/v1/contacts").exchange()
                .expectStatus().isUnauthorized();
    }
}
