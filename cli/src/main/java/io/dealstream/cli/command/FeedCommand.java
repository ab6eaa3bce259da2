package io.dealstream.cli.command;

import io.dealstream.cli.Main;
import io.dealstream.cli.feed.ArticleFeeder;
import io.dealstream.cli.feed.ProgressBar;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.model.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dealstream feed}: puts articles on the {@code articles} topic. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {
                "Put articles on the `articles` topic (key = article id).",
                "",
                "FILE may be JSON (one article object {id, title, body, url, source, publishedAt}, an array"
                        + " of them, or several one after another), JSON Lines (.jsonl, .ndjson: one object a line),"
                        + " or plain text (any other file: one article whose id is the file name without extension).",
                "DIR feeds its .json, .jsonl, .ndjson and .txt files in name order. `-` reads standard input"
                        + " (JSON Lines, a JSON array, or one plain-text article).",
                "Nothing is judged here: what the extractor cannot read goes to `articles-dlq` with the reason.",
                "A progress bar is shown on standard error for large inputs."})
public final class FeedCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "What to feed.")
    List<String> inputs;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        KafkaConnection connection = kafka.connection();
        connection.requireTopic(Topics.ARTICLES.name(), Duration.ofSeconds(5));
        PrintStream err = System.err;
        long started = System.nanoTime();
        ArticleFeeder.Result result;
        try (ArticleFeeder feeder = new ArticleFeeder(connection)) {
            result = feeder.feed(inputs, System.in, total -> ProgressBar.forInput(total, err));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("fed %,d article%s to %s at %s in %.1f s%n", result.sent(), result.sent() == 1 ? "" : "s",
                Topics.ARTICLES.name(), connection.bootstrapServers(), seconds);
        if (result.sent() > 0) {
            err.println("  what the extractor cannot read goes to " + Topics.ARTICLES_DLQ.name()
                    + ": `./dealstream tail --rejected --from-beginning` shows it, with the reason");
        }
        if (result.failed() > 0) {
            err.printf("%,d article%s could not be sent:%n", result.failed(), result.failed() == 1 ? "" : "s");
            result.failures().forEach(f -> err.println("  " + f));
            if (result.failed() > result.failures().size()) {
                err.printf("  ... and %,d more%n", result.failed() - result.failures().size());
            }
            return Main.EXIT_USER_ERROR;
        }
        return 0;
    }
}
