package io.dealstream.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Marker;

/**
 * Drops warnings that Kafka logs on every start although dealstream already does what they ask:
 * Kafka Streams 4.4 still warns once per app that the processing exception handler is not enabled
 * for global state when {@code processing.exception.handler.global.enabled=true} is set (as
 * {@code LocalPipeline.streamsProperties} does). Only exact messages from exact loggers are
 * dropped; everything else passes.
 */
public final class KnownNoiseFilter extends TurboFilter {

    private static final Map<String, String> NOISE = Map.of(
            "org.apache.kafka.streams.StreamsConfig",
            "Processing exception handler is not enabled for the GlobalThread");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || level != Level.WARN) {
            return FilterReply.NEUTRAL;
        }
        String prefix = NOISE.get(logger.getName());
        return prefix != null && format.startsWith(prefix) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
