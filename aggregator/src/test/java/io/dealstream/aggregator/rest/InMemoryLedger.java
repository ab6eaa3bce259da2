package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Deal;
import io.dealstream.model.Json;
import io.dealstream.model.Stores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query interface over maps, for testing the HTTP layer alone. Keys can be marked as held by
 * another instance, or the whole ledger as unavailable, to drive each outcome of {@link QueryResult}.
 */
final class InMemoryLedger implements LedgerQueries, LocalQueries {

    final Map<String, Object> values = new ConcurrentHashMap<>();
    final Map<String, String> remoteHost = new ConcurrentHashMap<>();
    final List<String> asked = new ArrayList<>();
    volatile String unavailableReason;
    volatile RuntimeException failure;
    volatile Health health = new Health(Health.UP, "RUNNING");

    void put(String store, String key, Object value) {
        values.put(store + "/" + key, value);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> QueryResult<T> get(String store, String key) {
        asked.add(store + "/" + key);
        if (failure != null) {
            throw failure;
        }
        if (unavailableReason != null) {
            return new QueryResult.Unavailable<>(unavailableReason, 2);
        }
        T value = (T) values.get(store + "/" + key);
        if (value == null) {
            return QueryResult.notFound("nothing under " + key);
        }
        String host = remoteHost.get(store + "/" + key);
        return host == null ? QueryResult.local(value) : new QueryResult.FoundRemotely<>(value, host);
    }

    @Override
    public QueryResult<Deal> deal(String dealId) {
        return get(Stores.DEALS, dealId);
    }

    @Override
    public QueryResult<CompanySummary> company(String companyKey) {
        return get(Stores.COMPANIES, companyKey);
    }

    @Override
    public QueryResult<ValuationHistory> valuations(String companyKey) {
        return get(Stores.VALUATIONS, companyKey);
    }

    @Override
    public QueryResult<InvestorSummary> investor(String investorKey) {
        return get(Stores.INVESTORS, investorKey);
    }

    @Override
    public synchronized QueryResult<VolumeStats> volume(Granularity by, String type) {
        asked.add("volume/" + by.label() + "/" + type);
        if (unavailableReason != null) {
            return new QueryResult.Unavailable<>(unavailableReason, 2);
        }
        List<Deal> deals = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v instanceof Deal d) {
                deals.add(d);
            }
        });
        return QueryResult.local(VolumeStats.of(deals, by, type));
    }

    @Override
    public InstancesView instances() {
        return new InstancesView("localhost:1", "RUNNING", List.of(new InstancesView.Instance("localhost", 1, true,
                List.of(Stores.DEALS), List.of(), List.of("p-0"), List.of())));
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public QueryResult<JsonNode> localValue(String store, String key, Integer partition, boolean stale) {
        asked.add("local/" + store + "/" + key + "/" + partition + "/" + stale);
        return this.<Object>get(store, key).map(Json.MAPPER::valueToTree);
    }

    @Override
    public QueryResult<VolumeStats> localVolume(Granularity by, String type, Set<Integer> partitions, boolean stale) {
        asked.add("localVolume/" + partitions + "/" + stale);
        return volume(by, type);
    }

    Map<String, Object> snapshot() {
        return new HashMap<>(values);
    }
}
