package io.dealstream.cli.command;

import io.dealstream.cli.Lifecycle;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.ExtractorService;
import io.dealstream.model.AppIds;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealstream extractor}: runs the extractor app alone (the extractor image's entry point). */
@Command(name = "extractor", mixinStandardHelpOptions = true,
        description = {"Run only the extractor (articles -> deal-mentions) against a Kafka cluster, until stopped.",
                "Run more of them to share the partitions of `articles`. Options may come from the environment"
                        + " (DEALSTREAM_*), as in docker-compose.yml."})
public final class ExtractorCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Override
    public Integer call() throws InterruptedException {
        KafkaConnection connection = kafka.connection();
        try (Lifecycle lifecycle = new Lifecycle()) {
            long started = System.nanoTime();
            DealExtractor extractor = DealExtractor.shared();
            extractor.warmUp();
            service.prepare(connection);
            ExtractorService app = lifecycle.add("extractor", new ExtractorService(
                    LocalPipeline.streamsProperties(AppIds.EXTRACTOR, connection.bootstrapServers(), service.stateDir("extractor"),
                            connection.clientOverrides()), extractor));
            LocalPipeline.startWithSettings("extractor", app::start);
            LOG.info("extractor running against {} (started in {} ms)", connection.bootstrapServers(),
                    (System.nanoTime() - started) / 1_000_000);
            return ServiceOptions.runUntilStopped(lifecycle, "extractor", app::state);
        }
    }
}
