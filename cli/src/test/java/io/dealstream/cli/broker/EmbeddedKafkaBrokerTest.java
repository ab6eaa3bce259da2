package io.dealstream.cli.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.cli.kafka.TopicSetup;
import io.dealstream.model.Topics;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker on its own: storage formatted once and reused, topics, locking, ports. */
class EmbeddedKafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossARestartOfTheSameDataDirectory() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            KafkaConnection kafka = new KafkaConnection(broker.bootstrapServers(), new Properties());
            try (Admin admin = Admin.create(kafka.admin())) {
                List<String> created = TopicSetup.createAll(admin, 2, 30_000);
                assertEquals(Set.of("articles", "articles-dlq", "deal-mentions", "deal-updates", "valuation-updates"),
                        Set.copyOf(created));
                // what was created is served at once: describing a topic's configuration right after
                // creation failed with "unknown topic" while the broker's metadata lagged the controller
                ConfigResource dealUpdates = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DEAL_UPDATES.name());
                ConfigEntry policy = admin.describeConfigs(List.of(dealUpdates)).all().get()
                        .get(dealUpdates).get("cleanup.policy");
                assertEquals("compact", policy.value());
                assertEquals(2, admin.describeTopics(List.of("articles")).allTopicNames().get()
                        .get("articles").partitions().size());
                // a second run creates nothing and does not fail
                assertEquals(List.of(), TopicSetup.createAll(admin, 2, 30_000));
            }
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(kafka.producer(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("articles", "a-1", "before restart")).get();
            }
        }

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            KafkaConnection kafka = new KafkaConnection(broker.bootstrapServers(), new Properties());
            try (Admin admin = Admin.create(kafka.admin())) {
                assertTrue(admin.listTopics().names().get().containsAll(Set.of("articles", "deal-updates")));
            }
            assertEquals(List.of("a-1=before restart"), readAll(kafka, "articles"));
        }
    }

    @Test
    void refusesADataDirectoryThatAnotherBrokerUses() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            var error = assertThrows(EmbeddedKafkaBroker.BrokerStartException.class,
                    () -> EmbeddedKafkaBroker.start(dataDir));
            assertTrue(error.getMessage().contains("in use by another running broker"), error.getMessage());
        }
    }

    @Test
    void refusesAPortThatIsTakenWithAMessageSayingWhatToDo(@TempDir Path otherDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var error = assertThrows(EmbeddedKafkaBroker.BrokerStartException.class,
                    () -> EmbeddedKafkaBroker.start(otherDir, taken.getLocalPort(), Map.of()));
            assertTrue(error.getMessage().contains("port " + taken.getLocalPort() + " is already in use"), error.getMessage());
            assertTrue(error.getMessage().contains("--bootstrap-servers"), error.getMessage());
        }
    }

    private static List<String> readAll(KafkaConnection kafka, String topic) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(kafka.consumer(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }
}
