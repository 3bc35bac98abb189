package com.netfocus.gateway.identity;

import com.netfocus.gateway.GatewayApplication;
import com.netfocus.gateway.testing.TestBackends;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local profile signs a token for whoever asks, so it stays on one developer's machine: on the loopback address,
 * and never beside an identity provider, unless a named setting says so.
 */
class LocalProfileSafetyTest {

    private static final LocalProfileProperties STRICT = new LocalProfileProperties(false, false);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void loopback_without_an_identity_provider_may_start() {
        assertThat(LocalProfileSafety.problems(LOOPBACK, null, " ", STRICT)).isEmpty();
    }

    @Test
    void every_interface_or_a_network_address_is_refused_unless_allowed() throws Exception {
        InetAddress everywhere = InetAddress.getByName("0.0.0.0");
        InetAddress network = InetAddress.getByName("192.0.2.10");

        assertThat(LocalProfileSafety.problems(null, null, null, STRICT)).singleElement().asString()
                .contains("every interface").contains("NETFOCUS_LOCAL_ALLOW_NON_LOOPBACK_ADDRESS");
        assertThat(LocalProfileSafety.problems(everywhere, null, null, STRICT)).hasSize(1);
        assertThat(LocalProfileSafety.problems(network, null, null, STRICT)).hasSize(1);
        assertThat(LocalProfileSafety.problems(network, null, null, new LocalProfileProperties(true, false))).isEmpty();
    }

    @Test
    void an_identity_provider_beside_the_local_profile_is_refused_unless_allowed() {
        assertThat(LocalProfileSafety.problems(LOOPBACK, "https://login.acme.example/realms/netfocus", null, STRICT))
                .singleElement().asString().contains("identity provider").contains("NETFOCUS_LOCAL_ALLOW_IDENTITY_PROVIDER");
        assertThat(LocalProfileSafety.problems(LOOPBACK, null, "https://login.acme.example/jwks", STRICT)).hasSize(1);
        assertThat(LocalProfileSafety.problems(LOOPBACK, "https://login.acme.example/realms/netfocus", null,
                new LocalProfileProperties(false, true))).isEmpty();
    }

    @Test
    void the_gateway_refuses_to_start_in_the_local_profile_on_every_interface() {
        assertThatThrownBy(() -> start("--server.address=0.0.0.0").close())
                .hasStackTraceContaining("the local profile refuses to start")
                .hasStackTraceContaining("every interface");
    }

    @Test
    void the_gateway_refuses_to_start_in_the_local_profile_beside_an_issuer() {
        assertThatThrownBy(() -> start(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.acme.example/realms/netfocus")
                .close())
                .hasStackTraceContaining("the local profile refuses to start")
                .hasStackTraceContaining("identity provider");
    }

    @Test
    void by_default_the_local_profile_listens_on_loopback_only() {
        try (ConfigurableApplicationContext gateway = start()) {
            String address = gateway.getEnvironment().getProperty("server.address");
            assertThat(address).isEqualTo("127.0.0.1");
        }
    }

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--netfocus.identity.secret=" + TestBackends.IDENTITY_SECRET,
                "--PLANNING_SERVICE_URL=" + TestBackends.PLANNING.url(),
                "--CATALOG_SERVICE_URL=" + TestBackends.CATALOG.url(),
                "--CONTACT_SERVICE_URL=" + TestBackends.CONTACT.url()));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.REACTIVE)
                .profiles("local")
                .run(arguments.toArray(String[]::new));
    }
}
