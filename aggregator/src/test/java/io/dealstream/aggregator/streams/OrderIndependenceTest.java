package io.dealstream.aggregator.streams;

import static io.dealstream.aggregator.streams.Articles.article;
import static io.dealstream.aggregator.streams.Articles.funding;
import static io.dealstream.aggregator.streams.Articles.investor;
import static io.dealstream.aggregator.streams.Articles.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Json;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/**
 * Property: any order of a set of articles, with any duplicates, ends in the same state, and the
 * last update per deal on deal-updates is that state. Orders come from a seeded random source, so
 * a failure names the iteration that reproduces it.
 */
class OrderIndependenceTest {

    private static final long SEED = 20260227L;
    private static final CompanyResolver ALIASES = CompanyResolver.parse(List.of(
            "AWS = Amazon Web Services", "Amazon Web Services > Amazon"), "test");

    /** Several companies, rounds, recalls, conflicts and alias spellings; every article id is distinct. */
    static List<ArticleMentions> corpus() {
        List<ArticleMentions> all = new ArrayList<>(SeedStory.all());
        all.add(article("aws-news", "2025-11-03", "Amazon Web Services",
                Articles.deal("commitment", "Amazon Web Services").party(new Party("OpenAI", Party.BUYER, null))
                        .amount(38e9).build()));
        all.add(article("grab-2016", "2016-09-20", "Grab",
                funding("Grab").party(lead("SoftBank", 750e6)).amount(750e6).valuation(3e9, null).build()));
        all.add(article("grab-2017", "2017-07-25", "Grab",
                funding("Grab").party(investor("Didi Chuxing", 1e9)).party(investor("SoftBank", 1e9)).amount(2e9)
                        .valuation(6e9, "post").build(),
                funding("Grab").party(investor("SoftBank", null)).amount(750e6).background().build()));
        all.add(article("grab-2017-followup", "2017-08-01", "Grab",
                funding("Grab").party(investor("Toyota", null)).valuation(6.2e9, "post").build()));
        all.add(article("mistral-early", "2026-01-10", "Mistral AI",
                funding("Mistral AI").round("series_c").amount(Money.of(1.7e9, "EUR")).status("planned").build()));
        all.add(article("mistral-late", "2026-01-20", "Mistral AI",
                funding("Mistral AI").round("series_c").amount(Money.of(2.0e9, "EUR")).status("completed").build()));
        all.add(article("stripe-news", "2026-03-01", "Stripe",
                funding("Stripe").party(lead("Sequoia", null)).amount(1e9).build()));
        all.add(article("stripe-profile", "2026-03-15", "Stripe",
                funding("Stripe").party(investor("Tiger Global", null)).background().build()));
        all.add(article("acme-undated", null, "Acme Robotics", funding("Acme Robotics").amount(40e6).build()));
        all.add(article("acme-dated", "2026-02-01", "Acme Robotics", funding("Acme Robotics").amount(41e6).build()));
        return all;
    }

    static List<ArticleMentions> shuffledWithDuplicates(List<ArticleMentions> base, Random random) {
        List<ArticleMentions> order = new ArrayList<>(base);
        int duplicates = random.nextInt(base.size());
        for (int i = 0; i < duplicates; i++) {
            order.add(base.get(random.nextInt(base.size())));
        }
        Collections.shuffle(order, random);
        return order;
    }

    @Test
    void theMergeIsAFunctionOfTheSetOfArticles() {
        DealMerger merger = new DealMerger(ALIASES, MergeRules.DEFAULTS);
        List<ArticleMentions> base = corpus();
        Map<String, JsonNode> expected = mergeAll(merger, base);
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < 500; iteration++) {
            List<ArticleMentions> order = shuffledWithDuplicates(base, random);
            assertEquals(expected, mergeAll(merger, order), "iteration " + iteration + " of seed " + SEED);
        }
    }

    /** What the processor does, without Kafka: the latest mentions per (article, key), merged per company. */
    private static Map<String, JsonNode> mergeAll(DealMerger merger, List<ArticleMentions> order) {
        Map<String, Map<String, DealMerger.StoredMentions>> byCompany = new TreeMap<>();
        for (ArticleMentions am : order) {
            byCompany.computeIfAbsent(ALIASES.canonicalKey(am.companyKey()), k -> new TreeMap<>())
                    .put(am.articleId() + "|" + am.companyKey(), new DealMerger.StoredMentions(am.companyKey(), am));
        }
        Map<String, JsonNode> result = new TreeMap<>();
        byCompany.forEach((company, stored) -> {
            // The store hands them over in key order; shuffle to prove the merge does not depend on it either.
            List<DealMerger.StoredMentions> list = new ArrayList<>(stored.values());
            Collections.shuffle(list, new Random(order.size()));
            result.put(company, Json.MAPPER.valueToTree(merger.derive(company, list)));
        });
        return result;
    }

    @Test
    void anyArrivalOrderWithDuplicatesGivesTheSameStoresAndTheSameLatestUpdates() {
        List<ArticleMentions> base = corpus();
        Map<String, JsonNode> expected;
        try (LedgerDriver reference = new LedgerDriver(ALIASES, MergeRules.DEFAULTS)) {
            reference.sendAll(base);
            expected = reference.snapshot();
            Map<String, Integer> dealsPerCompany = new TreeMap<>();
            reference.deals().forEach(d -> dealsPerCompany.merge(d.companyKey(), 1, Integer::sum));
            assertEquals(Map.of("openai", 1, "amazon-web-services", 1, "grab", 2, "mistral-ai", 1, "stripe", 2,
                    "acme-robotics", 1), dealsPerCompany, "the corpus exercises merging, splitting and recalls");
            assertLatestUpdatesAreTheStore(reference, reference.updateRecords());
        }
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < 25; iteration++) {
            List<ArticleMentions> order = shuffledWithDuplicates(base, random);
            try (LedgerDriver ledger = new LedgerDriver(ALIASES, MergeRules.DEFAULTS)) {
                ledger.sendAll(order);
                assertEquals(expected, ledger.snapshot(), "iteration " + iteration + " of seed " + SEED);
                assertLatestUpdatesAreTheStore(ledger, ledger.updateRecords());
            }
        }
    }

    /** Consumers of deal-updates never need the store: the latest update per deal is the deal. */
    private static void assertLatestUpdatesAreTheStore(LedgerDriver ledger, List<KeyValue<String, DealUpdate>> updates) {
        Map<String, DealUpdate> latest = new TreeMap<>();
        updates.forEach(kv -> latest.put(kv.key, kv.value));
        Map<String, JsonNode> fromUpdates = new TreeMap<>();
        latest.forEach((id, u) -> {
            if (u.deal() == null) {
                assertEquals(DealUpdate.REMOVED, u.change());
                assertNull(ledger.dealsStore().get(id), "removed deal " + id + " must not stay in the store");
            } else {
                fromUpdates.put(id, Json.MAPPER.valueToTree(u.deal()));
            }
        });
        Map<String, JsonNode> fromStore = new TreeMap<>();
        for (Deal d : ledger.deals()) {
            fromStore.put(d.id(), Json.MAPPER.valueToTree(d));
        }
        assertEquals(fromStore, fromUpdates);
    }
}
