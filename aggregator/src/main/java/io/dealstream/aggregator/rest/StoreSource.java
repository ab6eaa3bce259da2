package io.dealstream.aggregator.rest;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Where local key-value stores come from: a running {@link KafkaStreams}, or a test driver. */
@FunctionalInterface
public interface StoreSource {

    /**
     * The named store: one partition of it, or all local partitions when {@code partition} is null;
     * with {@code stale}, standby replicas and restoring tasks count too.
     *
     * @throws InvalidStateStoreException while the store is not queryable (restoring, rebalancing)
     */
    ReadOnlyKeyValueStore<String, Object> store(String name, Integer partition, boolean stale);

    /** Interactive queries on a running application, through {@link StoreQueryParameters}. */
    static StoreSource of(KafkaStreams streams) {
        return (name, partition, stale) -> {
            StoreQueryParameters<ReadOnlyKeyValueStore<String, Object>> params =
                    StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore());
            if (partition != null) {
                params = params.withPartition(partition);
            }
            if (stale) {
                params = params.enableStaleStores();
            }
            return streams.store(params);
        };
    }
}
