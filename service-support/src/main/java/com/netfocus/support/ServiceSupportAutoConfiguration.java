package com.netfocus.support;

import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.support.access.RoleCheckInterceptor;
import com.netfocus.support.caller.CallerArgumentResolver;
import com.netfocus.support.caller.VerifiedCallerFilter;
import com.netfocus.contracts.management.ManagementCredential;
import com.netfocus.support.correlation.CorrelationIdFilter;
import com.netfocus.support.management.ManagementAccessFilter;
import com.netfocus.support.management.ManagementProperties;
import com.netfocus.support.negotiation.AcceptHeaderCheck;
import com.netfocus.support.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Switches on the caller, role, correlation, content negotiation and problem handling in every service that depends on
 * this module.
 */
@AutoConfiguration
@Import(ProblemResponses.class)
@EnableConfigurationProperties(ManagementProperties.class)
public class ServiceSupportAutoConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ServiceSupportAutoConfiguration.class);

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptHeaderCheck());
        registry.addInterceptor(new RoleCheckInterceptor());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Verifies the gateway's seal on the caller headers. Without the shared secret the service still starts (its
     * health and the consumers work) but accepts no API caller, and says so loudly.
     */
    @Bean
    FilterRegistrationBean<VerifiedCallerFilter> verifiedCallerFilter(
            @Value("${netfocus.identity.secret:}") String secret,
            @Value("${netfocus.identity.max-age:60s}") Duration maxAge) {
        Optional<IdentitySignature> seal = Optional.empty();
        if (secret.isBlank()) {
            log.error("NETFOCUS_IDENTITY_SECRET is not set: every API call will be refused with 401. Set it to the "
                    + "secret the gateway seals caller identities with.");
        } else {
            seal = Optional.of(new IdentitySignature(secret));
        }
        FilterRegistrationBean<VerifiedCallerFilter> registration =
                new FilterRegistrationBean<>(new VerifiedCallerFilter(seal, maxAge, Clock.systemUTC()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Metrics and every other management endpoint but health need the management token
     * ({@code netfocus.management.token}, env NETFOCUS_MANAGEMENT_TOKEN); without it only health is served.
     */
    @Bean
    FilterRegistrationBean<ManagementAccessFilter> managementAccessFilter(ManagementProperties management) {
        FilterRegistrationBean<ManagementAccessFilter> registration = new FilterRegistrationBean<>(
                new ManagementAccessFilter(new ManagementCredential(management.token())));
        registration.addUrlPatterns(ManagementCredential.BASE_PATH, ManagementCredential.BASE_PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
