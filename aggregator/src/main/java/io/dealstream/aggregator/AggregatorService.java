package io.dealstream.aggregator;

import io.dealstream.aggregator.rest.ClusterLedgerQueries;
import io.dealstream.aggregator.rest.LedgerApi;
import io.dealstream.aggregator.streams.AggregatorTopology;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregator process: the Kafka Streams application and its HTTP API.
 *
 * <p>{@link #start()} binds the HTTP port first (so that port 0 can be resolved and advertised as
 * {@code application.server}), then starts the streams application; until its stores are
 * queryable the API answers 503 with {@code Retry-After}. {@link #close()} stops HTTP, then closes
 * the streams application (committing its work) and leaves the consumer group, so that other
 * instances take over its partitions at once; both are idempotent.
 *
 * <p>{@code streamsProps} are Kafka Streams properties (e.g. from {@code KafkaSettings.streams})
 * plus the {@code dealstream.*} keys of {@link AggregatorConfig}.
 */
public final class AggregatorService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AggregatorService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Properties streamsProps;
    private final String httpHost;
    private final int requestedPort;
    private LedgerApi api;
    private KafkaStreams streams;
    private int boundPort = -1;
    private String advertised = "";

    public AggregatorService(Properties streamsProps, String httpHost, int httpPort) {
        this.streamsProps = new Properties();
        this.streamsProps.putAll(streamsProps);
        this.httpHost = httpHost == null || httpHost.isBlank() ? "localhost" : httpHost;
        this.requestedPort = httpPort;
    }

    public synchronized void start() {
        if (streams != null) {
            throw new IllegalStateException("the aggregator is already started");
        }
        AggregatorConfig config = AggregatorConfig.from(streamsProps);
        CompanyResolver resolver = config.aliasesFile().map(CompanyResolver::load).orElse(CompanyResolver.none());
        if (resolver.aliasCount() > 0) {
            LOG.info("company aliases: {} names from {}", resolver.aliasCount(), config.aliasesFile().get());
        }
        api = new LedgerApi(resolver, () -> advertised);
        boundPort = api.start(httpHost, requestedPort);
        try {
            Properties kafka = config.kafkaProperties();
            HostInfo self = advertisedHost(kafka, config);
            advertised = self.host() + ":" + self.port();
            kafka.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                    LogAndContinueExceptionHandler.class.getName());
            kafka.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                    LogAndContinueProcessingExceptionHandler.class.getName());
            kafka.putIfAbsent("processing.exception.handler.global.enabled", "true");
            streams = new KafkaStreams(AggregatorTopology.build(resolver, config.mergeRules()), kafka);
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("a stream thread of the aggregator failed; shutting the aggregator down", e);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            String applicationId = kafka.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
            ClusterLedgerQueries queries = new ClusterLedgerQueries(streams, self, applicationId, config.querySettings());
            api.attach(queries, queries);
            streams.start();
            LOG.info("aggregator started: HTTP on {}:{} (advertised as {})", httpHost, boundPort, advertised);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** {@code application.server} as given, else the advertised (or bind) host with the bound port. */
    private HostInfo advertisedHost(Properties kafka, AggregatorConfig config) {
        String given = kafka.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        if (given != null && !given.isBlank()) {
            HostInfo info = HostInfo.buildFromEndpoint(given.strip());
            if (info.port() != boundPort) {
                LOG.warn("application.server {} names port {}, but HTTP listens on {}: other instances will "
                        + "forward queries to the port named there", given, info.port(), boundPort);
            }
            return info;
        }
        String host = config.advertisedHost().orElseGet(() -> {
            if (!httpHost.equals("0.0.0.0") && !httpHost.equals("::")) {
                return httpHost;
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                throw new IllegalStateException("cannot find this machine's host name to advertise; set "
                        + AggregatorConfig.ADVERTISED_HOST, e);
            }
        });
        kafka.put(StreamsConfig.APPLICATION_SERVER_CONFIG, host + ":" + boundPort);
        return new HostInfo(host, boundPort);
    }

    /** The interface HTTP binds to: localhost unless another host was given. */
    public String httpHost() {
        return httpHost;
    }

    /** The bound HTTP port (the actual one when 0 was requested); -1 before {@link #start()}. */
    public synchronized int httpPort() {
        return boundPort;
    }

    /** The streams application's state; CREATED before {@link #start()}. */
    public synchronized KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.CREATED : streams.state();
    }

    @Override
    public synchronized void close() {
        if (api != null) {
            api.stop();
            api = null;
        }
        if (streams != null) {
            // Leave the group: the other instances take over this one's partitions at once (their
            // standbys are warm) instead of after session.timeout.ms, when the group would notice.
            if (!streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(CLOSE_TIMEOUT))) {
                LOG.warn("the aggregator's streams did not close within {}", CLOSE_TIMEOUT);
            }
            streams = null;
        }
    }
}
