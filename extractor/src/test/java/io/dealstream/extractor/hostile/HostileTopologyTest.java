package io.dealstream.extractor.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.ExtractorTopology;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile corpus through {@link ExtractorTopology} (TopologyTestDriver), each bad record
 * between two valid articles: every rejected kind lands on {@code articles-dlq} unchanged with its
 * reason, every accepted kind yields clean {@code deal-mentions} (or none), and every valid article
 * around them yields its deal.
 */
class HostileTopologyTest {

    @Test
    void hostileRecordsInterleavedWithValidArticlesLoseNothingValid(@TempDir Path stateDir) {
        Properties props = new Properties();
        props.put("application.id", "hostile-topology-test");
        props.put("bootstrap.servers", "unused:9092");
        props.put("state.dir", stateDir.toString()); // not the machine-wide default, which concurrent builds share
        DealExtractor.shared().warmUp();
        List<HostileArticles.Kind> kinds = HostileArticles.all();
        List<ValidArticles.Valid> valid = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(ExtractorTopology.build(DealExtractor.shared()), props)) {
            TestInputTopic<String, byte[]> articles = driver.createInputTopic(Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
            TestOutputTopic<String, ArticleMentions> mentions = driver.createOutputTopic(Topics.DEAL_MENTIONS.name(),
                    Topics.DEAL_MENTIONS.keySerde().deserializer(), Topics.DEAL_MENTIONS.valueSerde().deserializer());
            TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
                    Topics.ARTICLES_DLQ.keySerde().deserializer(), Topics.ARTICLES_DLQ.valueSerde().deserializer());

            Map<String, List<ArticleMentions>> byArticle = new HashMap<>();
            List<TestRecord<String, byte[]>> dead = new ArrayList<>();
            int round = 0;
            for (HostileArticles.Kind kind : kinds) {
                ValidArticles.Valid before = ValidArticles.batch(round).get(round % 4);
                round++;
                articles.pipeInput(before.id(), before.value());
                valid.add(before);
                articles.pipeInput(kind.key(), kind.value());
                collect(mentions, byArticle);
                List<TestRecord<String, byte[]>> deadNow = dlq.readRecordsToList();
                if (kind.expect() == HostileArticles.Expect.REJECT) {
                    assertEquals(1, deadNow.size(), kind.name() + " must be dead-lettered once");
                    TestRecord<String, byte[]> d = deadNow.get(0);
                    assertEquals(kind.key(), d.key(), kind.name() + ": the key is kept");
                    assertArrayEquals(kind.value(), d.value(), kind.name() + ": the value is kept byte for byte");
                    String reason = header(d, Topics.DLQ_REASON_HEADER);
                    assertNotNull(reason, kind.name() + " has no reason header");
                    assertTrue(reason.contains(kind.reasonContains()), kind.name() + ": reason '" + reason + "'");
                    assertEquals(ExtractorTopology.STAGE_READ, header(d, Topics.DLQ_STAGE_HEADER));
                    dead.add(d);
                } else {
                    assertEquals(List.of(), deadNow.stream().map(r -> header(r, Topics.DLQ_REASON_HEADER)).toList(),
                            kind.name() + " must not be dead-lettered");
                }
            }
            ValidArticles.Valid last = ValidArticles.batch(round).get(0);
            articles.pipeInput(last.id(), last.value());
            valid.add(last);
            collect(mentions, byArticle);
            assertTrue(dlq.isEmpty());

            Set<String> validIds = new HashSet<>();
            for (ValidArticles.Valid v : valid) {
                validIds.add(v.id());
                List<ArticleMentions> out = byArticle.getOrDefault(v.id(), List.of());
                assertTrue(out.stream().anyMatch(m -> m.companyKey().equals(v.targetKey()) && !m.mentions().isEmpty()),
                        v.id() + " must yield a deal of " + v.targetKey() + ", got " + out);
            }
            for (Map.Entry<String, List<ArticleMentions>> e : byArticle.entrySet()) {
                for (ArticleMentions m : e.getValue()) {
                    assertEquals(List.of(), CleanOutput.problems(m.articleId(), m.mentions()), "article " + e.getKey());
                    assertFalse(m.companyKey().isBlank());
                }
            }
            long rejected = kinds.stream().filter(k -> k.expect() == HostileArticles.Expect.REJECT).count();
            assertEquals(rejected, dead.size());
            System.out.printf("%d hostile kinds (%d dead-lettered, %d accepted) between %d valid articles; %d articles"
                            + " wrote deal-mentions%n", kinds.size(), rejected, kinds.size() - rejected, valid.size(),
                    byArticle.size());
        }
    }

    private static void collect(TestOutputTopic<String, ArticleMentions> mentions, Map<String, List<ArticleMentions>> byArticle) {
        for (TestRecord<String, ArticleMentions> r : mentions.readRecordsToList()) {
            assertEquals(r.key(), r.value().companyKey(), "records are keyed by their company key");
            byArticle.computeIfAbsent(r.value().articleId(), k -> new ArrayList<>()).add(r.value());
        }
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
