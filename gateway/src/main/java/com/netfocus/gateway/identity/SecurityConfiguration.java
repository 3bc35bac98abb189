package com.netfocus.gateway.identity;

import com.netfocus.gateway.apidocs.ApiDocsPaths;
import com.netfocus.gateway.webapp.WebAppPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every request needs a verified bearer token, except the health probe, the API description and its page, the web
 * app's files (and, in the local profile only, the dev token endpoint, which has its own chain). CORS preflights are answered
 * before this chain by {@link com.netfocus.gateway.cors.CorsFilter}. The API is stateless: no session, no CSRF,
 * no login page.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                       ProblemAccessDeniedHandler forbidden,
                                       CallerAuthenticationConverter callers, ReactiveJwtDecoder verifier,
                                       VerifiedTokenCache verifiedTokens) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // metrics for the Prometheus scraper: the management token was checked before this chain
                        // (ManagementAccessFilter), a bearer token of a user has nothing to do with it
                        .pathMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll()
                        // the API description and its page: public, so a client can learn how to get a token
                        .pathMatchers(HttpMethod.GET, ApiDocsPaths.PUBLIC).permitAll()
                        .pathMatchers(ApiDocsPaths.OWN_PART).denyAll()
                        // the web app's files: public; the app asks the user for a token before it calls the API
                        .pathMatchers(HttpMethod.GET, WebAppPaths.PUBLIC).permitAll()
                        // the API contract: only admins list platforms in the catalog
                        .pathMatchers(HttpMethod.POST, "/api/v1/platforms").hasRole(Role.ADMIN.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt
                                // the provider's (or the local profile's) decoder, behind a cache of verified tokens
                                .jwtDecoder(verifiedTokens.inFrontOf(verifier))
                                .jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization decision: with an
     * observation registry present (actuator) Spring Security wraps every filter of the chain in one, which cost
     * allocations and C2 compile time on every request (JFR of the benchmark) while nothing here reads them. The
     * request itself is still observed: http.server.requests on /actuator/prometheus.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
