package com.netfocus.endtoend;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds credentials in log text: anything shaped like a JWT, and the identity signatures a run could have made. */
final class LogLeaks {

    /** header.payload.signature, each base64url; a JWT's header always starts with {"  (eyJ). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private LogLeaks() {
    }

    static List<String> jwts(String logs) {
        List<String> found = new ArrayList<>();
        Matcher matcher = JWT.matcher(logs);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /**
     * Every signature the gateway could have sealed these callers' identities with during the run (one per second,
     * per secret), that appears in the logs.
     */
    static List<String> signatures(String logs, List<String> secrets, Instant from, Instant to, List<Caller> callers) {
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            IdentitySignature seal = new IdentitySignature(secret);
            for (long second = from.getEpochSecond() - 1; second <= to.getEpochSecond(); second++) {
                for (Caller caller : callers) {
                    String signature = seal.sign(caller.userId(), caller.org(), caller.team(), caller.roles(), second);
                    if (logs.contains(signature)) {
                        found.add(caller.userId() + "@" + second);
                    }
                }
            }
        }
        return found;
    }
}
