package com.netfocus.contracts.caller;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The gateway's seal on the caller headers. The gateway verifies the user's token and passes the identity on as
 * headers; this HMAC over those headers and the moment of signing lets every service check that the identity came
 * from the gateway (which holds the shared secret) and was not written by whoever reached the service directly.
 */
public final class IdentitySignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final String SEPARATOR = "\n";

    private final SecretKeySpec key;
    /** One keyed Mac per thread: getting and keying a Mac on every request cost more than the HMAC itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    public IdentitySignature(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the identity secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature of a caller's identity as of {@code issuedAt} (seconds), for {@link CallerHeaders#SIGNATURE}. */
    public String sign(String userId, String org, String team, Set<String> roles, long issuedAtEpochSecond) {
        String canonical = String.join(SEPARATOR, nullToEmpty(userId), nullToEmpty(org), nullToEmpty(team),
                String.join(",", new TreeSet<>(roles)), Long.toString(issuedAtEpochSecond));
        // doFinal leaves the Mac reset, ready for the next message under the same key
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(macs.get().doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The headers that carry a caller and its seal, ready to set on a request. */
    public List<String[]> headersFor(Caller caller, Instant now) {
        long issuedAt = now.getEpochSecond();
        return List.of(
                new String[]{CallerHeaders.USER, caller.userId()},
                new String[]{CallerHeaders.ORG, caller.org()},
                new String[]{CallerHeaders.TEAM, caller.team()},
                new String[]{CallerHeaders.ROLES, String.join(",", new TreeSet<>(caller.roles()))},
                new String[]{CallerHeaders.ISSUED_AT, Long.toString(issuedAt)},
                new String[]{CallerHeaders.SIGNATURE, sign(caller.userId(), caller.org(), caller.team(), caller.roles(), issuedAt)});
    }

    /**
     * The caller of a request, if its headers carry an identity sealed with this secret no longer than
     * {@code maxAge} ago (and not in the future beyond it, for clocks that differ a little).
     */
    public Optional<Caller> verify(Function<String, String> header, Instant now, Duration maxAge) {
        Caller caller;
        try {
            caller = Caller.fromHeaders(header);
        } catch (MissingCallerException missing) {
            return Optional.empty();
        }
        String signature = header.apply(CallerHeaders.SIGNATURE);
        String issuedAtText = header.apply(CallerHeaders.ISSUED_AT);
        if (signature == null || issuedAtText == null) {
            return Optional.empty();
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(issuedAtText.trim());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        if (Math.abs(now.getEpochSecond() - issuedAt) > maxAge.toSeconds()) {
            return Optional.empty();
        }
        byte[] expected = sign(caller.userId(), caller.org(), caller.team(), caller.roles(), issuedAt)
                .getBytes(StandardCharsets.UTF_8);
        boolean genuine = MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
        return genuine ? Optional.of(caller) : Optional.empty();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
