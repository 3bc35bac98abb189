package com.netfocus.planning.eventstore;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The aggregate cache as several planning instances need it. Each instance keeps its own copies of the plans it
 * served; another instance may have appended to a plan since (the gateway sends each request to any instance). A
 * stale copy would judge a command on an old state: an append would then clash and be judged again, but a refusal
 * would not (a target refused for an objective that another instance had just defined). So a plan taken from the
 * cache is used only if no event after its version is stored; otherwise it is dropped and Axon loads the plan from
 * the store (snapshot and events). One read by the store's unique (plan, sequence) key per cached load.
 */
public final class CurrentPlanCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(CurrentPlanCache.class);
    private static final Field VERSION = versionField();

    private final Cache cache;
    private final StoredPlanVersions store;

    public CurrentPlanCache(Cache cache, StoredPlanVersions store) {
        this.cache = cache;
        this.store = store;
    }

    @Override
    public <K, V> V get(K key) {
        V cached = cache.get(key);
        if (cached instanceof AggregateCacheEntry<?> entry && !isCurrent(key.toString(), entry)) {
            log.debug("plan {} moved on in the store since this instance cached it: loading it from the store", key);
            cache.remove(key);
            return null;
        }
        return cached;
    }

    private boolean isCurrent(String planId, AggregateCacheEntry<?> entry) {
        Long version = versionOf(entry);
        // a copy whose version cannot be told is not trusted: the store has the plan as it is
        return version != null && !store.hasEventAfter(planId, version);
    }

    /** The sequence number of the last event the cached copy applied (Axon keeps it in the entry, unexposed). */
    static Long versionOf(AggregateCacheEntry<?> entry) {
        if (VERSION == null) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            log.warn("cannot read the version of cached plans ({}): every plan is loaded from the store", e.toString());
            return null;
        }
    }

    @Override
    public void put(Object key, Object value) {
        cache.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cache.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return cache.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        cache.computeIfPresent(key, update);
    }

    @Override
    public boolean remove(Object key) {
        return cache.remove(key);
    }

    @Override
    public void removeAll() {
        cache.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cache.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return cache.registerCacheEntryListener(cacheEntryListener);
    }
}
