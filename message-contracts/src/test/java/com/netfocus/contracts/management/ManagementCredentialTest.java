package com.netfocus.contracts.management;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagementCredentialTest {

    private static final String TOKEN = "a-management-token-long-enough-to-be-safe";

    @Test
    void health_is_open_and_every_other_management_path_is_guarded() {
        assertThat(ManagementCredential.guards("/actuator/health")).isFalse();
        assertThat(ManagementCredential.guards("/actuator/health/readiness")).isFalse();
        assertThat(ManagementCredential.guards("/actuator/prometheus")).isTrue();
        assertThat(ManagementCredential.guards("/actuator/mappings")).isTrue();
        assertThat(ManagementCredential.guards("/actuator")).isTrue();
        assertThat(ManagementCredential.guards("/actuator/healthy-looking")).isTrue();
        assertThat(ManagementCredential.guards("/api/v1/plans")).isFalse();
    }

    @Test
    void only_the_configured_bearer_token_is_accepted() {
        ManagementCredential credential = new ManagementCredential(TOKEN);

        assertThat(credential.accepts("Bearer " + TOKEN)).isTrue();
        assertThat(credential.accepts("bearer " + TOKEN)).isTrue();
        assertThat(credential.accepts("Bearer " + TOKEN + "x")).isFalse();
        assertThat(credential.accepts("Basic " + TOKEN)).isFalse();
        assertThat(credential.accepts(null)).isFalse();
    }

    @Test
    void without_a_token_nothing_is_accepted_and_a_short_token_is_refused() {
        ManagementCredential none = new ManagementCredential("");
        assertThat(none.accepts("Bearer ")).isFalse();
        assertThat(none.accepts("Bearer anything")).isFalse();
        assertThat(none.refusal()).contains("NETFOCUS_MANAGEMENT_TOKEN");

        assertThatThrownBy(() -> new ManagementCredential("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
