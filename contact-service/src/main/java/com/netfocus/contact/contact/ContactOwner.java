package com.netfocus.contact.contact;

import com.netfocus.contracts.caller.Caller;

/**
 * Whose book contacts go into: the user and their team within the org. Duplicates are looked for among this
 * owner's contacts only.
 */
public record ContactOwner(String org, String ownerId, String team) {

    public ContactOwner {
        team = team == null || team.isBlank() ? null : team;
    }

    /** The caller's own book: contacts they add or import are theirs. */
    public static ContactOwner of(Caller caller) {
        return new ContactOwner(caller.org(), caller.userId(), caller.team());
    }
}
