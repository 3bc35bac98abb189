package com.netfocus.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Hand-made tokens, good and bad, for the tests. */
public final class TestTokens {

    private TestTokens() {
    }

    public static JWTClaimsSet.Builder claims(String sub, String org, String team, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (sub != null) {
            builder.subject(sub);
        }
        if (org != null) {
            builder.claim("org", org);
        }
        if (team != null) {
            builder.claim("team", team);
        }
        if (roles != null) {
            builder.claim("roles", roles);
        }
        return builder;
    }

    public static String hs256(String key, JWTClaimsSet claims) {
        return hs256(key.getBytes(StandardCharsets.UTF_8), claims);
    }

    public static String hs256(SecretKey key, JWTClaimsSet claims) {
        return hs256(key.getEncoded(), claims);
    }

    private static String hs256(byte[] key, JWTClaimsSet claims) {
        try {
            return sign(new MACSigner(key), JWSAlgorithm.HS256, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsecured JWT ("alg": "none") with the given claims and an empty signature. */
    public static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
