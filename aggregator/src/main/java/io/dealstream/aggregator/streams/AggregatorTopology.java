package io.dealstream.aggregator.streams;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorChange;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.JsonSerde;
import io.dealstream.model.Stores;
import io.dealstream.model.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregator's topology.
 *
 * <pre>
 * deal-mentions (key: extractor's company key)
 *   → resolve the canonical company key (aliases) → repartition "mentions-by-company"
 *   → ledger processor [company-mentions-store, deals-store, companies-store, valuations-store]
 *       → deal-updates        (key: deal id)
 *       → valuation-updates   (key: company key)
 *       → repartition "commitments-by-investor" (key: investor key)
 *           → investor processor [investors-store: investor key + deal id → commitment]
 * </pre>
 * The repartition is what lets aliases work: "AWS" and "Amazon Web Services" arrive under two
 * extractor keys, possibly on two partitions, and must meet in one task. It costs one internal
 * topic and one hop; with the same partition count it is taken even without aliases, so that
 * adding an alias file later does not change the topology.
 */
public final class AggregatorTopology {

    private static final Logger LOG = LoggerFactory.getLogger(AggregatorTopology.class);

    /** Internal topic names (prefixed with the application id by Kafka Streams). */
    public static final String MENTIONS_BY_COMPANY = "mentions-by-company";
    public static final String COMMITMENTS_BY_INVESTOR = "commitments-by-investor";

    private AggregatorTopology() {
    }

    /** The topology without aliases and with the default merge rules. */
    public static Topology build() {
        return build(CompanyResolver.none(), MergeRules.DEFAULTS);
    }

    public static Topology build(CompanyResolver resolver) {
        return build(resolver, MergeRules.DEFAULTS);
    }

    public static Topology build(CompanyResolver resolver, MergeRules rules) {
        Serde<String> keys = Serdes.String();
        Serde<ArticleMentions> mentionsSerde = Topics.DEAL_MENTIONS.valueSerde();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(Stores.COMPANY_MENTIONS, mentionsSerde));
        builder.addStateStore(store(Stores.DEALS, new JsonSerde<>(Deal.class)));
        builder.addStateStore(store(Stores.COMPANIES, new JsonSerde<>(CompanySummary.class)));
        builder.addStateStore(store(Stores.VALUATIONS, new JsonSerde<>(ValuationHistory.class)));
        builder.addStateStore(store(Stores.INVESTORS, new JsonSerde<>(InvestorCommitment.class)));

        KStream<String, ArticleMentions> byCompany = builder
                .stream(Topics.DEAL_MENTIONS.name(), Consumed.with(keys, mentionsSerde).withName("deal-mentions-source"))
                .filter((key, value) -> {
                    if (value == null) {
                        LOG.warn("skipping a deal-mentions record without value (key '{}'): retractions are "
                                + "ArticleMentions with empty mentions, not tombstones", key);
                    }
                    return value != null;
                }, Named.as("drop-tombstones"))
                .selectKey((key, value) -> resolver.canonicalKey(
                        value.companyKey() != null && !value.companyKey().isBlank() ? value.companyKey() : key),
                        Named.as("resolve-company"))
                .repartition(Repartitioned.with(keys, mentionsSerde).withName(MENTIONS_BY_COMPANY));

        KStream<String, LedgerEvent> events = byCompany.process(() -> new LedgerProcessor(resolver, rules),
                Named.as("ledger"), Stores.COMPANY_MENTIONS, Stores.DEALS, Stores.COMPANIES, Stores.VALUATIONS);

        events.filter((k, e) -> e.dealUpdate() != null, Named.as("deal-updates-only"))
                .mapValues(LedgerEvent::dealUpdate, Named.as("to-deal-update"))
                .to(Topics.DEAL_UPDATES.name(), Produced.with(keys, Topics.DEAL_UPDATES.valueSerde())
                        .withName("deal-updates-sink"));
        events.filter((k, e) -> e.valuation() != null, Named.as("valuations-only"))
                .mapValues(LedgerEvent::valuation, Named.as("to-valuation-point"))
                .to(Topics.VALUATION_UPDATES.name(), Produced.with(keys, Topics.VALUATION_UPDATES.valueSerde())
                        .withName("valuation-updates-sink"));
        events.filter((k, e) -> e.investorChange() != null, Named.as("investor-changes-only"))
                .mapValues(LedgerEvent::investorChange, Named.as("to-investor-change"))
                .repartition(Repartitioned.with(keys, new JsonSerde<>(InvestorChange.class))
                        .withName(COMMITMENTS_BY_INVESTOR))
                .process(InvestorProcessor::new, Named.as("investors"), Stores.INVESTORS);
        return builder.build();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
