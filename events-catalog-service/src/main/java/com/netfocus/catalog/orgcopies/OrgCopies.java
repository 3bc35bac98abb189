package com.netfocus.catalog.orgcopies;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * In-memory copies of something read per org from the store (its upcoming platforms, its forecast calibration) that
 * every request of the org shares. A copy older than {@link Settings#refreshAfter()} is still served while it is read
 * again in the background, so that no request waits for that read: on the embedded wire server reading an org's
 * thousands of platforms or hundreds of plans' figures takes hundreds of milliseconds, and under load every request
 * that happened to come after the copy expired paid it. A copy not asked for within {@link Settings#expireAfter()}
 * is dropped and the next request reads it afresh; at most {@link Settings#maxOrgs()} orgs are kept.
 */
public final class OrgCopies<V> {

    private final LoadingCache<String, V> copies;

    /** Reads in the background on the common pool, on the system clock. */
    public OrgCopies(Settings settings, Function<String, V> read) {
        this(settings, read, ForkJoinPool.commonPool(), Ticker.systemTicker());
    }

    OrgCopies(Settings settings, Function<String, V> read, Executor background, Ticker ticker) {
        this.copies = Caffeine.newBuilder()
                .maximumSize(settings.maxOrgs())
                .refreshAfterWrite(settings.refreshAfter())
                .expireAfterWrite(settings.expireAfter())
                .executor(background)
                .ticker(ticker)
                .build(read::apply);
    }

    /** The org's copy: read now when there is none (a failure propagates), else the one held. */
    public V of(String org) {
        return copies.get(org);
    }

    /** The org's data changed here: its next request reads it afresh (a read in flight is discarded). */
    public void forget(String org) {
        copies.invalidate(org);
    }

    /**
     * @param refreshAfter a copy this old is read again in the background, still served meanwhile: changes made
     *                     elsewhere (another instance, the projections) show after about this long
     * @param expireAfter  a copy this old is no longer served (an org not asked for in a while)
     * @param maxOrgs      how many orgs' copies are kept, least recently used dropped first: bounds the memory
     */
    public record Settings(Duration refreshAfter, Duration expireAfter, int maxOrgs) {

        public Settings {
            if (expireAfter.compareTo(refreshAfter) <= 0) {
                throw new IllegalArgumentException("expire-after (" + expireAfter + ") must be longer than refresh-after ("
                        + refreshAfter + "), or every copy would be read while a request waits");
            }
            if (maxOrgs < 1) {
                throw new IllegalArgumentException("max-orgs must be at least 1, was " + maxOrgs);
            }
        }
    }
}
