package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.model.Article;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTopologyTest {

    // the driver's default state directory is shared by every build on the machine: two at once collide on its lock
    @TempDir
    static Path stateDir;

    private static Properties props() {
        Properties p = new Properties();
        p.put("application.id", "extractor-topology-test");
        p.put("bootstrap.servers", "unused:9092");
        p.put("state.dir", stateDir.toString());
        return p;
    }

    /** Runs {@code body} against a driver over {@code topology}. */
    private static void withDriver(Topology topology, DriverTest body) {
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props())) {
            TestInputTopic<String, byte[]> articles = driver.createInputTopic(Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
            TestOutputTopic<String, ArticleMentions> mentions = driver.createOutputTopic(Topics.DEAL_MENTIONS.name(),
                    Topics.DEAL_MENTIONS.keySerde().deserializer(), Topics.DEAL_MENTIONS.valueSerde().deserializer());
            TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
                    Topics.ARTICLES_DLQ.keySerde().deserializer(), Topics.ARTICLES_DLQ.valueSerde().deserializer());
            body.run(articles, mentions, dlq);
        }
    }

    interface DriverTest {
        void run(TestInputTopic<String, byte[]> articles, TestOutputTopic<String, ArticleMentions> mentions,
                 TestOutputTopic<String, byte[]> dlq);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void extractsAnArticleIntoMentionsKeyedByCompany() {
        withDriver(ExtractorTopology.build(DealExtractor.shared()), (articles, mentions, dlq) -> {
            articles.pipeInput("wire-1", bytes("""
                    {"id": "wire-1", "title": "Harbor Logistics buys Pinecrest Freight for $210 million",
                     "body": "Harbor Logistics Inc said on Monday it agreed to acquire Pinecrest Freight Co for $210 million in cash, subject to regulatory approval.",
                     "url": "https://news.example/wire-1", "publishedAt": "2025-05-12"}"""));
            List<TestRecord<String, ArticleMentions>> out = mentions.readRecordsToList();
            assertEquals(1, out.size(), out.toString());
            TestRecord<String, ArticleMentions> record = out.get(0);
            assertEquals("pinecrest-freight", record.key());
            ArticleMentions value = record.value();
            assertEquals("wire-1", value.articleId());
            assertEquals("https://news.example/wire-1", value.url());
            assertEquals("2025-05-12", value.publishedAt());
            DealMention deal = value.mentions().get(0);
            assertEquals("acquisition", deal.type());
            assertEquals(2.1e8, deal.amount().value());
            assertEquals("Harbor Logistics Inc", deal.parties().get(0).name());
            assertTrue(dlq.isEmpty());
        });
    }

    @Test
    void sendsUnreadableRecordsToTheDeadLetterTopicUnchangedWithTheReason() {
        withDriver(ExtractorTopology.build(article -> List.of()), (articles, mentions, dlq) -> {
            byte[] badJson = bytes("{\"id\": \"x\", \"body\": ");
            byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, (byte) 0xFF, 0x10};
            byte[] noBody = bytes("{\"id\": \"y\", \"url\": \"https://example.com/y\"}");
            RecordHeaders incoming = new RecordHeaders();
            incoming.add("trace-id", bytes("abc"));
            articles.pipeInput(new TestRecord<>("x", badJson, incoming));
            articles.pipeInput("bin", binary);
            articles.pipeInput("y", noBody);
            articles.pipeInput((String) null, bytes("plain text with no key"));
            // the stream keeps going after bad input
            articles.pipeInput("ok", bytes("{\"id\": \"ok\", \"body\": \"Nothing to see.\"}"));

            List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
            assertEquals(4, dead.size());
            assertEquals("x", dead.get(0).key());
            assertArrayEquals(badJson, dead.get(0).value());
            assertTrue(header(dead.get(0), Topics.DLQ_REASON_HEADER).startsWith("bad JSON"));
            assertEquals(ExtractorTopology.STAGE_READ, header(dead.get(0), Topics.DLQ_STAGE_HEADER));
            assertEquals("abc", header(dead.get(0), "trace-id"), "original headers are kept");
            assertArrayEquals(binary, dead.get(1).value());
            assertTrue(header(dead.get(1), Topics.DLQ_REASON_HEADER).contains("UTF-8"));
            assertTrue(header(dead.get(2), Topics.DLQ_REASON_HEADER).contains("no \"body\""));
            assertTrue(header(dead.get(3), Topics.DLQ_REASON_HEADER).contains("record key"));
            assertTrue(mentions.isEmpty());
        });
    }

    @Test
    void anExtractionFailureGoesToTheDeadLetterTopicAndTheNextArticleIsProcessed() {
        Function<Article, List<DealMention>> flaky = article -> {
            if (article.body().contains("poison")) {
                throw new IllegalStateException("tagger blew up");
            }
            return List.of(mention("Globex", 5e6));
        };
        withDriver(ExtractorTopology.build(flaky), (articles, mentions, dlq) -> {
            byte[] poison = bytes("{\"id\": \"p\", \"body\": \"poison pill\"}");
            articles.pipeInput("p", poison);
            articles.pipeInput("q", bytes("{\"id\": \"q\", \"body\": \"fine\"}"));
            TestRecord<String, byte[]> dead = dlq.readRecord();
            assertArrayEquals(poison, dead.value());
            assertEquals(ExtractorTopology.STAGE_EXTRACT, header(dead, Topics.DLQ_STAGE_HEADER));
            assertEquals("extraction failed: tagger blew up", header(dead, Topics.DLQ_REASON_HEADER),
                    "the reason is the failure in words, without Java class names");
            assertEquals("globex", mentions.readRecord().key());
        });
    }

    @Test
    void failureReasonsNameNoJavaClasses() {
        assertTrue(ExtractorTopology.failureReason(new StackOverflowError()).contains("shorten"));
        String silent = ExtractorTopology.failureReason(new NullPointerException());
        assertTrue(silent.contains("log") && !silent.contains("Exception"), silent);
    }

    @Test
    void anUpdatedArticleRetractsCompaniesItNoLongerMentions() {
        Function<Article, List<DealMention>> byBody = article -> article.body().contains("v1")
                ? List.of(mention("Globex Corp", 5e6), mention("Initech", 7e6), mention("Initech Inc", 1e6))
                : article.body().contains("v2") ? List.of(mention("Initech", 8e6)) : List.of();
        withDriver(ExtractorTopology.build(byBody), (articles, mentions, dlq) -> {
            articles.pipeInput("a", bytes("{\"id\": \"a\", \"body\": \"v1\"}"));
            Map<String, ArticleMentions> first = mentions.readKeyValuesToMap();
            assertEquals(2, first.size());
            assertEquals(2, first.get("initech").mentions().size(), "one record per (article, company)");

            articles.pipeInput("a", bytes("{\"id\": \"a\", \"body\": \"v2\"}"));
            Map<String, ArticleMentions> second = mentions.readKeyValuesToMap();
            assertEquals(2, second.size());
            assertEquals(8e6, second.get("initech").mentions().get(0).amount().value());
            assertTrue(second.get("globex").mentions().isEmpty(), "Globex is retracted");
            assertEquals("a", second.get("globex").articleId());

            articles.pipeInput("a", bytes("{\"id\": \"a\", \"body\": \"nothing now\"}"));
            Map<String, ArticleMentions> third = mentions.readKeyValuesToMap();
            assertEquals(List.of("initech"), List.copyOf(third.keySet()));
            assertTrue(third.get("initech").mentions().isEmpty());

            // a later version that mentions nothing again emits nothing: no stale retractions
            articles.pipeInput("a", bytes("{\"id\": \"a\", \"body\": \"still nothing\"}"));
            assertTrue(mentions.isEmpty());
        });
    }

    @Test
    void articlesAreTrackedByIdNotByRecordKey() {
        Function<Article, List<DealMention>> one = article -> List.of(mention(article.body(), 1e6));
        withDriver(ExtractorTopology.build(one), (articles, mentions, dlq) -> {
            articles.pipeInput("k1", bytes("{\"id\": \"same\", \"body\": \"Alpha\"}"));
            articles.pipeInput("k2", bytes("{\"id\": \"other\", \"body\": \"Beta\"}"));
            articles.pipeInput("k3", bytes("{\"id\": \"same\", \"body\": \"Gamma\"}"));
            List<String> keys = mentions.readRecordsToList().stream()
                    .map(r -> r.key() + (r.value().mentions().isEmpty() ? "-" : "+"))
                    .collect(Collectors.toList());
            assertEquals(List.of("alpha+", "beta+", "gamma+", "alpha-"), keys);
        });
    }

    private static DealMention mention(String target, double amount) {
        return new DealMention("acquisition", target, List.of(), null, Money.of(amount, "USD"), null,
                "announced", List.of(), List.of(), true, List.of());
    }
}
