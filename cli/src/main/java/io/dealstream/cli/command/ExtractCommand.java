package io.dealstream.cli.command;

import io.dealstream.cli.UserError;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.OfflineExtraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dealstream extract}: the extractor without Kafka, over a JSON Lines file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the extractor offline: one article per line in, one line {\"id\":..., \"deals\":[...]}"
                + " per article out, in the shape of the extraction spec (GUIDELINES.md), so that a scorer can"
                + " compare it with gold annotations."})
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Articles, JSON Lines (id, title, body, ...).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the deals, JSON Lines.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new UserError("no such file: " + in);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("the folder of --out does not exist: " + parent);
        }
        long started = System.nanoTime();
        DealExtractor extractor = DealExtractor.shared();
        extractor.warmUp();
        long ready = System.nanoTime();
        OfflineExtraction.run(in, out, extractor);
        long done = System.nanoTime();
        long lines;
        try (var stream = Files.lines(out)) {
            lines = stream.filter(l -> !l.isBlank()).count();
        }
        double extractSeconds = (done - ready) / 1e9;
        System.err.printf("wrote %,d articles' deals to %s in %.1f s (%.1f articles/s; pipeline built in %.1f s)%n",
                lines, out, extractSeconds, extractSeconds > 0 ? lines / extractSeconds : 0.0, (ready - started) / 1e9);
        return 0;
    }
}
