package com.netfocus.contact.contact;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How duplicates are recognised: the same e-mail address compared without case, else the same name and
 * company once accents, case, punctuation and repeated spaces are set aside ("José  Díaz, ACME-Corp." and
 * "jose diaz / Acme Corp" are one person). Legal suffixes are kept: "Acme" and "Acme Inc" stay apart,
 * because guessing there would merge different companies.
 */
public final class ContactKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ContactKeys() {
    }

    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String nameKey(String name, String company) {
        return normalised(name) + "|" + normalised(company);
    }

    /**
     * The id a contact created from this key gets, the same every time for the same owner and key: a replayed
     * event or a second import of the same person finds the id taken instead of creating a twin.
     */
    public static String dedupeId(ContactOwner owner, String emailKey, String nameKey) {
        String key = emailKey != null ? "email:" + emailKey : "name:" + nameKey;
        return UUID.nameUUIDFromBytes((owner.org() + "\n" + owner.ownerId() + "\n" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
