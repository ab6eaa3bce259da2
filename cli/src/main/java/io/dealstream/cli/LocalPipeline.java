package io.dealstream.cli;

import io.dealstream.aggregator.AggregatorService;
import io.dealstream.cli.broker.EmbeddedKafkaBroker;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.cli.kafka.TopicSetup;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.ExtractorService;
import io.dealstream.model.AppIds;
import io.dealstream.model.KafkaSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: a Kafka broker (embedded, unless an existing cluster is named),
 * dealstream's topics, the aggregator with its HTTP API, and the extractor. This is the wiring of
 * {@code dealstream local}, and the end-to-end test runs the same wiring.
 *
 * <p>Every part is registered with a {@link Lifecycle} as soon as it runs, so Ctrl-C during start-up
 * still stops whatever has started, and parts stop in reverse order: extractor, aggregator, broker.
 */
public final class LocalPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

    /**
     * How to run the pipeline.
     *
     * @param dataDir           the broker's logs and the Streams state live under it
     * @param bootstrapServers  an existing cluster, or null for the embedded broker
     * @param kafkaPort         the embedded broker's port (0 = a free one); unused with bootstrapServers
     * @param clientOverrides   Kafka client settings for every client (security and the like)
     * @param httpHost          the interface the HTTP API binds to
     * @param httpPort          the HTTP API's port (0 = a free one)
     * @param partitions        partitions of each topic created
     */
    public record Settings(Path dataDir, String bootstrapServers, int kafkaPort, Properties clientOverrides,
                           String httpHost, int httpPort, int partitions) {
    }

    private final KafkaConnection kafka;
    private final EmbeddedKafkaBroker broker;
    private final AggregatorService aggregator;
    private final ExtractorService extractor;

    private LocalPipeline(KafkaConnection kafka, EmbeddedKafkaBroker broker, AggregatorService aggregator,
                          ExtractorService extractor) {
        this.kafka = kafka;
        this.broker = broker;
        this.aggregator = aggregator;
        this.extractor = extractor;
    }

    /** Starts every part, registering each with {@code lifecycle}; returns once all run. */
    public static LocalPipeline start(Settings settings, Lifecycle lifecycle) {
        long t0 = System.nanoTime();
        // CoreNLP takes seconds to load; it loads while the broker starts.
        CompletableFuture<DealExtractor> extractorReady = CompletableFuture.supplyAsync(() -> {
            DealExtractor extractor = DealExtractor.shared();
            extractor.warmUp();
            return extractor;
        });

        EmbeddedKafkaBroker broker = null;
        String bootstrap = settings.bootstrapServers();
        if (bootstrap == null) {
            broker = lifecycle.add("Kafka broker", EmbeddedKafkaBroker.start(
                    settings.dataDir().resolve("kafka"), settings.kafkaPort(), Map.of()));
            bootstrap = broker.bootstrapServers();
        }
        KafkaConnection kafka = new KafkaConnection(bootstrap, settings.clientOverrides());
        if (broker == null) {
            kafka.requireReachable(Duration.ofSeconds(10));
        }
        long brokerReady = System.nanoTime();
        createTopics(kafka, settings.partitions());
        long topicsReady = System.nanoTime();

        Path stateDir = settings.dataDir().resolve("streams");
        Properties localOverrides = localStreamsOverrides(settings.clientOverrides());
        AggregatorService aggregator = new AggregatorService(
                streamsProperties(AppIds.AGGREGATOR, bootstrap, stateDir.resolve("aggregator"), localOverrides),
                settings.httpHost(), settings.httpPort());
        lifecycle.add("aggregator", aggregator);
        startWithSettings("aggregator", aggregator::start);
        long aggregatorStarted = System.nanoTime();

        DealExtractor dealExtractor = join(extractorReady);
        long corenlpReady = System.nanoTime();
        ExtractorService extractor = new ExtractorService(
                streamsProperties(AppIds.EXTRACTOR, bootstrap, stateDir.resolve("extractor"), localOverrides),
                dealExtractor);
        lifecycle.add("extractor", extractor);
        startWithSettings("extractor", extractor::start);
        long extractorStarted = System.nanoTime();
        LOG.info("started in {} s: {} {} s, topics {} s, aggregator {} s, extractor {} s (waited {} s for CoreNLP,"
                        + " which loaded alongside)",
                seconds(t0, extractorStarted), broker == null ? "cluster check" : "broker", seconds(t0, brokerReady),
                seconds(brokerReady, topicsReady), seconds(topicsReady, aggregatorStarted),
                seconds(aggregatorStarted, extractorStarted), seconds(aggregatorStarted, corenlpReady));
        return new LocalPipeline(kafka, broker, aggregator, extractor);
    }

    /**
     * Starts an app; a setting it rejects (a bad alias file or {@code dealstream.*} value, a Kafka
     * setting of the wrong type in --kafka-config) is the user's to fix, so it becomes a
     * {@link UserError} rather than a report of a dealstream bug.
     */
    public static void startWithSettings(String app, Runnable start) {
        try {
            start.run();
        } catch (IllegalArgumentException | ConfigException e) {
            throw new UserError("the " + app + " cannot start with these settings: " + e.getMessage(), e);
        }
    }

    private static String seconds(long fromNanos, long toNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (toNanos - fromNanos) / 1e9);
    }

    /**
     * A Streams app's properties ({@link KafkaSettings#streams}: exactly-once, state directory, the
     * user's client settings), with the processing exception handler also covering global state,
     * which Kafka Streams warns about at every start otherwise (and will do by default in 5.0).
     */
    public static Properties streamsProperties(String applicationId, String bootstrap, Path stateDir,
                                               Properties clientOverrides) {
        Properties props = KafkaSettings.streams(applicationId, bootstrap, stateDir, clientOverrides);
        props.putIfAbsent("processing.exception.handler.global.enabled", "true");
        return props;
    }

    /**
     * A local run is one instance of each app. Both services leave their group on close, but after
     * a crash the group waits for the dead member's session to time out (45 s by default) before
     * it assigns partitions again; a 10 s session shortens that wait. The user's own setting, if
     * any, wins.
     */
    static Properties localStreamsOverrides(Properties clientOverrides) {
        Properties p = new Properties();
        p.putAll(clientOverrides);
        p.putIfAbsent("session.timeout.ms", "10000");
        p.putIfAbsent("heartbeat.interval.ms", "2000");
        return p;
    }

    /** Creates dealstream's topics where they are missing. */
    public static void createTopics(KafkaConnection kafka, int partitions) {
        try (Admin admin = Admin.create(kafka.admin())) {
            var created = TopicSetup.createAll(admin, partitions, 30_000);
            if (!created.isEmpty()) {
                LOG.debug("created topics {}", created);
            }
        } catch (TimeoutException e) {
            throw new UserError("Kafka at " + kafka.bootstrapServers() + " did not create the topics within 30 s"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while creating topics", e);
        }
    }

    public KafkaConnection kafka() {
        return kafka;
    }

    /** The embedded broker, or null when an existing cluster is used. */
    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public int httpPort() {
        return aggregator.httpPort();
    }

    public AggregatorService aggregator() {
        return aggregator;
    }

    public ExtractorService extractor() {
        return extractor;
    }

    /** Null while both apps run; otherwise which one stopped, for the user. */
    public String failure() {
        if (stopped(extractor.state())) {
            return "the extractor stopped (state " + extractor.state() + "); see the log above";
        }
        if (stopped(aggregator.state())) {
            return "the aggregator stopped (state " + aggregator.state() + "); see the log above";
        }
        return null;
    }

    private static boolean stopped(KafkaStreams.State state) {
        return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING
                || state == KafkaStreams.State.PENDING_ERROR || state == KafkaStreams.State.PENDING_SHUTDOWN;
    }

    private static DealExtractor join(CompletableFuture<DealExtractor> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while loading the extractor", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the extractor could not load: " + cause, cause);
        }
    }
}
