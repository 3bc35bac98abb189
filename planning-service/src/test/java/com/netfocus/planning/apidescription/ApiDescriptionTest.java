package com.netfocus.planning.apidescription;

import com.netfocus.infrastructure.testing.apidescription.ApiDescriptionTests;
import com.netfocus.planning.support.ServiceApiTest;

/** Planning's own API description, as the gateway reads it to merge it ({@link ApiDescriptionTests}). */
class ApiDescriptionTest extends ServiceApiTest implements ApiDescriptionTests {

    @Override
    public int port() {
        return port;
    }
}
