package com.netfocus.gateway.testing;

import com.netfocus.contracts.caller.CallerHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service got told about the caller: the X-Netfocus-* headers, each exactly once. */
public final class ForwardedCaller {

    private ForwardedCaller() {
    }

    public static void assertForwarded(RecordedRequest received, String user, String org, String team, String roles) {
        assertThat(received.headerValues(CallerHeaders.USER)).containsExactly(user);
        assertThat(received.headerValues(CallerHeaders.ORG)).containsExactly(org);
        assertThat(received.headerValues(CallerHeaders.TEAM)).containsExactly(team);
        assertThat(received.headerValues(CallerHeaders.ROLES)).containsExactly(roles);
        assertThat(received.headerValues("Authorization")).as("the token stays at the gateway").isEmpty();
    }
}
