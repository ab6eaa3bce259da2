package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.cli.feed.ArticleFeeder;
import io.dealstream.cli.feed.ArticleSource;
import io.dealstream.extractor.hostile.HostileArticles;
import io.dealstream.extractor.hostile.ValidArticles;
import io.dealstream.model.Json;
import io.dealstream.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus on a real broker started in this JVM, wired as {@code dealstream local} wires
 * it, fed through the feed command's code path ({@link ArticleFeeder}) with a valid article before
 * each bad record: records larger than the broker accepts are refused at feed time with a clear
 * message; every other rejected kind reaches {@code articles-dlq} unchanged with its reason; every
 * valid article's deal reaches {@code deal-updates}; every deal published is sane; both apps are
 * still running at the end.
 */
class HostileFeedTest {

    private static final Duration WAIT = Duration.ofMinutes(6);
    /** Records over this size exceed the producer's default max.request.size (1 MiB, minus batch overhead). */
    private static final int FEEDABLE_BYTES = (1 << 20) - 1024;

    @TempDir
    Path dataDir;

    @Test
    void hostileArticlesFedAmongValidOnesAreDeadLetteredOrExtractedAndNoValidDealIsLost() throws Exception {
        try (Lifecycle lifecycle = new Lifecycle()) {
            LocalPipeline pipeline = LocalPipeline.start(new LocalPipeline.Settings(
                    dataDir, null, 0, new Properties(), "localhost", 0, 2), lifecycle);

            List<HostileArticles.Kind> kinds = HostileArticles.all();
            List<ArticleSource.ArticleRecord> records = new ArrayList<>();
            List<ValidArticles.Valid> valid = new ArrayList<>();
            Map<String, HostileArticles.Kind> tooLarge = new LinkedHashMap<>();
            Map<HostileArticles.Kind, byte[]> rejectedFed = new LinkedHashMap<>();
            int round = 0;
            for (HostileArticles.Kind kind : kinds) {
                ValidArticles.Valid v = ValidArticles.batch(round).get(round % 4);
                round++;
                valid.add(v);
                records.add(new ArticleSource.ArticleRecord(v.id(), v.value(), "valid " + v.id()));
                byte[] value = kind.value();
                records.add(new ArticleSource.ArticleRecord(kind.key(), value, "hostile " + kind.name()));
                if (value.length > FEEDABLE_BYTES) {
                    tooLarge.put("hostile " + kind.name(), kind);
                } else if (kind.expect() == HostileArticles.Expect.REJECT) {
                    rejectedFed.put(kind, value);
                }
            }

            ArticleFeeder.Result fed;
            try (ArticleFeeder feeder = new ArticleFeeder(pipeline.kafka())) {
                fed = feeder.feedRecords(records);
            }
            assertEquals(records.size() - tooLarge.size(), fed.sent(), "every record within the size limit is sent");
            assertEquals(tooLarge.size(), fed.failed(), fed.failures().toString());
            for (String failure : fed.failures()) {
                assertTrue(failure.contains("larger than the broker accepts"), failure);
                assertTrue(tooLarge.keySet().stream().anyMatch(failure::startsWith), failure);
            }

            // Every rejected kind that was fed is on the dead-letter topic, unchanged, with its reason.
            Map<String, String> reasons = new HashMap<>();
            List<String> unmatched = new ArrayList<>();
            readUntil(pipeline, Topics.ARTICLES_DLQ.name(), record -> {
                HostileArticles.Kind kind = rejectedFed.entrySet().stream()
                        .filter(e -> Arrays.equals(e.getValue(), record.value())).map(Map.Entry::getKey).findFirst().orElse(null);
                if (kind == null) {
                    unmatched.add(record.key());
                    return;
                }
                assertEquals(kind.key(), record.key(), kind.name());
                Header reason = record.headers().lastHeader(Topics.DLQ_REASON_HEADER);
                assertNotNull(reason, kind.name() + " has no reason header");
                reasons.put(kind.name(), new String(reason.value(), StandardCharsets.UTF_8));
            }, () -> reasons.size() == rejectedFed.size());
            assertEquals(List.of(), unmatched, "only rejected kinds are dead-lettered");
            for (HostileArticles.Kind kind : rejectedFed.keySet()) {
                String reason = reasons.get(kind.name());
                assertNotNull(reason, kind.name() + " did not reach " + Topics.ARTICLES_DLQ.name() + "; got " + reasons.keySet());
                assertTrue(reason.contains(kind.reasonContains()), kind.name() + ": " + reason);
            }

            // Every valid article's deal is on deal-updates; every deal published is sane.
            Set<String> wanted = new HashSet<>();
            valid.forEach(v -> wanted.add(v.targetKey() + " " + v.id()));
            Set<String> seen = new HashSet<>();
            List<String> insane = new ArrayList<>();
            readUntil(pipeline, Topics.DEAL_UPDATES.name(), record -> {
                if (record.value() == null) {
                    return;
                }
                JsonNode deal = readJson(record.value()).path("deal");
                String company = deal.path("companyKey").asText();
                deal.path("sources").forEach(s -> seen.add(company + " " + s.path("articleId").asText()));
                for (JsonNode money : List.of(deal.path("amount"), deal.path("valuation"))) {
                    if (!money.isMissingNode() && !money.isNull()
                            && (!money.path("value").isNumber() || !Double.isFinite(money.path("value").asDouble())
                            || money.path("value").asDouble() < 0)) {
                        insane.add(record.key() + ": " + money);
                    }
                }
            }, () -> seen.containsAll(wanted));
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(seen);
            assertEquals(Set.of(), missing, "valid articles whose deal never reached " + Topics.DEAL_UPDATES.name());
            assertEquals(List.of(), insane);

            assertNull(pipeline.failure(), "both apps keep running");
            System.out.printf("fed %d records (%d hostile kinds, %d valid articles); %d refused at feed time as too large;"
                            + " %d dead-lettered with their reasons; all %d valid deals on %s%n", records.size(), kinds.size(),
                    valid.size(), tooLarge.size(), reasons.size(), valid.size(), Topics.DEAL_UPDATES.name());
        }
    }

    /** Reads {@code topic} from the beginning, handing each record on, until {@code done} or {@link #WAIT}. */
    private static void readUntil(LocalPipeline pipeline, String topic, Consumer<ConsumerRecord<String, byte[]>> each,
                                  Supplier<Boolean> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(pipeline.kafka().consumer(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!done.get() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }
}
