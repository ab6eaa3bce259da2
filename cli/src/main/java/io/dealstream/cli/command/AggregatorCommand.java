package io.dealstream.cli.command;

import io.dealstream.aggregator.AggregatorService;
import io.dealstream.cli.Lifecycle;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.UserError;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.AppIds;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dealstream aggregator}: runs the aggregator app and its HTTP API alone (the aggregator image's entry point). */
@Command(name = "aggregator", mixinStandardHelpOptions = true,
        description = {"Run only the aggregator (deal-mentions -> deals, deal-updates, HTTP API) against a Kafka"
                + " cluster, until stopped.",
                "Options may come from the environment (DEALSTREAM_*), as in docker-compose.yml."})
public final class AggregatorCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AggregatorCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ServiceOptions service;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:DEALSTREAM_HTTP_HOST:-localhost}",
            description = "Interface the HTTP API binds to (env DEALSTREAM_HTTP_HOST; default ${DEFAULT-VALUE};"
                    + " 0.0.0.0 in a container).")
    String httpHost;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:DEALSTREAM_HTTP_PORT:-8080}",
            description = "Port of the HTTP API (env DEALSTREAM_HTTP_PORT; default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--application-server", paramLabel = "HOST:PORT",
            defaultValue = "${env:DEALSTREAM_APPLICATION_SERVER}",
            description = "How other instances reach this one's HTTP API (Kafka Streams' application.server),"
                    + " needed when several aggregators share the work (env DEALSTREAM_APPLICATION_SERVER).")
    String applicationServer;

    @Option(names = "--standby-replicas", paramLabel = "N", defaultValue = "${env:DEALSTREAM_STANDBY_REPLICAS:-1}",
            description = "Copies of each state partition that other instances keep up to date, so that they answer"
                    + " queries and take over at once when an instance stops or dies (Kafka Streams'"
                    + " num.standby.replicas; env DEALSTREAM_STANDBY_REPLICAS; default ${DEFAULT-VALUE}; 0 for none)."
                    + " A num.standby.replicas in --kafka-config takes precedence.")
    int standbyReplicas;

    @Override
    public Integer call() throws InterruptedException {
        if (standbyReplicas < 0) {
            throw new UserError("--standby-replicas must be 0 or more");
        }
        KafkaConnection connection = kafka.connection();
        service.prepare(connection);
        Properties props = LocalPipeline.streamsProperties(AppIds.AGGREGATOR, connection.bootstrapServers(),
                service.stateDir("aggregator"), connection.clientOverrides());
        // Several instances share the work here: one standby by default, so that a failure is covered.
        props.putIfAbsent("num.standby.replicas", Integer.toString(standbyReplicas));
        if (applicationServer != null && !applicationServer.isBlank()) {
            props.put("application.server", applicationServer);
        }
        try (Lifecycle lifecycle = new Lifecycle()) {
            AggregatorService app = lifecycle.add("aggregator", new AggregatorService(props, httpHost, httpPort));
            LocalPipeline.startWithSettings("aggregator", app::start);
            LOG.info("aggregator running against {}; HTTP API on {}:{}", connection.bootstrapServers(), httpHost, app.httpPort());
            // A dead aggregator's HTTP API would only answer 503 from here on.
            return ServiceOptions.runUntilStopped(lifecycle, "aggregator", app::state);
        }
    }
}
