package io.dealstream.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.dealstream.aggregator.AggregatorService;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.ExtractorService;
import io.dealstream.model.AppIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Security settings from a {@code --kafka-config} file reach every Kafka client dealstream
 * creates (the CLI's producer, consumer and admin client, and every client inside the extractor
 * and aggregator Streams apps), and their secrets never reach the log. The clients are created
 * for real against an address where nothing listens, with Kafka's configuration dumps switched on;
 * every log event is captured and searched.
 */
class KafkaSecuritySettingsTest {

    private static final String JAAS_PASSWORD = "jaas-Pw-7c1e0d";
    private static final String KEYSTORE_PASSWORD = "keystore-Pw-44ab";
    private static final String TRUSTSTORE_PASSWORD = "truststore-Pw-91f3";
    private static final String KEY_PASSWORD = "key-Pw-0b2d";
    private static final List<String> SECRETS = List.of(JAAS_PASSWORD, KEYSTORE_PASSWORD, TRUSTSTORE_PASSWORD, KEY_PASSWORD);
    private static final Pattern CONFIG_DUMP = Pattern.compile("^(\\w+Config) values:");
    private static final Pattern CLIENT_ID = Pattern.compile("\\bclient\\.id = (\\S*)");

    @TempDir
    Path dir;

    private Path kafkaConfigFile() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, String.join("\n",
                "security.protocol=SASL_PLAINTEXT",
                "sasl.mechanism=PLAIN",
                "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"dealstream\" password=\"" + JAAS_PASSWORD + "\";",
                "ssl.keystore.location=/nonexistent/keystore.jks",
                "ssl.keystore.password=" + KEYSTORE_PASSWORD,
                "ssl.truststore.password=" + TRUSTSTORE_PASSWORD,
                "ssl.key.password=" + KEY_PASSWORD,
                "client.dns.lookup=use_all_dns_ips", ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyCommandsPropertiesCarryTheFileSettings() throws Exception {
        Properties file = KafkaOptions.clientOverrides(kafkaConfigFile());
        KafkaConnection connection = new KafkaConnection("localhost:1", file);
        List<Properties> effective = List.of(connection.producer(), connection.consumer(), connection.admin(),
                LocalPipeline.streamsProperties(AppIds.EXTRACTOR, "localhost:1", dir.resolve("x"), connection.clientOverrides()),
                LocalPipeline.streamsProperties(AppIds.AGGREGATOR, "localhost:1", dir.resolve("a"), connection.clientOverrides()));
        for (Properties p : effective) {
            for (String key : file.stringPropertyNames()) {
                assertEquals(file.getProperty(key), p.getProperty(key), key + " in " + p.keySet());
            }
        }
    }

    @Test
    void everyClientGetsTheSecuritySettingsAndNoSecretIsLogged() throws Exception {
        KafkaConnection connection = new KafkaConnection("localhost:1", KafkaOptions.clientOverrides(kafkaConfigFile()));
        DealExtractor extractor = DealExtractor.shared();
        List<ILoggingEvent> events;
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger kafka = logging.getLogger("org.apache.kafka");
        Level kafkaLevel = kafka.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(logging);
        captured.start();
        root.addAppender(captured);
        kafka.setLevel(Level.INFO); // configuration dumps are INFO; the CLI logs Kafka at WARN
        try {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(connection.producer(),
                    new StringSerializer(), new ByteArraySerializer());
                 KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(connection.consumer(),
                         new StringDeserializer(), new ByteArrayDeserializer());
                 Admin admin = Admin.create(connection.admin())) {
                assertTrue(producer.metrics().size() > 0 && consumer.metrics().size() > 0 && admin.metrics().size() > 0);
            }
            try (ExtractorService app = new ExtractorService(LocalPipeline.streamsProperties(AppIds.EXTRACTOR,
                    connection.bootstrapServers(), dir.resolve("extractor"), connection.clientOverrides()), extractor)) {
                assertEquals("CREATED", app.state().name());
            }
            try (AggregatorService app = new AggregatorService(LocalPipeline.streamsProperties(AppIds.AGGREGATOR,
                    connection.bootstrapServers(), dir.resolve("aggregator"), connection.clientOverrides()), "localhost", 0)) {
                app.start(); // the aggregator creates its Streams client on start
            }
        } finally {
            root.detachAppender(captured);
            kafka.setLevel(kafkaLevel);
            events = new ArrayList<>(captured.list);
        }

        List<String> clients = new ArrayList<>();
        for (ILoggingEvent event : events) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), "a secret is in the log (" + event.getLoggerName() + "): " + text);
            }
            Matcher dump = CONFIG_DUMP.matcher(event.getFormattedMessage());
            if (!dump.find()) {
                continue;
            }
            String message = event.getFormattedMessage();
            Matcher id = CLIENT_ID.matcher(message);
            String client = dump.group(1) + " " + (id.find() ? id.group(1) : "");
            clients.add(client);
            assertTrue(message.contains("security.protocol = SASL_PLAINTEXT"), client + ": " + message);
            if (!dump.group(1).equals("StreamsConfig")) {
                assertTrue(message.contains("sasl.mechanism = PLAIN"), client + ": " + message);
                assertTrue(message.contains("sasl.jaas.config = [hidden]"), client + ": " + message);
                assertTrue(message.contains("ssl.keystore.password = [hidden]"), client + ": " + message);
            }
        }
        for (String app : List.of(AppIds.EXTRACTOR, AppIds.AGGREGATOR)) {
            for (String expected : List.of("StreamsConfig ", "ConsumerConfig " + app, "ProducerConfig " + app,
                    "AdminClientConfig " + app)) {
                assertTrue(clients.stream().anyMatch(c -> c.startsWith(expected)), expected + " not among " + clients);
            }
            assertTrue(clients.stream().anyMatch(c -> c.startsWith("ConsumerConfig " + app) && c.endsWith("restore-consumer")),
                    "restore consumer of " + app + " not among " + clients);
        }
        for (String cliClient : List.of("ProducerConfig ", "ConsumerConfig ", "AdminClientConfig ")) {
            assertTrue(clients.stream().anyMatch(c -> c.startsWith(cliClient) && !c.contains("dealstream-")),
                    "the CLI's own " + cliClient + "not among " + clients);
        }
    }
}
