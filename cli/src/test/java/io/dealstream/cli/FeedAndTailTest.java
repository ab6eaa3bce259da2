package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.cli.broker.EmbeddedKafkaBroker;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.cli.kafka.TopicSetup;
import io.dealstream.model.Json;
import io.dealstream.model.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dealstream feed` and the tail printers on a real broker, without the Streams apps. */
class FeedAndTailTest {

    @TempDir
    static Path brokerDir;
    private static EmbeddedKafkaBroker broker;
    private static KafkaConnection kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(brokerDir);
        kafka = new KafkaConnection(broker.bootstrapServers(), new Properties());
        try (Admin admin = Admin.create(kafka.admin())) {
            TopicSetup.createAll(admin, 2, 30_000);
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void feedPutsEveryArticleOnTheArticlesTopicKeyedByIdWithItsBytesUnchanged(@TempDir Path dir) throws Exception {
        String json = "{\"id\": \"feed-1\", \"title\": \"T\", \"body\": \"Body one.\"}";
        Files.writeString(dir.resolve("one.json"), json);
        Files.writeString(dir.resolve("two.jsonl"), "{\"id\":\"feed-2\",\"body\":\"b\"}\n{\"id\":\"feed-3\",\"body\":\"c\"}\n");
        Files.writeString(dir.resolve("wire-77.txt"), "PLAIN TEXT HEADLINE\n\nBody.");
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"feed-4\", \"body\": ");
        Path config = Files.writeString(dir.resolve("client.properties"), "client.id=dealstream-feed-test\n");

        int code = Main.execute("feed", dir.toString(), "--bootstrap-servers", broker.bootstrapServers(),
                "--kafka-config", config.toString());

        assertEquals(0, code);
        Map<String, byte[]> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(Topics.ARTICLES.name(), 5)) {
            byKey.put(r.key(), r.value());
        }
        assertEquals(java.util.Set.of("feed-1", "feed-2", "feed-3", "wire-77", "broken"), byKey.keySet());
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), byKey.get("feed-1"));
        assertEquals("PLAIN TEXT HEADLINE\n\nBody.", new String(byKey.get("wire-77"), StandardCharsets.UTF_8));
        assertEquals("{\"id\": \"feed-4\", \"body\": ", new String(byKey.get("broken"), StandardCharsets.UTF_8));
    }

    @Test
    void tailPrintsDealUpdatesAndRejectionsThatArriveAfterItStarted() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(kafka.producer(), new StringSerializer(), new ByteArraySerializer())) {
            // before the tails start: not shown
            producer.send(new ProducerRecord<>(Topics.DEAL_UPDATES.name(), "old", dealUpdate("old", "Oldco"))).get();
            try (TopicTail updates = new TopicTail(kafka, Topics.DEAL_UPDATES.name(), false, TopicTail.dealUpdatePrinter(out, false));
                 TopicTail rejections = new TopicTail(kafka, Topics.ARTICLES_DLQ.name(), false, TopicTail.rejectionPrinter(out, false))) {
                updates.start();
                rejections.start();
                producer.send(new ProducerRecord<>(Topics.DEAL_UPDATES.name(), "d-1", dealUpdate("d-1", "Brightline Freight"))).get();
                ProducerRecord<String, byte[]> rejected = new ProducerRecord<>(Topics.ARTICLES_DLQ.name(), "bad-1",
                        "{\"id\": \"bad-1\", \"body\"".getBytes(StandardCharsets.UTF_8));
                rejected.headers().add(Topics.DLQ_REASON_HEADER, "invalid JSON: unexpected end".getBytes(StandardCharsets.UTF_8));
                producer.send(rejected).get();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline && printed.toString(StandardCharsets.UTF_8).lines().count() < 2) {
                    Thread.sleep(50); // polling for the tails' output
                }
            }
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        assertEquals(2, lines.size(), "exactly the two records sent after start: " + lines);
        assertTrue(lines.get(0).startsWith("created  funding      Brightline Freight | $40M | announced | 1 source | deal d-1"), lines.get(0));
        assertEquals("rejected article bad-1: invalid JSON: unexpected end | {\"id\": \"bad-1\", \"body\"", lines.get(1));
    }

    private static byte[] dealUpdate(String id, String target) {
        return ("{\"dealId\":\"" + id + "\",\"change\":\"created\",\"changedFields\":[],\"causedBy\":\"a\","
                + "\"deal\":{\"id\":\"" + id + "\",\"type\":\"funding\",\"target\":" + Json.write(target) + ","
                + "\"amount\":{\"value\":4.0e7,\"currency\":\"USD\"},\"status\":\"announced\",\"current\":true,"
                + "\"sources\":[{\"articleId\":\"a\"}]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(kafka.consumer(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }
}
