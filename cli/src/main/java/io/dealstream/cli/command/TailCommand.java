package io.dealstream.cli.command;

import io.dealstream.cli.TopicTail;
import io.dealstream.cli.Lifecycle;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.Topics;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dealstream tail}: prints deal updates as they arrive. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print deal updates (the `deal-updates` topic) as they arrive, until Ctrl-C.",
                "Each line: change, deal type, target <- parties, round, amount, valuation, status, sources, deal id.",
                "With --rejected: the articles the extractor could not read (`articles-dlq`), with the reason."})
public final class TailCommand implements Callable<Integer> {

    @Option(names = "--from-beginning", description = "Start with what the topic holds (deal-updates is compacted: at least every deal's latest update),"
            + " then follow.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each update as one line of JSON (the record's value as it is).")
    boolean json;

    @Option(names = "--rejected", description = "Follow `articles-dlq` instead: rejected articles and why.")
    boolean rejected;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws InterruptedException {
        KafkaConnection connection = kafka.connection();
        String topic = rejected ? Topics.ARTICLES_DLQ.name() : Topics.DEAL_UPDATES.name();
        connection.requireTopic(topic, Duration.ofSeconds(5));
        try (Lifecycle lifecycle = new Lifecycle()) {
            lifecycle.add(topic, new TopicTail(connection, topic, fromBeginning, rejected
                    ? TopicTail.rejectionPrinter(System.out, json) : TopicTail.dealUpdatePrinter(System.out, json)).start());
            if (!json) {
                System.err.println("following " + topic + " at " + connection.bootstrapServers()
                        + (fromBeginning ? " from the beginning" : "") + "; Ctrl-C to stop");
            }
            lifecycle.awaitStopRequest();
        }
        return 0;
    }
}
