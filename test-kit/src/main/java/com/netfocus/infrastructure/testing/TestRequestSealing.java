package com.netfocus.infrastructure.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

/**
 * In a service's tests, plays the gateway's part for the test REST client (TestRestTemplate, built from the
 * context's RestTemplateBuilder): a request carrying caller headers from {@link TestIdentity#caller} leaves sealed
 * for its own method, path and query, as the gateway seals every request it passes on. Requests without caller
 * headers, or already sealed, leave as they are. Registered as an auto-configuration of this test kit, which only
 * the services' tests have on their class path.
 */
@AutoConfiguration
@ConditionalOnClass({RestTemplate.class, RestTemplateCustomizer.class})
public class TestRequestSealing {

    @Bean
    RestTemplateCustomizer sealingTestRequests() {
        ClientHttpRequestInterceptor sealing = (request, body, execution) -> {
            TestIdentity.sealedFor(request.getHeaders()::getFirst, request.getMethod().name(), request.getURI())
                    .ifPresent(headers -> headers.forEach(pair -> request.getHeaders().set(pair[0], pair[1])));
            return execution.execute(request, body);
        };
        return restTemplate -> restTemplate.getInterceptors().add(sealing);
    }
}
