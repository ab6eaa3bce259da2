package io.dealstream.extractor;

import io.dealstream.model.AppIds;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extractor topology as a Kafka Streams application: warms the CoreNLP pipeline up
 * before the stream threads poll (the first article through it would otherwise take seconds),
 * replaces a stream thread that dies of an unexpected error instead of stopping, and closes
 * cleanly.
 */
public final class ExtractorService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorService.class);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final DealExtractor extractor;
    private final KafkaStreams streams;
    private volatile boolean closed;

    /**
     * {@code streamsProps} as made by {@code KafkaSettings.streams(...)}; {@code application.id}
     * defaults to {@link AppIds#EXTRACTOR}.
     */
    public ExtractorService(Properties streamsProps, DealExtractor extractor) {
        this.extractor = extractor;
        Properties props = new Properties();
        props.putAll(streamsProps);
        props.putIfAbsent("application.id", AppIds.EXTRACTOR);
        this.streams = new KafkaStreams(ExtractorTopology.build(extractor), props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("extractor stream thread died; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("extractor streams {} -> {}", before, now));
    }

    /** Warms the pipeline up, then starts the stream threads. */
    public void start() {
        if (closed) {
            throw new IllegalStateException("extractor service was closed; create a new one");
        }
        extractor.warmUp();
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Stops the stream threads, committing what was processed; safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Leave the group, so the other extractor instances take this one's partitions at once
        // instead of after session.timeout.ms, when the group would notice it is gone.
        if (!streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            LOG.warn("extractor streams did not stop within {}", CLOSE_TIMEOUT);
        }
    }
}
