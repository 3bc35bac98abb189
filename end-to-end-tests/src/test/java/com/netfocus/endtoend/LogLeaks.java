package com.netfocus.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds credentials in log text: anything shaped like a JWT, and anything shaped like an identity signature. */
final class LogLeaks {

    /** header.payload.signature, each base64url; a JWT's header always starts with {"  (eyJ). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern SEAL_SHAPED = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

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
     * Everything in the logs shaped like an identity signature: an HMAC-SHA256 in unpadded base64url is 43 characters
     * of letters in both cases, digits, '-' and '_'. (A seal covers its own request, so the seals of a run cannot be
     * listed beforehand; their shape can be looked for. A 32-byte secret has the same shape, and must not be logged
     * either.)
     */
    static List<String> signatures(String logs) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SEAL_SHAPED.matcher(logs);
        while (matcher.find()) {
            String candidate = matcher.group();
            if (candidate.chars().anyMatch(Character::isUpperCase) && candidate.chars().anyMatch(Character::isLowerCase)
                    && candidate.chars().anyMatch(Character::isDigit)) {
                found.add(candidate);
            }
        }
        return found;
    }
}
