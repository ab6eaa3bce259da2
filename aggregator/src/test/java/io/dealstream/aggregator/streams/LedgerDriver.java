package io.dealstream.aggregator.streams;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Json;
import io.dealstream.model.Stores;
import io.dealstream.model.Topics;
import io.dealstream.model.ValuationPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The aggregator topology in a TopologyTestDriver, with typed access to its topics and stores. */
final class LedgerDriver implements AutoCloseable {

    final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<String, ArticleMentions> mentions;
    private final TestOutputTopic<String, DealUpdate> updates;
    private final TestOutputTopic<String, ValuationPoint> valuations;

    LedgerDriver() {
        this(CompanyResolver.none(), MergeRules.DEFAULTS);
    }

    LedgerDriver(CompanyResolver resolver, MergeRules rules) {
        Properties props = new Properties();
        props.put("application.id", "dealstream-aggregator-test");
        props.put("bootstrap.servers", "unused:9092");
        try {
            stateDir = Files.createTempDirectory("ledger-driver");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.put("state.dir", stateDir.toString());
        props.put("processing.exception.handler.global.enabled", "true");
        driver = new TopologyTestDriver(AggregatorTopology.build(resolver, rules), props);
        mentions = driver.createInputTopic(Topics.DEAL_MENTIONS.name(), Topics.DEAL_MENTIONS.keySerde().serializer(),
                Topics.DEAL_MENTIONS.valueSerde().serializer());
        updates = driver.createOutputTopic(Topics.DEAL_UPDATES.name(), Topics.DEAL_UPDATES.keySerde().deserializer(),
                Topics.DEAL_UPDATES.valueSerde().deserializer());
        valuations = driver.createOutputTopic(Topics.VALUATION_UPDATES.name(),
                Topics.VALUATION_UPDATES.keySerde().deserializer(), Topics.VALUATION_UPDATES.valueSerde().deserializer());
    }

    /** Sends as the extractor does: keyed by the company key of the mentions. */
    void send(ArticleMentions am) {
        mentions.pipeInput(am.companyKey(), am);
    }

    void sendAll(List<ArticleMentions> all) {
        all.forEach(this::send);
    }

    List<DealUpdate> updates() {
        List<DealUpdate> out = new ArrayList<>();
        updates.readKeyValuesToList().forEach(kv -> out.add(kv.value));
        return out;
    }

    List<KeyValue<String, DealUpdate>> updateRecords() {
        return updates.readKeyValuesToList();
    }

    List<ValuationPoint> valuationUpdates() {
        return valuations.readValuesToList();
    }

    KeyValueStore<String, Deal> dealsStore() {
        return driver.getKeyValueStore(Stores.DEALS);
    }

    KeyValueStore<String, CompanySummary> companiesStore() {
        return driver.getKeyValueStore(Stores.COMPANIES);
    }

    KeyValueStore<String, ValuationHistory> valuationsStore() {
        return driver.getKeyValueStore(Stores.VALUATIONS);
    }

    /** The investor's summary as the API assembles it from the investors store; null when it has no commitments. */
    InvestorSummary investor(String investorKey) {
        KeyValueStore<String, InvestorCommitment> store = driver.getKeyValueStore(Stores.INVESTORS);
        List<InvestorCommitment> commitments = new ArrayList<>();
        try (KeyValueIterator<String, InvestorCommitment> it = store.prefixScan(
                investorKey + DealMerger.KEY_SEPARATOR, new StringSerializer())) {
            it.forEachRemaining(kv -> commitments.add(kv.value));
        }
        return commitments.isEmpty() ? null : InvestorSummary.of(investorKey, commitments);
    }

    List<Deal> deals() {
        List<Deal> all = new ArrayList<>();
        try (KeyValueIterator<String, Deal> it = dealsStore().all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    List<Deal> dealsOf(String companyKey) {
        return deals().stream().filter(d -> d.companyKey().equals(companyKey)).toList();
    }

    /** Every store's content as JSON, for comparing final states. */
    Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> all = new TreeMap<>();
        for (String store : List.of(Stores.DEALS, Stores.COMPANIES, Stores.VALUATIONS, Stores.INVESTORS,
                Stores.COMPANY_MENTIONS)) {
            KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
            try (KeyValueIterator<String, Object> it = s.all()) {
                it.forEachRemaining(kv -> all.put(store + "/" + kv.key, Json.MAPPER.valueToTree(kv.value)));
            }
        }
        return all;
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
