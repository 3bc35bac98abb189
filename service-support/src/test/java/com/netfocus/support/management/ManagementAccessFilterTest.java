package com.netfocus.support.management;

import com.netfocus.contracts.management.ManagementCredential;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementAccessFilterTest {

    private static final String TOKEN = "the-scraper's-management-token-long-enough";

    private final ManagementAccessFilter filter = new ManagementAccessFilter(new ManagementCredential(TOKEN));

    @Test
    void health_passes_without_a_credential() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
    }

    @Test
    void metrics_and_the_rest_need_the_management_token() throws Exception {
        for (String path : new String[]{"/actuator/prometheus", "/actuator/mappings", "/actuator", "/actuator/env"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.addHeader("Authorization", "Bearer not-the-token");
            filter.doFilter(request, response, chain);

            assertThat(chain.getRequest()).as(path).isNull();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("management token");
        }

        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest scrape = new MockHttpServletRequest("GET", "/actuator/prometheus");
        scrape.addHeader("Authorization", "Bearer " + TOKEN);
        filter.doFilter(scrape, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void the_api_is_not_its_business() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/plans"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
