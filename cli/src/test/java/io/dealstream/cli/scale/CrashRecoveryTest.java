package io.dealstream.cli.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.cli.broker.EmbeddedKafkaBroker;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.cli.kafka.TopicSetup;
import io.dealstream.model.AppIds;
import io.dealstream.model.Json;
import io.dealstream.model.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once under crashes (issue 5). The extractor and the aggregator run as separate OS
 * processes ({@code dealstream extractor}, {@code dealstream aggregator}: the container entry
 * points) against a broker started in this JVM; 2,000 generated articles ({@link ArticleCorpus},
 * real extraction through CoreNLP) plus re-sent duplicates and corrections are fed while they run.
 *
 * <p>Two runs on two fresh brokers: a clean one, and one in which the processes are killed with
 * SIGKILL at seeded random points of the stream (the extractor, the aggregator or both), and
 * restarted after a random pause. The final ledger of the crashed run must equal the clean run's:
 * every deal on the compacted {@code deal-updates} (the last update per deal id), every deal, company
 * summary (totals) and valuation history through HTTP; and within each run, HTTP must agree with
 * {@code deal-updates}. The figures (kills, times) are printed.
 */
class CrashRecoveryTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);

    private static final int ARTICLES = 2000;
    private static final int DUPLICATES = 20;
    private static final int CORRECTIONS = 20;
    private static final long CORPUS_SEED = 20_261_128L;
    /** Kill points and their seed; {@code -Ddealstream.crash.kills=N -Ddealstream.crash.seed=S} for longer runs. */
    private static final long KILL_SEED = Long.getLong("dealstream.crash.seed", CORPUS_SEED);
    private static final int KILLS = Integer.getInteger("dealstream.crash.kills", 6);
    private static final int PARTITIONS = 3;
    /** Records fed per second: the stream lasts about a minute, so kills land while articles still arrive. */
    private static final int FEED_PER_SECOND = 40;
    /** Failure timeout for one run to settle, on a loaded 2-core machine; not a performance limit. */
    private static final Duration SETTLE_WAIT = Duration.ofMinutes(6);
    /** How long nothing may change before a run counts as settled. */
    private static final Duration QUIET = Duration.ofSeconds(10);
    /** Stream threads and extraction workers: what a thread dump of a run that does not settle shows. */
    private static final Pattern STREAM_OR_EXTRACT_THREAD =
            Pattern.compile("^\"(.*-StreamThread-\\d+|dealstream-extract-\\d+)\"");

    @TempDir
    Path dir;

    /** What a run ended with. */
    record Outcome(Map<String, JsonNode> dealsOnTopic, Map<String, JsonNode> answers, int updates, int repeats,
                   int kills, long millis) {
    }

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void theLedgerAfterSigkillsOfBothAppsMidStreamEqualsTheCleanRunsLedger() throws Exception {
        List<ArticleCorpus.Item> feed = ArticleCorpus.feedOrder(ArticleCorpus.articles(ARTICLES, CORPUS_SEED),
                DUPLICATES, CORRECTIONS, CORPUS_SEED);

        Outcome clean = run("clean", feed, null);
        Outcome crashed = run("crashed", feed, new Random(KILL_SEED));

        assertTrue(clean.dealsOnTopic().size() > ARTICLES / 2,
                "real extraction should find deals in most articles; found " + clean.dealsOnTopic().size());
        assertEquals(KILLS, crashed.kills(), "kills performed");
        // The aggregator writes an update only when a deal changed: the same deal twice in a row for
        // one id would be output of work done twice (a replay after a crash that exactly-once hides).
        assertEquals(0, clean.repeats(), "updates repeating the previous update of their deal, clean run");
        assertEquals(0, crashed.repeats(), "updates repeating the previous update of their deal, crashed run");
        assertSameLedger(clean.dealsOnTopic(), crashed.dealsOnTopic(), "deal-updates (last update per deal id)");
        assertSameLedger(clean.answers(), crashed.answers(), "HTTP answers");

        String figures = String.format("crash figures: %d records fed (%d articles, %d duplicates, %d corrections);"
                        + " clean run %d s, %d deals, %d updates; crashed run %d s with %d SIGKILLs survived, %d updates;"
                        + " ledgers equal (%d deals, %d HTTP answers); repeated updates: %d clean, %d crashed",
                feed.size(), ARTICLES, DUPLICATES, CORRECTIONS, clean.millis() / 1000, clean.dealsOnTopic().size(),
                clean.updates(), crashed.millis() / 1000, crashed.kills(), crashed.updates(),
                crashed.dealsOnTopic().size(), crashed.answers().size(), clean.repeats(), crashed.repeats());
        LOG.info(figures);
        System.out.println(figures);
    }

    // ------------------------------------------------------------------ one run

    private Outcome run(String name, List<ArticleCorpus.Item> feed, Random killer) throws Exception {
        long started = System.nanoTime();
        Path runDir = Files.createDirectories(dir.resolve(name));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(runDir.resolve("kafka"))) {
            KafkaConnection kafka = new KafkaConnection(broker.bootstrapServers(), new Properties());
            Path config = runDir.resolve("kafka.properties");
            // A killed instance is noticed by the group after this long instead of 45 s.
            Files.writeString(config, "session.timeout.ms=10000\nheartbeat.interval.ms=2000\n");
            int httpPort = freePort();
            Child extractor = new Child("extractor", runDir, List.of("-Xmx1g", "-XX:+UseSerialGC"), List.of(
                    "extractor", "--bootstrap-servers", broker.bootstrapServers(), "--kafka-config", config.toString(),
                    "--state-dir", runDir.resolve("state-extractor").toString(), "--no-create-topics"));
            Child aggregator = new Child("aggregator", runDir, List.of("-Xmx512m", "-XX:+UseSerialGC"), List.of(
                    "aggregator", "--bootstrap-servers", broker.bootstrapServers(), "--kafka-config", config.toString(),
                    "--state-dir", runDir.resolve("state-aggregator").toString(), "--no-create-topics",
                    "--http-port", Integer.toString(httpPort)));
            String url = "http://localhost:" + httpPort;
            try (Admin admin = Admin.create(kafka.admin())) {
                TopicSetup.createAll(admin, PARTITIONS, 30_000);
                aggregator.start();
                extractor.start();
                AtomicInteger fed = new AtomicInteger();
                List<String> sendFailures = Collections.synchronizedList(new ArrayList<>());
                Thread feeder = new Thread(() -> feed(kafka, feed, fed, sendFailures), "feeder-" + name);
                feeder.start();
                int kills = killer == null ? 0 : killAtRandomPoints(killer, admin, feed.size(), extractor, aggregator);
                feeder.join();
                // A record the harness failed to send would leave the wait below waiting for it forever.
                assertTrue(sendFailures.isEmpty(), "the test's feeder failed to send " + sendFailures.size()
                        + " records, first: " + (sendFailures.isEmpty() ? "" : sendFailures.get(0)));
                assertEquals(feed.size(), fed.get(), "records handed to the feeder's producer");
                settle(admin, feed.size(), url, extractor, aggregator);
                Map<String, JsonNode> deals = new TreeMap<>();
                int[] repeats = new int[1];
                int updates = readDealUpdates(kafka, deals, repeats);
                Map<String, JsonNode> answers = askHttp(url, deals);
                LOG.info("{} run settled: {} deals from {} updates, {} kills", name, deals.size(), updates, kills);
                return new Outcome(deals, answers, updates, repeats[0], kills, (System.nanoTime() - started) / 1_000_000);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(e.getMessage() + "\n" + extractor.logTail() + "\n" + aggregator.logTail(), e);
            } finally {
                extractor.stop();
                aggregator.stop();
            }
        }
    }

    /** Sends the feed at {@link #FEED_PER_SECOND}, keyed by article id, as {@code dealstream feed} does. */
    private static void feed(KafkaConnection kafka, List<ArticleCorpus.Item> items, AtomicInteger fed,
                             List<String> sendFailures) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producer(), new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < items.size(); i++) {
                ArticleCorpus.Item item = items.get(i);
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), item.id(), item.json()), (meta, error) -> {
                    if (error != null) {
                        sendFailures.add(item.id() + ": " + error);
                    }
                });
                fed.incrementAndGet();
                if ((i + 1) % FEED_PER_SECOND == 0) {
                    producer.flush();
                    Thread.sleep(1000); // pacing: the stream lasts about a minute
                }
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sendFailures.add("the producer threw " + e);
        }
    }

    /**
     * Kills at {@link #KILLS} points of the extractor's progress (seeded: fractions of the records
     * consumed, a random delay, which process), restarting the killed one after a random pause.
     */
    private static int killAtRandomPoints(Random killer, Admin admin, int total, Child extractor, Child aggregator)
            throws Exception {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            points.add(0.05 + 0.9 * killer.nextDouble());
        }
        points.sort(null);
        int kills = 0;
        long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
        for (double point : points) {
            while (extractorProgress(admin) < point * total) {
                if (System.nanoTime() > deadline) {
                    fail("the extractor never reached " + Math.round(point * 100) + " % of the stream");
                }
                Thread.sleep(200); // polling the consumer group's committed offsets
            }
            Thread.sleep(killer.nextInt(1500));
            int which = killer.nextInt(3);
            List<Child> victims = which == 0 ? List.of(extractor) : which == 1 ? List.of(aggregator)
                    : List.of(extractor, aggregator);
            for (Child victim : victims) {
                victim.kill();
            }
            LOG.info("kill {} at {} % of the stream: {}", kills + 1, Math.round(point * 100),
                    victims.stream().map(c -> c.name).toList());
            kills++;
            Thread.sleep(killer.nextInt(3000));
            for (Child victim : victims) {
                victim.start();
            }
        }
        return kills;
    }

    private static long extractorProgress(Admin admin) throws Exception {
        long sum = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : admin.listConsumerGroupOffsets(AppIds.EXTRACTOR)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).entrySet()) {
            if (e.getKey().topic().equals(Topics.ARTICLES.name()) && e.getValue() != null) {
                sum += e.getValue().offset();
            }
        }
        return sum;
    }

    /**
     * Waits until the extractor has consumed every article and nothing changes for {@link #QUIET}
     * (no committed offset of either app, no end offset of any topic) while the aggregator is healthy.
     */
    private static void settle(Admin admin, int total, String url, Child extractor, Child aggregator) throws Exception {
        HttpProbe http = new HttpProbe();
        long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
        String last = "";
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            extractor.requireAlive();
            aggregator.requireAlive();
            String now = snapshot(admin);
            boolean healthy = http.get(url, "/health").status() == 200;
            if (!now.equals(last) || !healthy || extractorProgress(admin) < total) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                return;
            }
            Thread.sleep(500); // polling offsets while the apps work
        }
        fail("the pipeline did not settle within " + SETTLE_WAIT + "; extractor at " + extractorProgress(admin)
                + " of " + total + "; " + articlesProgress(admin) + "\n" + extractor.threadDump(STREAM_OR_EXTRACT_THREAD)
                + "\n" + aggregator.threadDump(STREAM_OR_EXTRACT_THREAD));
    }

    /** Per partition of {@code articles}: its end offset and the extractor's committed offset, and the group's state. */
    private static String articlesProgress(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(AppIds.EXTRACTOR)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        for (int p = 0; p < PARTITIONS; p++) {
            latest.put(new TopicPartition(Topics.ARTICLES.name(), p), OffsetSpec.latest());
        }
        StringBuilder out = new StringBuilder("articles partitions (end offset / extractor committed):");
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> {
            OffsetAndMetadata c = committed.get(tp);
            out.append(' ').append(tp).append('=').append(info.offset()).append('/').append(c == null ? "none" : c.offset());
        });
        admin.describeConsumerGroups(List.of(AppIds.EXTRACTOR)).all().get(10, TimeUnit.SECONDS).forEach((id, group) ->
                out.append("; group ").append(id).append(' ').append(group.groupState()).append(", members ")
                        .append(group.members().size()));
        return out.toString();
    }

    /** Committed offsets of both apps and end offsets of every topic, as one comparable text. */
    private static String snapshot(Admin admin) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String group : List.of(AppIds.EXTRACTOR, AppIds.AGGREGATOR)) {
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TopicPartition::toString)))
                    .forEach(e -> out.append(e.getKey()).append('=').append(e.getValue() == null ? -1 : e.getValue().offset()).append(' '));
        }
        Set<String> topics = new TreeSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
        Map<TopicPartition, OffsetSpec> request = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, d) ->
                d.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TopicPartition::toString)))
                .forEach(e -> out.append(e.getKey()).append(':').append(e.getValue().offset()).append(' '));
        return out.toString();
    }

    /**
     * The last committed update per deal id on {@code deal-updates}; live deals go into {@code deals},
     * updates whose deal equals the previous update's of the same id are counted in {@code repeats}.
     */
    private static int readDealUpdates(KafkaConnection kafka, Map<String, JsonNode> deals, int[] repeats)
            throws IOException {
        Properties props = kafka.consumer();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, JsonNode> latest = new TreeMap<>();
        int updates = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAL_UPDATES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    fail("could not read deal-updates to its end");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    updates++;
                    JsonNode update = r.value() == null ? null : Json.MAPPER.readTree(r.value());
                    JsonNode before = latest.get(r.key());
                    if (update != null && before != null && update.hasNonNull("deal")
                            && update.get("deal").equals(before.get("deal"))) {
                        repeats[0]++;
                    }
                    latest.put(r.key(), update);
                }
            }
        }
        latest.forEach((id, update) -> {
            if (update != null && update.hasNonNull("deal")) {
                deals.put(id, update.get("deal"));
            }
        });
        return updates;
    }

    /**
     * Asks the aggregator for every live deal (which must equal the deal on {@code deal-updates}),
     * and for every company that has one: its summary (deals, totals, latest valuation) and its
     * valuation history.
     */
    private static Map<String, JsonNode> askHttp(String url, Map<String, JsonNode> deals) throws InterruptedException {
        HttpProbe http = new HttpProbe();
        Map<String, JsonNode> answers = new TreeMap<>();
        Set<String> companies = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : deals.entrySet()) {
            String path = "/deals/" + HttpProbe.segment(e.getKey());
            HttpProbe.Answer answer = http.get(url, path);
            assertTrue(answer.ok(), path + ": " + answer);
            assertEquals(e.getValue(), answer.body(), path + " differs from its last update on deal-updates");
            answers.put(path, answer.body());
            companies.add(e.getValue().path("companyKey").asText());
        }
        for (String company : companies) {
            for (String path : List.of("/companies/" + HttpProbe.segment(company),
                    "/companies/" + HttpProbe.segment(company) + "/valuations")) {
                HttpProbe.Answer answer = http.get(url, path);
                assertTrue(answer.status() == 200 || answer.status() == 404, path + ": " + answer);
                answers.put(path, answer.body());
            }
        }
        return answers;
    }

    private static void assertSameLedger(Map<String, JsonNode> clean, Map<String, JsonNode> crashed, String what) {
        if (clean.equals(crashed)) {
            return;
        }
        Set<String> onlyClean = new TreeSet<>(clean.keySet());
        onlyClean.removeAll(crashed.keySet());
        Set<String> onlyCrashed = new TreeSet<>(crashed.keySet());
        onlyCrashed.removeAll(clean.keySet());
        List<String> differing = new ArrayList<>();
        clean.forEach((k, v) -> {
            if (crashed.containsKey(k) && !v.equals(crashed.get(k))) {
                differing.add(k + "\n  clean:   " + v + "\n  crashed: " + crashed.get(k));
            }
        });
        fail(what + " differ after crashes: only in the clean run " + first(onlyClean) + " (" + onlyClean.size()
                + "), only in the crashed run " + first(onlyCrashed) + " (" + onlyCrashed.size() + "), different "
                + differing.size() + ": " + (differing.isEmpty() ? "" : differing.get(0)));
    }

    private static List<String> first(Set<String> keys) {
        return keys.stream().limit(5).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ------------------------------------------------------------------ child processes

    /** One app as its own JVM: {@code java -cp <test class path> io.dealstream.cli.Main <command>}. */
    private static final class Child {
        final String name;
        private final Path log;
        private final List<String> command = new ArrayList<>();
        private Process process;
        private int starts;

        Child(String name, Path runDir, List<String> jvmOptions, List<String> args) {
            this.name = name;
            this.log = runDir.resolve(name + ".log");
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(classPath());
            command.add("io.dealstream.cli.Main");
            command.addAll(args);
        }

        /** The test's class path (surefire keeps it in a property; its own is a manifest-only jar). */
        private static String classPath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }

        void start() throws IOException {
            starts++;
            Files.writeString(log, "---- start " + starts + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        }

        /** SIGKILL: no shutdown hook, no commit, no leaving the group. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void requireAlive() {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + "\n" + logTail());
            }
        }

        /** SIGTERM, as Ctrl-C: a clean stop. */
        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(40, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }

        /**
         * The stacks of the child's threads whose quoted name matches {@code threadName} (by {@code jcmd
         * Thread.print}), to tell a stuck thread from an idle one when a run does not settle.
         */
        String threadDump(Pattern threadName) {
            if (process == null || !process.isAlive()) {
                return "(" + name + " is not running: no thread dump)";
            }
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            try {
                Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                        .redirectErrorStream(true).start();
                String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                dump.waitFor(30, TimeUnit.SECONDS);
                StringBuilder out = new StringBuilder("---- " + name + " threads matching " + threadName + ":\n");
                for (String block : text.split("\n\n")) {
                    String head = block.lines().findFirst().orElse("");
                    if (block.startsWith("\"") && threadName.matcher(head).find()) {
                        out.append(block).append("\n\n");
                    }
                }
                return out.toString();
            } catch (IOException e) {
                return "(no thread dump of " + name + ": " + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "(thread dump of " + name + " interrupted)";
            }
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return "---- end of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log " + log + ")";
            }
        }
    }
}
