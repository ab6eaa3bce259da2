package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.streams.DealMerger;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Deal;
import io.dealstream.model.Json;
import io.dealstream.model.Stores;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Queries answered from the stores of this instance alone: right for a single instance (and for
 * tests over a TopologyTestDriver's stores); {@link ClusterLedgerQueries} adds forwarding and fan-out.
 */
public class StoreLedgerQueries implements LedgerQueries, LocalQueries {

    /** Stores that other instances may read through {@code /internal/stores}. */
    public static final Set<String> QUERYABLE = Set.of(Stores.DEALS, Stores.COMPANIES, Stores.VALUATIONS, Stores.INVESTORS);

    protected final LocalStoreReader reader;
    private final Supplier<Health> health;
    private final String self;

    public StoreLedgerQueries(StoreSource source, Duration retryBudget, Supplier<Health> health, String self) {
        this.reader = new LocalStoreReader(source, retryBudget);
        this.health = health;
        this.self = self;
    }

    @Override
    public QueryResult<Deal> deal(String dealId) {
        return described(reader.get(Stores.DEALS, dealId, null, false), "no deal with id '" + dealId + "'");
    }

    @Override
    public QueryResult<CompanySummary> company(String companyKey) {
        return described(reader.get(Stores.COMPANIES, companyKey, null, false),
                "no deals known for company '" + companyKey + "'");
    }

    @Override
    public QueryResult<ValuationHistory> valuations(String companyKey) {
        return described(reader.get(Stores.VALUATIONS, companyKey, null, false),
                "no valuations known for company '" + companyKey + "'");
    }

    @Override
    public QueryResult<InvestorSummary> investor(String investorKey) {
        return described(investorAt(investorKey, null, false), "no commitments known for investor '" + investorKey + "'");
    }

    /** The investors store holds one commitment per (investor, deal); the summary is assembled here. */
    protected QueryResult<InvestorSummary> investorAt(String investorKey, Integer partition, boolean stale) {
        QueryResult<List<InvestorCommitment>> found = reader.valuesWithPrefix(Stores.INVESTORS,
                investorKey + DealMerger.KEY_SEPARATOR, partition, stale);
        List<InvestorCommitment> commitments = found.valueOrNull();
        if (commitments != null && commitments.isEmpty()) {
            return QueryResult.notFound("no entry '" + investorKey + "' in " + Stores.INVESTORS);
        }
        return found.map(list -> InvestorSummary.of(investorKey, list));
    }

    @Override
    public QueryResult<VolumeStats> volume(Granularity by, String type) {
        return localVolume(by, type, null, false);
    }

    @Override
    public InstancesView instances() {
        Health h = health();
        return new InstancesView(self, h.state(), List.of(new InstancesView.Instance(self, -1, true,
                List.copyOf(QUERYABLE), List.of(), List.of(), List.of())));
    }

    @Override
    public Health health() {
        return health.get();
    }

    @Override
    public QueryResult<JsonNode> localValue(String store, String key, Integer partition, boolean stale) {
        if (!QUERYABLE.contains(store)) {
            return QueryResult.notFound("no queryable store '" + store + "'");
        }
        if (Stores.INVESTORS.equals(store)) {
            return investorAt(key, partition, stale).map(Json.MAPPER::valueToTree);
        }
        return reader.<Object>get(store, key, partition, stale).map(Json.MAPPER::valueToTree);
    }

    @Override
    public QueryResult<VolumeStats> localVolume(Granularity by, String type, Set<Integer> partitions, boolean stale) {
        if (partitions == null) {
            return reader.<Deal>values(Stores.DEALS, null, stale).map(deals -> VolumeStats.of(deals, by, type));
        }
        VolumeStats total = VolumeStats.empty(by, type);
        for (Integer p : partitions) {
            QueryResult<List<Deal>> deals = reader.values(Stores.DEALS, p, stale);
            if (deals.valueOrNull() == null) {
                return deals.map(d -> null);
            }
            total = total.plus(VolumeStats.of(deals.valueOrNull(), by, type));
        }
        return QueryResult.local(total);
    }

    private static <T> QueryResult<T> described(QueryResult<T> result, String notFoundMessage) {
        return result instanceof QueryResult.NotFound<T> ? QueryResult.notFound(notFoundMessage) : result;
    }
}
