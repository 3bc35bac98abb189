package com.netfocus.catalog.apidescription;

import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.apidescription.ApiDescriptionTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog service's own API description, as the gateway reads it to merge it ({@link ApiDescriptionTests}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest implements ApiDescriptionTests {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "apidescription");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }
}
