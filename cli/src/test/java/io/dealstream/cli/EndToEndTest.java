package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.cli.http.ApiClient;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.Json;
import io.dealstream.model.Topics;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real Kafka broker started in this JVM, wired exactly as
 * {@code dealstream local} wires it ({@link LocalPipeline}): articles go in through the
 * {@code dealstream feed} command, deals come out on {@code deal-updates} and through the HTTP API.
 * The broker, the extractor (CoreNLP) and the aggregator start once for the class.
 */
class EndToEndTest {

    /** Generous: the first article through CoreNLP is slow, and CI machines have two cores. */
    private static final Duration PIPELINE_WAIT = Duration.ofMinutes(3);

    @TempDir
    static Path dataDir;
    private static Lifecycle lifecycle;
    private static LocalPipeline pipeline;
    private static ApiClient api;

    @BeforeAll
    static void startPipeline() {
        lifecycle = new Lifecycle();
        pipeline = LocalPipeline.start(new LocalPipeline.Settings(
                dataDir, null, 0, new Properties(), "localhost", 0, 2), lifecycle);
        api = new ApiClient("http://localhost:" + pipeline.httpPort(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopPipeline() {
        if (lifecycle != null) {
            lifecycle.close();
        }
    }

    @Test
    void aRoundToldByTwoArticlesFedWithTheCliIsOneDealOnDealUpdatesAndTheSameThroughHttp() throws Exception {
        assertEquals(0, feed(resource("e2e/round")));

        // The deal, once both articles have reached it, as the aggregator last published it.
        String companyKey = CompanyNames.key("Brightline Freight");
        JsonNode update = awaitLatestDealUpdate(PIPELINE_WAIT, u -> companyKey.equals(u.path("deal").path("companyKey").asText())
                && sourceIds(u.get("deal")).containsAll(List.of("e2e-brightline-1", "e2e-brightline-2")));
        JsonNode deal = update.get("deal");
        String dealId = update.get("dealId").asText();

        assertEquals("funding", deal.get("type").asText());
        assertEquals("Brightline Freight", deal.get("target").asText());
        assertMoney(40e6, "USD", deal.get("amount"));
        assertMoney(300e6, "USD", deal.get("valuation"));
        assertEquals("series_b", deal.get("round").asText());
        Map<String, JsonNode> parties = partiesByName(deal);
        assertEquals("lead_investor", parties.get("Granite Peak Capital").get("role").asText(), "parties: " + parties);
        assertMoney(25e6, "USD", parties.get("Granite Peak Capital").get("amount"));
        assertMoney(15e6, "USD", parties.get("Harbor Lane Ventures").get("amount"));
        JsonNode totals = deal.get("totals");
        assertMoney(40e6, "USD", totals.get("statedSize"));
        assertMoney(40e6, "USD", totals.get("committedSum"));
        assertEquals(2, totals.get("investorCount").asInt());

        // The HTTP API answers with the same deal, totals included (once its store has caught up).
        JsonNode fromHttp = awaitHttp("/deals/" + ApiClient.segment(dealId), body -> body.equals(deal));
        assertEquals(totals, fromHttp.get("totals"));

        JsonNode company = awaitHttp("/companies/" + ApiClient.segment("Brightline Freight"),
                body -> containsDeal(body, dealId));
        assertEquals(companyKey, company.get("companyKey").asText());
        assertTrue(containsMoney(company.get("totalRaised"), 40e6, "USD"), "total raised: " + company.get("totalRaised"));
    }

    @Test
    void aMalformedArticleGoesToTheDeadLetterTopicWithItsReasonWhileTheArticlesAroundItAreProcessed() throws Exception {
        Path batch = resource("e2e/mixed/mixed.jsonl");
        String malformedLine = Files.readAllLines(batch, StandardCharsets.UTF_8).get(1);
        assertEquals(0, feed(batch));

        ConsumerRecord<String, byte[]> rejected = awaitRecord(Topics.ARTICLES_DLQ.name(), PIPELINE_WAIT,
                r -> "mixed-2".equals(r.key()));
        assertEquals(malformedLine, new String(rejected.value(), StandardCharsets.UTF_8), "the article, unchanged");
        Header reason = rejected.headers().lastHeader(Topics.DLQ_REASON_HEADER);
        assertNotNull(reason, "the reason header");
        assertFalse(new String(reason.value(), StandardCharsets.UTF_8).isBlank());

        JsonNode before = awaitLatestDealUpdate(PIPELINE_WAIT,
                u -> sourceIds(u.get("deal")).contains("e2e-corran-seed"));
        assertEquals(CompanyNames.key("Corran Labs"), before.get("deal").get("companyKey").asText());
        assertMoney(12e6, "USD", before.get("deal").get("amount"));
        JsonNode after = awaitLatestDealUpdate(PIPELINE_WAIT,
                u -> sourceIds(u.get("deal")).contains("e2e-tallis-acquisition"));
        assertEquals("acquisition", after.get("deal").get("type").asText());
        assertEquals(CompanyNames.key("Tallis Metrics"), after.get("deal").get("companyKey").asText());
    }

    /** Runs {@code dealstream feed PATH} against the pipeline's broker. */
    private static int feed(Path path) {
        return Main.execute("feed", path.toString(), "--bootstrap-servers", pipeline.kafka().bootstrapServers());
    }

    /**
     * Reads {@code deal-updates} from the beginning until an update matches, then returns the latest
     * update of that deal id once the topic has no more for it (bounded by {@code wait}).
     */
    private static JsonNode awaitLatestDealUpdate(Duration wait, Predicate<JsonNode> matches) {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<String, JsonNode> latestById = new LinkedHashMap<>();
        String matchedId = null;
        try (KafkaConsumer<String, byte[]> consumer = consumer(Topics.DEAL_UPDATES.name())) {
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (r.value() == null) {
                        continue;
                    }
                    JsonNode update = readJson(r.value());
                    latestById.put(r.key(), update);
                    if (matchedId == null && update.hasNonNull("deal") && matches.test(update)) {
                        matchedId = r.key();
                    }
                }
                if (matchedId != null && records.isEmpty()) {
                    return latestById.get(matchedId);
                }
            }
        }
        return fail("no deal update matched within " + wait + "; updates seen: " + latestById.values());
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, Duration wait,
                                                              Predicate<ConsumerRecord<String, byte[]>> matches) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(topic)) {
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(r.key());
                    if (matches.test(r)) {
                        return r;
                    }
                }
            }
        }
        return fail("no matching record on " + topic + " within " + wait + "; keys seen: " + keys);
    }

    /** GETs a path until the answer is 200 and matches; the last answer is in the failure message. */
    private static JsonNode awaitHttp(String path, Predicate<JsonNode> matches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ApiClient.Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(path, Duration.ofSeconds(10));
            if (last.status() == 200) {
                JsonNode body = readJson(last.body().getBytes(StandardCharsets.UTF_8));
                if (matches.test(body)) {
                    return body;
                }
            }
            Thread.sleep(200); // polling interval while the store catches up
        }
        return fail("GET " + path + " never matched; last answer: " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    private static KafkaConsumer<String, byte[]> consumer(String topic) {
        KafkaConnection kafka = pipeline.kafka();
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.consumer(), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static List<String> sourceIds(JsonNode deal) {
        List<String> ids = new ArrayList<>();
        if (deal != null) {
            deal.path("sources").forEach(s -> ids.add(s.path("articleId").asText()));
        }
        return ids;
    }

    private static Map<String, JsonNode> partiesByName(JsonNode deal) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        deal.path("parties").forEach(p -> byName.put(p.get("name").asText(), p));
        return byName;
    }

    private static boolean containsDeal(JsonNode company, String dealId) {
        for (JsonNode ref : company.path("deals")) {
            if (dealId.equals(ref.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsMoney(JsonNode list, double value, String currency) {
        for (JsonNode money : list) {
            if (Math.abs(money.path("value").asDouble() - value) < 1 && currency.equals(money.path("currency").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void assertMoney(double value, String currency, JsonNode money) {
        assertNotNull(money, "an amount of " + value + " " + currency);
        assertFalse(money.isNull(), "an amount of " + value + " " + currency);
        assertEquals(value, money.get("value").asDouble(), 0.5, "value of " + money);
        assertEquals(currency, money.get("currency").asText(), "currency of " + money);
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            return fail("not JSON: " + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EndToEndTest.class.getClassLoader().getResource(name).toURI());
    }
}
