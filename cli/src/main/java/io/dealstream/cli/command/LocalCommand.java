package io.dealstream.cli.command;

import io.dealstream.cli.Lifecycle;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.Main;
import io.dealstream.cli.TopicTail;
import io.dealstream.cli.UserError;
import io.dealstream.cli.feed.ArticleFeeder;
import io.dealstream.cli.http.ApiClient;
import io.dealstream.model.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealstream local}: the whole pipeline on this machine, in one JVM. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {
                "Run everything on this machine in one JVM: a Kafka broker (KRaft, embedded; or an existing"
                        + " cluster with --bootstrap-servers), the topics, the extractor and the aggregator, the HTTP"
                        + " API on localhost, and the sample articles fed in. Deal updates are printed as they arrive.",
                "Ctrl-C stops everything cleanly; the data stays in --data-dir for the next start."})
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the broker's logs and the Streams state live (default: .dealstream/ in the dealstream folder).")
    Path dataDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of the HTTP API (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "localhost",
            description = "Interface the HTTP API binds to (default ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
    String httpHost;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
            description = "Port of the embedded broker (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int kafkaPort;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Use this existing Kafka cluster instead of starting the embedded broker.")
    String bootstrapServers;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "A .properties file of Kafka client settings (security.protocol, sasl.*, ssl.*) for every client.")
    Path kafkaConfig;

    @Option(names = "--samples", paramLabel = "DIR|none",
            description = "Articles to feed at start (default: the bundled samples/ folder); `none` feeds nothing.")
    String samples;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3",
            description = "Partitions of each topic it creates (default ${DEFAULT-VALUE}); existing topics are kept as they are.")
    int partitions;

    @Override
    public Integer call() throws InterruptedException {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintStream out = System.out;
        PrintStream err = System.err;
        validate();
        Path data = (dataDir != null ? dataDir : Main.home().resolve(".dealstream")).toAbsolutePath().normalize();
        Path sampleDir = samplesDir();
        requirePortFree(httpHost, httpPort, "--http-port");

        Lifecycle lifecycle = new Lifecycle();
        try {
            lifecycle.add("stop message", () -> err.println("dealstream stopped"));
            err.println("dealstream local: starting " + (bootstrapServers == null
                    ? "a Kafka broker on localhost:" + kafkaPort : "on the Kafka cluster at " + bootstrapServers)
                    + ", data in " + data);
            LocalPipeline pipeline = LocalPipeline.start(new LocalPipeline.Settings(data, bootstrapServers, kafkaPort,
                    KafkaOptions.clientOverrides(kafkaConfig), httpHost, httpPort, partitions), lifecycle);
            lifecycle.add("deal update printer", new TopicTail(pipeline.kafka(), Topics.DEAL_UPDATES.name(), false,
                    TopicTail.dealUpdatePrinter(out, false)).start());
            lifecycle.add("rejection printer", new TopicTail(pipeline.kafka(), Topics.ARTICLES_DLQ.name(), false,
                    TopicTail.rejectionPrinter(out, false)).start());

            long fed = 0;
            if (sampleDir != null) {
                try (ArticleFeeder feeder = new ArticleFeeder(pipeline.kafka())) {
                    ArticleFeeder.Result result = feeder.feed(List.of(sampleDir.toString()), System.in, total -> ArticleFeeder.Progress.NONE);
                    fed = result.sent();
                    result.failures().forEach(f -> err.println("could not feed " + f));
                }
            }
            String url = "http://" + (httpHost.equals("0.0.0.0") ? "localhost" : httpHost) + ":" + pipeline.httpPort();
            awaitHealthy(url, lifecycle);
            double seconds = (System.currentTimeMillis() - jvmStartMillis) / 1000.0;
            err.printf("dealstream ready in %.1f s: Kafka at %s, HTTP API at %s%s%n", seconds,
                    pipeline.kafka().bootstrapServers(), url,
                    sampleDir == null ? "" : String.format(", %d sample articles fed from %s", fed, sampleDir));
            err.println("  try: ./dealstream query company \"<name>\"   ./dealstream feed FILE   ./dealstream tail"
                    + "   (Ctrl-C stops)");

            String reason = watch(pipeline, lifecycle);
            if (reason != null) {
                err.println("error: " + reason);
                return Main.EXIT_INTERNAL_ERROR;
            }
            err.println("stopping...");
            return 0;
        } finally {
            lifecycle.close();
        }
    }

    /** Waits for Ctrl-C, checking every second that the extractor still runs. */
    private static String watch(LocalPipeline pipeline, Lifecycle lifecycle) throws InterruptedException {
        while (!lifecycle.awaitStopRequest(1000)) {
            String failure = pipeline.failure();
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private static void awaitHealthy(String url, Lifecycle lifecycle) throws InterruptedException {
        ApiClient client = new ApiClient(url, Duration.ofSeconds(10));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!lifecycle.stopRequested()) {
            ApiClient.Response health = client.get("/health", Duration.ofSeconds(5));
            if (health.status() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UserError("the HTTP API at " + url + " did not become healthy within 2 minutes (last answer "
                        + health.status() + " " + health.body() + ")");
            }
            lifecycle.awaitStopRequest(500); // backoff between health checks
        }
    }

    private void validate() {
        if (partitions < 1) {
            throw new UserError("--partitions must be at least 1");
        }
        if (httpPort < 0 || httpPort > 65535 || kafkaPort < 0 || kafkaPort > 65535) {
            throw new UserError("ports must be between 0 and 65535");
        }
    }

    private Path samplesDir() {
        if (samples != null && samples.equalsIgnoreCase("none")) {
            return null;
        }
        Path dir = samples != null ? Path.of(samples) : Main.home().resolve("samples");
        if (!Files.exists(dir)) {
            throw new UserError("no sample folder at " + dir + " - pass --samples DIR, or --samples none");
        }
        return dir;
    }

    private static void requirePortFree(String host, int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
        } catch (IOException e) {
            throw new UserError("port " + port + " on " + host + " is already in use (another `dealstream local`?)"
                    + " - stop it or pass " + option + " PORT", e);
        }
    }
}
