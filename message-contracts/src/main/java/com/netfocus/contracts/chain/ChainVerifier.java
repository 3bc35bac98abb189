package com.netfocus.contracts.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Walks one plan's stored events along its hash chain and finds the first that cannot be vouched for: altered (its
 * content no longer matches its hash), missing (removed: a gap, or the store ending before what was published), out of
 * its place (it does not follow the hash of the event before it), or without a hash where the chain runs. Events
 * may be offered in any order (a pass over the whole store reads them as they lie): each is checked once the ones
 * before it were, and only those that arrive early are held.
 *
 * <p>The chain runs from the start recorded for the plan (a plan stored before chains existed starts at its first
 * event since) or else from 0. A plan with no start recorded and no hashed event at all was stored before chains
 * existed and has had no event since: nothing to vouch for yet.
 */
public final class ChainVerifier {

    static final String ALTERED = "the event's content does not match its hash: it was altered, or moved to "
            + "this sequence, after it was stored";
    static final String OUT_OF_PLACE = "the event does not follow the hash of the event before it: that one was "
            + "altered, removed or put in another order";
    static final String NO_HASH = "the event carries no hash, though the plan's chain runs from sequence %d";
    static final String UNRECORDED_START = "the event carries no hash, though later events of the plan do and no "
            + "chain start is recorded for it";
    static final String GAP = "the store holds no event at this sequence, though it holds later ones: it was removed";
    static final String MISSING_TAIL = "the store holds no event at this sequence, though the plan's events were "
            + "published up to sequence %d: it was removed";

    private final Long recordedStart;
    private final TreeMap<Long, ChainLink> early = new TreeMap<>();
    private long next;
    private String previousHash = EventHash.CHAIN_START;
    private long checked;
    private long lastSeen = -1;
    private Long firstUnhashed;
    private boolean hashSeen;
    private ChainBreak firstBreak;

    /** @param recordedStart the chain start recorded for the plan, or null (the chain runs from 0) */
    public ChainVerifier(Long recordedStart) {
        this.recordedStart = recordedStart;
        this.next = recordedStart == null ? 0 : recordedStart;
    }

    public void offer(ChainLink link) {
        lastSeen = Math.max(lastSeen, link.sequence());
        hashSeen |= link.hashed();
        if (firstBreak != null || link.sequence() < next) {
            return; // past the first break, or before the chain's start: nothing more to learn
        }
        if (link.sequence() > next) {
            early.put(link.sequence(), link);
            return;
        }
        check(link);
        while (firstBreak == null && !early.isEmpty() && early.firstKey() == next) {
            check(early.pollFirstEntry().getValue());
        }
    }

    /**
     * The verdict once every stored event of the plan was offered.
     *
     * @param publishedThrough the last sequence of the plan known to have been published, or null
     */
    public ChainVerdict verdict(Long publishedThrough) {
        boolean chained = recordedStart != null || hashSeen;
        if (firstBreak == null && firstUnhashed != null && hashSeen) {
            firstBreak = new ChainBreak(firstUnhashed, UNRECORDED_START);
        }
        if (firstBreak == null && !early.isEmpty()) {
            firstBreak = new ChainBreak(next, GAP);
        }
        if (firstBreak == null && publishedThrough != null && lastSeen < publishedThrough) {
            firstBreak = new ChainBreak(Math.max(lastSeen + 1, next), MISSING_TAIL.formatted(publishedThrough));
        }
        Long start = recordedStart != null ? recordedStart : chained ? Long.valueOf(0) : null;
        return new ChainVerdict(firstBreak == null, checked, start, firstBreak);
    }

    private void check(ChainLink link) {
        next = link.sequence() + 1;
        if (!link.hashed()) {
            if (recordedStart != null) {
                firstBreak = new ChainBreak(link.sequence(), NO_HASH.formatted(recordedStart));
            } else if (firstUnhashed == null) {
                firstUnhashed = link.sequence(); // stored before chains, unless a later event is hashed
            }
            return;
        }
        if (firstUnhashed != null) {
            firstBreak = new ChainBreak(firstUnhashed, UNRECORDED_START);
        } else if (!link.storedHash().equals(link.contentHash())) {
            firstBreak = new ChainBreak(link.sequence(), ALTERED);
        } else if (!previousHash.equals(link.storedPrevious())) {
            firstBreak = new ChainBreak(link.sequence(), OUT_OF_PLACE);
        } else {
            previousHash = link.storedHash();
            checked++;
        }
    }

    /** The verdict on one plan's stored event documents, as read. */
    public static ChainVerdict verify(Long recordedStart, Iterable<? extends Map<String, ?>> documents,
                                      Long publishedThrough) {
        ChainVerifier verifier = new ChainVerifier(recordedStart);
        documents.forEach(document -> verifier.offer(ChainLink.of(document)));
        return verifier.verdict(publishedThrough);
    }
}
