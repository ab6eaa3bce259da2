package io.dealstream.aggregator.streams;

import static io.dealstream.aggregator.streams.Articles.article;
import static io.dealstream.aggregator.streams.Articles.funding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.rest.Health;
import io.dealstream.aggregator.rest.HttpProbe;
import io.dealstream.aggregator.rest.LedgerApi;
import io.dealstream.aggregator.rest.StoreLedgerQueries;
import io.dealstream.aggregator.rest.StoreSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/** The HTTP API over the topology's real stores (RocksDB, JSON serdes) in a TopologyTestDriver. */
class ApiOverTopologyStoresTest {

    private static final CompanyResolver ALIASES = CompanyResolver.parse(List.of(
            "AWS = Amazon Web Services", "Amazon Web Services > Amazon"), "test");

    @SuppressWarnings("unchecked")
    private static StoreSource storesOf(LedgerDriver ledger) {
        return (name, partition, stale) -> (ReadOnlyKeyValueStore<String, Object>) (ReadOnlyKeyValueStore<?, ?>)
                ledger.driver.getKeyValueStore(name);
    }

    @Test
    void theSeedStoryReadsBackOverHttp() throws Exception {
        try (LedgerDriver ledger = new LedgerDriver(ALIASES, MergeRules.DEFAULTS)) {
            ledger.send(article("v-2025", "2025-03-31", "OpenAI",
                    funding("OpenAI").amount(40e9).valuation(300e9, "post").build()));
            ledger.sendAll(SeedStory.all());
            LedgerApi api = new LedgerApi(ALIASES, () -> "localhost:0");
            api.attach(new StoreLedgerQueries(storesOf(ledger), Duration.ofMillis(200),
                    () -> new Health(Health.UP, "RUNNING"), "localhost:0"), null);
            HttpProbe http = new HttpProbe(api.start("localhost", 0));
            try {
                JsonNode company = http.get("/companies/OpenAI").json();
                assertEquals(2, company.get("deals").size());
                assertEquals(150e9, company.at("/totalRaised/0/value").asDouble());
                assertEquals(840e9, company.at("/latestValuation/valuation/value").asDouble());

                String roundId = ledger.dealsOf("openai").stream().filter(d -> d.amount().value() == 110e9)
                        .findFirst().orElseThrow().id();
                HttpProbe.Response deal = http.get("/deals/" + roundId);
                assertEquals(200, deal.status(), deal.body());
                JsonNode totals = deal.json().get("totals");
                assertEquals(110e9, totals.at("/statedSize/value").asDouble());
                assertEquals(110e9, totals.at("/committedSum/value").asDouble());
                assertEquals(15e9, totals.at("/committedNow/value").asDouble());
                assertEquals(35e9, totals.at("/contingent/value").asDouble());
                assertEquals(3, totals.get("investorCount").asInt());

                assertEquals(300e9, http.get("/companies/openai/valuations?asOf=2026-02-23").json()
                        .at("/valuation/valuation/value").asDouble());
                assertEquals(2, http.get("/companies/openai/valuations").json().get("points").size());

                JsonNode softbank = http.get("/investors/SoftBank%20Group%20Corp.").json();
                assertEquals(30e9, softbank.at("/totalCommitted/0/value").asDouble());
                assertEquals(roundId, softbank.at("/commitments/0/dealId").asText());

                JsonNode aws = http.get("/companies/AWS").json();
                assertEquals("amazon", aws.get("parentKey").asText(), "the AWS recall lands on the canonical company");

                JsonNode weeks = http.get("/stats/volume?by=week").json();
                assertEquals("2025-W14", weeks.at("/buckets/0/period").asText());
                assertEquals("2026-W09", weeks.at("/buckets/1/period").asText());
                assertEquals(110e9, weeks.at("/buckets/1/amounts/0/value").asDouble());
                assertEquals(404, http.get("/deals/openai:funding:20000101:00000000").status());
            } finally {
                api.stop();
            }
        }
    }

    @Test
    void aStoreThatIsNotQueryableYetIsRetriedThen503WithinTheBudget() throws Exception {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.sendAll(SeedStory.all());
            AtomicInteger refusals = new AtomicInteger(2);
            StoreSource real = storesOf(ledger);
            StoreSource flaky = (name, partition, stale) -> {
                if (refusals.getAndDecrement() > 0) {
                    throw new InvalidStateStoreException("store " + name + " is restoring");
                }
                return real.store(name, partition, stale);
            };
            LedgerApi api = new LedgerApi(CompanyResolver.none(), () -> "localhost:0");
            api.attach(new StoreLedgerQueries(flaky, Duration.ofMillis(500), () -> new Health(Health.UP, "RUNNING"),
                    "localhost:0"), null);
            HttpProbe http = new HttpProbe(api.start("localhost", 0));
            try {
                assertEquals(200, http.get("/companies/openai").status(), "two refusals fit in the retry budget");

                refusals.set(Integer.MAX_VALUE);
                long start = System.nanoTime();
                HttpProbe.Response r = http.get("/companies/openai");
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, r.status());
                assertEquals("1", r.header("Retry-After"));
                assertTrue(r.json().get("message").asText().contains("restoring"), r.body());
                // Not a speed assertion: it shows the request gives up instead of hanging.
                assertTrue(elapsedMs < 10_000, "gave up after " + elapsedMs + " ms");
            } finally {
                api.stop();
            }
        }
    }
}
