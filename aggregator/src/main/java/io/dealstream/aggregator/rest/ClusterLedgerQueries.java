package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.aggregator.streams.AggregatorTopology;
import io.dealstream.model.Deal;
import io.dealstream.model.Json;
import io.dealstream.model.Stores;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queries across every instance of the aggregator. A key lookup asks Kafka Streams which instance
 * hosts the key ({@code queryMetadataForKey}); it reads locally when that is this instance, else
 * forwards the request over HTTP to the owner's {@code /internal/stores} route. When the owner
 * cannot answer (restoring, or gone and not yet replaced), standby replicas are asked, local or
 * remote, as long as they are at most {@code maxStandbyLag} records behind. Volume statistics fan
 * out to every instance for its active partitions (standbys stand in for an unreachable owner) and
 * are summed; a partial answer is never given: then the result is "unavailable".
 */
public final class ClusterLedgerQueries extends StoreLedgerQueries {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLedgerQueries.class);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final long maxStandbyLag;
    private final Duration forwardTimeout;
    private final String dealsSourceTopic;
    private final HttpClient http;

    public ClusterLedgerQueries(KafkaStreams streams, HostInfo self, String applicationId, QuerySettings settings) {
        super(StoreSource.of(streams), settings.retryBudget(), () -> health(streams), hostText(self));
        this.streams = streams;
        this.self = self;
        this.maxStandbyLag = settings.maxStandbyLag();
        this.forwardTimeout = settings.forwardTimeout();
        this.dealsSourceTopic = applicationId + "-" + AggregatorTopology.MENTIONS_BY_COMPANY + "-repartition";
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** How long to retry, how far a standby may lag, how long to wait for another instance. */
    public record QuerySettings(Duration retryBudget, long maxStandbyLag, Duration connectTimeout, Duration forwardTimeout) {
        public static final QuerySettings DEFAULTS =
                new QuerySettings(Duration.ofSeconds(1), 10_000, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Override
    public QueryResult<Deal> deal(String dealId) {
        if (DealIds.companyKey(dealId) == null) {
            return QueryResult.notFound("no deal with id '" + dealId + "'");
        }
        return byKey(Stores.DEALS, dealId, DealIds.companyKey(dealId), Deal.class, "no deal with id '" + dealId + "'");
    }

    @Override
    public QueryResult<CompanySummary> company(String companyKey) {
        return byKey(Stores.COMPANIES, companyKey, companyKey, CompanySummary.class,
                "no deals known for company '" + companyKey + "'");
    }

    @Override
    public QueryResult<ValuationHistory> valuations(String companyKey) {
        return byKey(Stores.VALUATIONS, companyKey, companyKey, ValuationHistory.class,
                "no valuations known for company '" + companyKey + "'");
    }

    @Override
    public QueryResult<InvestorSummary> investor(String investorKey) {
        return byKey(Stores.INVESTORS, investorKey, investorKey, InvestorSummary.class,
                "no commitments known for investor '" + investorKey + "'");
    }

    private <T> QueryResult<T> byKey(String store, String key, String partitionKey, Class<T> type, String notFound) {
        KeyQueryMetadata owner;
        try {
            owner = streams.queryMetadataForKey(store, partitionKey, Serdes.String().serializer());
        } catch (StreamsException | IllegalStateException e) {
            return QueryResult.unavailable("the streams application is not running yet: " + e.getMessage());
        }
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner) || owner.activeHost() == null) {
            return QueryResult.unavailable("no instance hosts " + store + " for this key yet (rebalancing)");
        }
        List<HostInfo> candidates = new ArrayList<>();
        candidates.add(owner.activeHost());
        owner.standbyHosts().stream().sorted(Comparator.comparing(ClusterLedgerQueries::hostText)).forEach(candidates::add);
        String reason = "no instance could answer";
        for (int i = 0; i < candidates.size(); i++) {
            HostInfo host = candidates.get(i);
            boolean stale = i > 0;
            QueryResult<T> result = host.equals(self)
                    ? localTyped(store, key, owner.partition(), stale, type)
                    : remote(host, store, key, owner.partition(), stale, type);
            if (result instanceof QueryResult.Unavailable<T> u) {
                reason = hostText(host) + ": " + u.reason();
                continue;
            }
            return result instanceof QueryResult.NotFound<T> ? QueryResult.notFound(notFound) : result;
        }
        return QueryResult.unavailable(reason);
    }

    private <T> QueryResult<T> localTyped(String store, String key, int partition, boolean stale, Class<T> type) {
        QueryResult<JsonNode> local = localValue(store, key, partition, stale);
        return local.map(json -> Json.MAPPER.convertValue(json, type));
    }

    @Override
    public QueryResult<JsonNode> localValue(String store, String key, Integer partition, boolean stale) {
        if (!stale || partition == null) {
            return super.localValue(store, key, partition, stale);
        }
        CopyLag lag = copyLag(store, partition);
        if (lag.tooFarBehind() != null) {
            return QueryResult.unavailable(lag.tooFarBehind());
        }
        QueryResult<JsonNode> result = super.localValue(store, key, partition, true);
        if (result instanceof QueryResult.NotFound<JsonNode> && lag.records() > 0) {
            // A copy that is behind (a standby still restoring, say) may just not have the key yet:
            // only the owner or an up-to-date copy can say that it does not exist.
            return QueryResult.unavailable("the copy of partition " + partition + " of " + store + " here is "
                    + lag.records() + " records behind and has no entry for this key yet");
        }
        return result;
    }

    @Override
    public QueryResult<VolumeStats> localVolume(Granularity by, String type, Set<Integer> partitions, boolean stale) {
        if (stale && partitions != null) {
            for (Integer p : partitions) {
                String behind = copyLag(Stores.DEALS, p).tooFarBehind();
                if (behind != null) {
                    return QueryResult.unavailable(behind);
                }
            }
        }
        return super.localVolume(by, type, partitions, stale);
    }

    /** How many records this instance's copy of a partition is behind; {@code tooFarBehind} says why it may not answer, or is null. */
    private record CopyLag(long records, String tooFarBehind) {
    }

    private CopyLag copyLag(String store, int partition) {
        Map<String, Map<Integer, LagInfo>> lags;
        try {
            lags = streams.allLocalStorePartitionLags();
        } catch (StreamsException | IllegalStateException e) {
            return new CopyLag(-1, "cannot read store lags: " + e.getMessage());
        }
        LagInfo lag = lags.getOrDefault(store, Map.of()).get(partition);
        if (lag == null) {
            return new CopyLag(-1, "partition " + partition + " of " + store + " is not hosted here");
        }
        if (lag.offsetLag() > maxStandbyLag) {
            return new CopyLag(lag.offsetLag(), "the copy of partition " + partition + " of " + store + " is "
                    + lag.offsetLag() + " records behind (bound: " + maxStandbyLag + ")");
        }
        return new CopyLag(lag.offsetLag(), null);
    }

    private <T> QueryResult<T> remote(HostInfo host, String store, String key, int partition, boolean stale, Class<T> type) {
        String path = "/internal/stores/" + encode(store) + "/" + encode(key) + "?partition=" + partition + "&stale=" + stale;
        return fetch(host, path).map(json -> Json.MAPPER.convertValue(json, type));
    }

    private QueryResult<JsonNode> fetch(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + hostText(host) + pathAndQuery);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(forwardTimeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = Json.MAPPER.readTree(response.body());
            if (response.statusCode() == 200) {
                return new QueryResult.FoundRemotely<>(body, hostText(host));
            }
            // The other instance's reason, without the advice its API appended (ours appends it again).
            String message = body.path("message").asText("HTTP " + response.statusCode()).replaceFirst("; retry shortly$", "");
            return response.statusCode() == 404 ? QueryResult.notFound(message) : QueryResult.unavailable(message);
        } catch (IOException e) {
            LOG.debug("instance {} did not answer {}: {}", hostText(host), pathAndQuery, e.toString());
            return QueryResult.unavailable("instance " + hostText(host) + " did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return QueryResult.unavailable("interrupted while asking " + hostText(host));
        }
    }

    @Override
    public QueryResult<VolumeStats> volume(Granularity by, String type) {
        Collection<StreamsMetadata> hosts;
        try {
            hosts = streams.streamsMetadataForStore(Stores.DEALS);
        } catch (StreamsException | IllegalStateException e) {
            return QueryResult.unavailable("the streams application is not running yet: " + e.getMessage());
        }
        if (hosts.isEmpty()) {
            return QueryResult.unavailable("no instance hosts the deals store yet (starting or rebalancing)");
        }
        Map<Integer, HostInfo> active = new TreeMap<>();
        Map<Integer, List<HostInfo>> standbys = new TreeMap<>();
        for (StreamsMetadata m : hosts) {
            partitionsOf(m.topicPartitions()).forEach(p -> active.put(p, m.hostInfo()));
            partitionsOf(m.standbyTopicPartitions()).forEach(p -> standbys.computeIfAbsent(p, k -> new ArrayList<>()).add(m.hostInfo()));
        }
        Set<Integer> known = new TreeSet<>(active.keySet());
        known.addAll(standbys.keySet());
        if (!active.keySet().containsAll(known)) {
            return QueryResult.unavailable("some partitions of the deals store have no active instance (rebalancing)");
        }
        Map<HostInfo, Set<Integer>> byHost = new TreeMap<>(Comparator.comparing(ClusterLedgerQueries::hostText));
        active.forEach((p, h) -> byHost.computeIfAbsent(h, k -> new TreeSet<>()).add(p));
        VolumeStats total = VolumeStats.empty(by, type);
        for (Map.Entry<HostInfo, Set<Integer>> e : byHost.entrySet()) {
            QueryResult<VolumeStats> part = volumeAt(e.getKey(), by, type, e.getValue(), false);
            if (part.valueOrNull() == null) {
                // The owner cannot answer: each of its partitions from a standby within the lag bound.
                for (Integer p : e.getValue()) {
                    QueryResult<VolumeStats> fromStandby = null;
                    for (HostInfo standby : standbys.getOrDefault(p, List.of())) {
                        fromStandby = volumeAt(standby, by, type, Set.of(p), true);
                        if (fromStandby.valueOrNull() != null) {
                            break;
                        }
                    }
                    if (fromStandby == null || fromStandby.valueOrNull() == null) {
                        return QueryResult.unavailable("partition " + p + " of the deals store cannot be read: "
                                + (part instanceof QueryResult.Unavailable<VolumeStats> u ? u.reason() : "no answer"));
                    }
                    total = total.plus(fromStandby.valueOrNull());
                }
            } else {
                total = total.plus(part.valueOrNull());
            }
        }
        return QueryResult.local(total);
    }

    private QueryResult<VolumeStats> volumeAt(HostInfo host, Granularity by, String type, Set<Integer> partitions, boolean stale) {
        if (host.equals(self)) {
            return localVolume(by, type, partitions, stale);
        }
        String list = partitions.stream().map(String::valueOf).collect(Collectors.joining(","));
        return fetch(host, "/internal/volume?by=" + by.label() + "&type=" + encode(type) + "&partitions=" + list
                + "&stale=" + stale).map(json -> Json.MAPPER.convertValue(json, VolumeStats.class));
    }

    private Set<Integer> partitionsOf(Set<TopicPartition> partitions) {
        Set<Integer> result = new TreeSet<>();
        for (TopicPartition tp : partitions) {
            if (tp.topic().equals(dealsSourceTopic)) {
                result.add(tp.partition());
            }
        }
        return result;
    }

    @Override
    public InstancesView instances() {
        List<InstancesView.Instance> instances = new ArrayList<>();
        try {
            for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
                instances.add(new InstancesView.Instance(m.host(), m.port(), m.hostInfo().equals(self),
                        sorted(m.stateStoreNames()), sorted(m.standbyStateStoreNames()),
                        partitionNames(m.topicPartitions()), partitionNames(m.standbyTopicPartitions())));
            }
        } catch (StreamsException | IllegalStateException e) {
            LOG.debug("no metadata yet: {}", e.toString());
        }
        instances.sort(Comparator.comparing(i -> i.host() + ":" + i.port()));
        return new InstancesView(hostText(self), streams.state().name(), instances);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static List<String> partitionNames(Set<TopicPartition> partitions) {
        return partitions.stream().map(tp -> tp.topic() + "-" + tp.partition()).sorted().toList();
    }

    static Health health(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        String status = switch (state) {
            case RUNNING -> Health.UP;
            case CREATED, REBALANCING -> Health.STARTING;
            default -> Health.DOWN;
        };
        return new Health(status, state.name());
    }

    static String hostText(HostInfo host) {
        return host.host() + ":" + host.port();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
