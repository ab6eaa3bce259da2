package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads of this instance's own stores, served to other instances on {@code /internal/...} routes;
 * never forwarded further, so a request cannot loop between instances.
 */
public interface LocalQueries {

    /** A value of {@code store} from the given partition ({@code null}: any local partition). */
    QueryResult<JsonNode> localValue(String store, String key, Integer partition, boolean stale);

    /** Volume over the given partitions of the local deals store ({@code null}: every active local partition). */
    QueryResult<VolumeStats> localVolume(Granularity by, String type, Set<Integer> partitions, boolean stale);
}
