package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.IdentitySignature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerSealsTest {

    private static final IdentitySignature SIGNATURE =
            new IdentitySignature("caller-seals-test-identity-secret-long-enough");
    private static final VerifiedCaller REP = new VerifiedCaller("rep-1", "org-a", "team-x", List.of(Role.REP));
    private static final VerifiedCaller MANAGER =
            new VerifiedCaller("rep-1", "org-a", "team-x", List.of(Role.REP, Role.MANAGER));

    private final CallerSeals seals = new CallerSeals(SIGNATURE, 100);

    @Test
    void a_remembered_seal_is_exactly_the_one_signing_again_would_give() {
        String first = seals.sealOf(REP, 1_000);
        String again = seals.sealOf(REP, 1_000);

        assertThat(again).isEqualTo(first)
                .isEqualTo(SIGNATURE.sign("rep-1", "org-a", "team-x", Set.of("REP"), 1_000));
    }

    @Test
    void each_second_and_each_caller_has_its_own_seal() {
        String now = seals.sealOf(REP, 1_000);
        String next = seals.sealOf(REP, 1_001);
        String otherRoles = seals.sealOf(MANAGER, 1_001);

        assertThat(next).isNotEqualTo(now)
                .isEqualTo(SIGNATURE.sign("rep-1", "org-a", "team-x", Set.of("REP"), 1_001));
        assertThat(otherRoles).isNotEqualTo(next)
                .isEqualTo(SIGNATURE.sign("rep-1", "org-a", "team-x", Set.of("REP", "MANAGER"), 1_001));
        assertThat(seals.sealOf(REP, 1_000)).as("an earlier second is signed again, not mixed up")
                .isEqualTo(now);
    }
}
