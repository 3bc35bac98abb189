package com.netfocus.gateway.apidocs;

import com.netfocus.gateway.pages.PageHeaders;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the merged OpenAPI description and the browsable API page (Swagger UI from its webjar, no CDN). Boot's static
 * resource mappings are off (spring.web.resources.add-mappings=false), so only these files are exposed. Router
 * functions are consulted before the gateway's routes, and no route covers these paths anyway. The page and its files
 * carry a strict content security policy, as the web app's do.
 */
@Configuration
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsRoutes {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final String PAGE_FOLDER = "apidocs/page/";

    @Bean
    RouterFunction<ServerResponse> apiDocs(MergedDescription description, ApiDocsProperties properties) {
        return RouterFunctions.route()
                .GET(ApiDocsPaths.OPENAPI_YAML, request -> description.current(request.exchange().getRequest())
                        .flatMap(document -> ServerResponse.ok().contentType(YAML).bodyValue(document.yaml())))
                .GET(ApiDocsPaths.OPENAPI_JSON, request -> description.current(request.exchange().getRequest())
                        .flatMap(document -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(document.json())))
                .GET(ApiDocsPaths.PAGE, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .headers(headers -> secure(headers, properties))
                        .bodyValue(new ClassPathResource(PAGE_FOLDER + "index.html")))
                .build()
                .and(RouterFunctions.resources(ApiDocsPaths.PAGE + "/netfocus/**",
                        new ClassPathResource(PAGE_FOLDER), (resource, headers) -> secure(headers, properties)))
                .and(RouterFunctions.resources(ApiDocsPaths.SWAGGER_UI_FILES + "**", SwaggerUiWebJar.files(),
                        (resource, headers) -> secure(headers, properties)));
    }

    private static void secure(HttpHeaders headers, ApiDocsProperties properties) {
        PageHeaders.apply(headers, properties.contentSecurityPolicy(), properties.cacheControl());
    }
}
