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
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The gateway's seal on the caller headers. The gateway verifies the user's token and passes the identity on as
 * headers; this HMAC over those headers (in their encoded form, see {@link HeaderText}), the moment of signing and
 * the request they travel with (method, path and query: {@link SealedRequest}) lets every service check that the
 * identity came from the gateway (which holds the shared secret), for this very request, and was not written by
 * whoever reached the service directly or replayed from another request.
 */
public final class IdentitySignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final String SEPARATOR = "\n";
    private static final String ROLE_SEPARATOR = ",";

    private final SecretKeySpec key;
    /** One keyed Mac per thread: getting and keying a Mac on every request cost more than the HMAC itself. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    public IdentitySignature(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the identity secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * The headers that carry a caller for {@code request}, sealed as of {@code now}, ready to set on it.
     *
     * @throws IllegalArgumentException when a part of the caller holds a control character
     */
    public List<String[]> headersFor(Caller caller, Instant now, SealedRequest request) {
        String user = encodedPart(caller.userId());
        String org = encodedPart(caller.org());
        String team = encodedPart(caller.team());
        String roles = encodedPart(String.join(ROLE_SEPARATOR, new TreeSet<>(caller.roles())));
        String issuedAt = Long.toString(now.getEpochSecond());
        return List.of(
                new String[]{CallerHeaders.USER, user},
                new String[]{CallerHeaders.ORG, org},
                new String[]{CallerHeaders.TEAM, team},
                new String[]{CallerHeaders.ROLES, roles},
                new String[]{CallerHeaders.ISSUED_AT, issuedAt},
                new String[]{CallerHeaders.SIGNATURE, sign(user, org, team, roles, issuedAt, request)});
    }

    /**
     * The caller of {@code request}, if its headers carry an identity sealed with this secret for this request no
     * longer than {@code maxAge} ago (and not in the future beyond it, for clocks that differ a little), whose parts
     * decode to text without control characters.
     */
    public Optional<Caller> verify(Function<String, String> header, SealedRequest request, Instant now,
                                   Duration maxAge) {
        String user = header.apply(CallerHeaders.USER);
        String org = header.apply(CallerHeaders.ORG);
        String team = header.apply(CallerHeaders.TEAM);
        String roles = header.apply(CallerHeaders.ROLES);
        String signature = header.apply(CallerHeaders.SIGNATURE);
        String issuedAtText = header.apply(CallerHeaders.ISSUED_AT);
        if (user == null || org == null || signature == null || issuedAtText == null) {
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
        byte[] expected = sign(user, org, nullToEmpty(team), nullToEmpty(roles), Long.toString(issuedAt), request)
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return decoded(user, org, team, roles);
    }

    private static Optional<Caller> decoded(String user, String org, String team, String roles) {
        Optional<String> userId = decodedPart(user);
        Optional<String> orgId = decodedPart(org);
        Optional<String> teamId = decodedPart(nullToEmpty(team));
        Optional<String> roleNames = decodedPart(nullToEmpty(roles));
        if (userId.isEmpty() || orgId.isEmpty() || teamId.isEmpty() || roleNames.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Caller.fromHeaders(name -> switch (name) {
                case CallerHeaders.USER -> userId.get();
                case CallerHeaders.ORG -> orgId.get();
                case CallerHeaders.TEAM -> teamId.get();
                case CallerHeaders.ROLES -> roleNames.get();
                default -> null;
            }));
        } catch (MissingCallerException missing) {
            return Optional.empty();
        }
    }

    /** The seal over the headers' encoded values; package-private so that tests can seal what the gateway never would. */
    String sign(String user, String org, String team, String roles, String issuedAt, SealedRequest request) {
        String canonical = String.join(SEPARATOR, user, org, team, roles, issuedAt, request.canonical());
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

    private static String encodedPart(String value) {
        String text = nullToEmpty(value);
        if (HeaderText.hasControlCharacter(text)) {
            throw new IllegalArgumentException("a caller's user, org, team and roles hold no control characters");
        }
        return HeaderText.encode(text);
    }

    private static Optional<String> decodedPart(String header) {
        return HeaderText.decode(header.trim()).filter(value -> !HeaderText.hasControlCharacter(value));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
