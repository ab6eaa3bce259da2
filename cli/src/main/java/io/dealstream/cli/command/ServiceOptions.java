package io.dealstream.cli.command;

import io.dealstream.cli.Lifecycle;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.Main;
import io.dealstream.cli.UserError;
import io.dealstream.cli.kafka.KafkaConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * Options of the one-app commands ({@code dealstream extractor}, {@code dealstream aggregator}),
 * the entry points of the container images. Each option can also come from the environment
 * variable its description names, which is how docker-compose.yml configures them.
 */
public class ServiceOptions {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceOptions.class);

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:DEALSTREAM_STATE_DIR}",
            description = "Kafka Streams state directory (env DEALSTREAM_STATE_DIR; default .dealstream/streams/<app>"
                    + " in the dealstream folder).")
    Path stateDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "${env:DEALSTREAM_PARTITIONS:-3}",
            description = "Partitions of each topic created at start (env DEALSTREAM_PARTITIONS; default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--create-topics", negatable = true, defaultValue = "${env:DEALSTREAM_CREATE_TOPICS:-true}",
            fallbackValue = "true",
            description = "Create dealstream's topics at start when missing (env DEALSTREAM_CREATE_TOPICS; default ${DEFAULT-VALUE}).")
    boolean createTopics;

    @Option(names = "--wait-for-kafka", paramLabel = "SECONDS", defaultValue = "${env:DEALSTREAM_WAIT_FOR_KAFKA:-60}",
            description = "How long to wait at start for the Kafka cluster to answer (env DEALSTREAM_WAIT_FOR_KAFKA;"
                    + " default ${DEFAULT-VALUE}).")
    int waitForKafkaSeconds;

    Path stateDir(String app) {
        return (stateDir != null ? stateDir : Main.home().resolve(".dealstream").resolve("streams").resolve(app))
                .toAbsolutePath().normalize();
    }

    /** Waits (with backoff) until the cluster answers, then creates the topics if asked to. */
    void prepare(KafkaConnection kafka) throws InterruptedException {
        if (partitions < 1) {
            throw new UserError("--partitions must be at least 1");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(1, waitForKafkaSeconds)).toNanos();
        long backoffMillis = 500;
        while (true) {
            try {
                kafka.requireReachable(Duration.ofSeconds(5));
                break;
            } catch (UserError e) {
                if (System.nanoTime() > deadline) {
                    throw new UserError(KafkaConnection.unreachableMessage(kafka.bootstrapServers())
                            + " (waited " + waitForKafkaSeconds + " s)", e);
                }
                LOG.info("waiting for Kafka at {}", kafka.bootstrapServers());
                Thread.sleep(backoffMillis); // backoff while the broker starts (containers start together)
                backoffMillis = Math.min(backoffMillis * 2, 5000);
            }
        }
        if (createTopics) {
            LocalPipeline.createTopics(kafka, partitions);
        }
    }

    /**
     * Runs until a stop is requested (exit code 0) or the app's Streams state shows it has died
     * ({@link Main#EXIT_INTERNAL_ERROR}), so that a supervisor restarts a dead app instead of
     * keeping a process that does no work.
     */
    static int runUntilStopped(Lifecycle lifecycle, String app, Supplier<KafkaStreams.State> state)
            throws InterruptedException {
        while (!lifecycle.awaitStopRequest(1000)) {
            KafkaStreams.State now = state.get();
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                LOG.error("the {} stopped (state {}); exiting so that a supervisor can restart it", app, now);
                return Main.EXIT_INTERNAL_ERROR;
            }
        }
        return 0;
    }
}
