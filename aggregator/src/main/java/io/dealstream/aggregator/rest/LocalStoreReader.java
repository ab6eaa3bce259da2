package io.dealstream.aggregator.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's stores. A store that is not queryable yet (restoring, migrating during a
 * rebalance) is retried with exponential backoff within a time budget; after that the answer is
 * "unavailable", never an exception, and never a wait longer than the budget.
 */
public final class LocalStoreReader {

    private static final long FIRST_BACKOFF_MS = 25;
    private static final long MAX_BACKOFF_MS = 400;

    private final StoreSource source;
    private final Duration retryBudget;

    public LocalStoreReader(StoreSource source, Duration retryBudget) {
        this.source = source;
        this.retryBudget = retryBudget;
    }

    @SuppressWarnings("unchecked")
    public <V> QueryResult<V> get(String store, String key, Integer partition, boolean stale) {
        return withRetry(() -> {
            Object value = source.store(store, partition, stale).get(key);
            return value == null ? QueryResult.notFound("no entry '" + key + "' in " + store)
                    : QueryResult.local((V) value);
        });
    }

    @SuppressWarnings("unchecked")
    public <V> QueryResult<List<V>> values(String store, Integer partition, boolean stale) {
        return withRetry(() -> {
            ReadOnlyKeyValueStore<String, Object> s = source.store(store, partition, stale);
            List<V> all = new ArrayList<>();
            try (KeyValueIterator<String, Object> it = s.all()) {
                it.forEachRemaining(kv -> all.add((V) kv.value));
            }
            return QueryResult.local(all);
        });
    }

    /** Values whose keys start with {@code prefix}, in key order. */
    @SuppressWarnings("unchecked")
    public <V> QueryResult<List<V>> valuesWithPrefix(String store, String prefix, Integer partition, boolean stale) {
        return withRetry(() -> {
            ReadOnlyKeyValueStore<String, Object> s = source.store(store, partition, stale);
            List<V> all = new ArrayList<>();
            try (KeyValueIterator<String, Object> it = s.prefixScan(prefix, new StringSerializer())) {
                it.forEachRemaining(kv -> all.add((V) kv.value));
            }
            return QueryResult.local(all);
        });
    }

    private <R> QueryResult<R> withRetry(Supplier<QueryResult<R>> read) {
        long deadline = System.nanoTime() + retryBudget.toNanos();
        long backoff = FIRST_BACKOFF_MS;
        InvalidStateStoreException last;
        do {
            try {
                return read.get();
            } catch (InvalidStateStoreException e) {
                last = e;
            } catch (StreamsException | IllegalStateException e) {
                return QueryResult.unavailable("the streams application cannot answer: " + e.getMessage());
            }
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0 || !pause(Math.min(backoff, leftMs))) {
                break;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        } while (System.nanoTime() < deadline);
        return QueryResult.unavailable("the store is not queryable yet (" + last.getMessage()
                + "); the instance is starting, restoring or rebalancing");
    }

    /** False when interrupted: then the caller gives up instead of waiting. */
    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
