package com.netfocus.gateway.webapp;

import com.netfocus.gateway.pages.PageHeaders;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.net.URI;

/**
 * Serves the web app: plain HTML, CSS and ES modules from the gateway's jar (no build step, no CDN) under /app/,
 * with "/" sending a browser there. Only files inside the webapp folder are exposed (Boot's static resource
 * mappings stay off). The app calls the API on the same origin with the user's bearer token, so CORS is not needed.
 */
@Configuration
@EnableConfigurationProperties(WebAppProperties.class)
public class WebAppRoutes {

    private static final String FOLDER = "webapp/";
    private static final Resource INDEX = new ClassPathResource(FOLDER + "index.html");

    @Bean
    RouterFunction<ServerResponse> webApp(WebAppProperties properties) {
        return RouterFunctions.route()
                .GET(WebAppPaths.ROOT, request -> ServerResponse.temporaryRedirect(URI.create(WebAppPaths.APP_PAGE))
                        .build())
                .GET(WebAppPaths.APP, request -> ServerResponse.temporaryRedirect(URI.create(WebAppPaths.APP_PAGE))
                        .build())
                .GET(WebAppPaths.APP_PAGE, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .headers(headers -> secure(headers, properties))
                        .bodyValue(INDEX))
                .build()
                .and(RouterFunctions.resources(WebAppPaths.APP_FILES, new ClassPathResource(FOLDER),
                        (resource, headers) -> secure(headers, properties)));
    }

    private static void secure(HttpHeaders headers, WebAppProperties properties) {
        PageHeaders.apply(headers, properties.contentSecurityPolicy(), properties.cacheControl());
    }
}
