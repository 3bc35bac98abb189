package com.netfocus.gateway.apidocs;

/** Where the gateway serves the API description and the browsable API page; all of them without a token. */
public final class ApiDocsPaths {

    public static final String OPENAPI_YAML = "/api/v1/openapi.yaml";
    public static final String OPENAPI_JSON = "/api/v1/openapi.json";
    public static final String PAGE = "/api/docs";
    /** The page's own script and the Swagger UI files from the webjar. */
    public static final String PAGE_FILES = PAGE + "/**";
    public static final String SWAGGER_UI_FILES = PAGE + "/swagger-ui/";

    /**
     * Where springdoc would serve the gateway's own part of the description: never served, since only the merged
     * description is the API's.
     */
    public static final String[] OWN_PART = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};

    /** For the security configuration: GET on these needs no token. */
    public static final String[] PUBLIC = {OPENAPI_YAML, OPENAPI_JSON, PAGE, PAGE_FILES};

    private ApiDocsPaths() {
    }
}
