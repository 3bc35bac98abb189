package com.netfocus.contact.contact;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words a contact search asks for: a contact matches when each word begins a word of its name, company,
 * function, position or industry, accents, case and punctuation set aside as the duplicate keys do
 * ({@link ContactKeys}). No words: every contact matches. Pure.
 *
 * <p>Why matching happens here and not in a query: a contact's name is personal data, so the search runs on the values
 * the service reads anyway (revealed, were they sealed), over the contacts the caller may read, streamed in name order
 * from the store, and keeps no copy of a name in an index an erasure would have to find. Its cost grows with the book
 * a caller may read (a rep's own, a manager's team's, an admin's org's): see docs/api.md.
 */
public record ContactSearch(List<String> words) {

    public ContactSearch {
        words = List.copyOf(words);
    }

    public static ContactSearch of(String q) {
        return new ContactSearch(wordsOf(q));
    }

    public boolean asksForAnything() {
        return !words.isEmpty();
    }

    boolean matches(Contact contact) {
        List<String> contactWords = Stream.of(contact.name(), contact.company(), contact.function(), contact.position(),
                contact.industry()).flatMap(text -> wordsOf(text).stream()).toList();
        return words.stream().allMatch(word -> contactWords.stream().anyMatch(each -> each.startsWith(word)));
    }

    private static List<String> wordsOf(String text) {
        String normalised = ContactKeys.normalised(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }
}
