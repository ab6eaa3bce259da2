package io.dealstream.extractor.hostile;

import io.dealstream.extractor.ArticleReader;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.GuardedExtraction;
import io.dealstream.model.Article;
import io.dealstream.model.DealMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times every kind of {@link HostileArticles} through the stream's path (read, then guarded
 * extraction) on one thread after warm-up, and prints a Markdown table, slowest first: the
 * median and maximum of several runs, what happened to the record, and whether the output was
 * clean. The figures of {@code docs/hostile-input.md} come from it.
 *
 * <pre>
 * java -Xmx2g -cp CLASSPATH io.dealstream.extractor.hostile.HostileCorpusBench [RUNS]
 * </pre>
 */
public final class HostileCorpusBench {

    private HostileCorpusBench() {
    }

    private record Row(String kind, int bytes, double medianMs, double maxMs, String outcome) {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        DealExtractor.shared().warmUp();
        GuardedExtraction extraction = new GuardedExtraction(DealExtractor.shared());
        List<Row> rows = new ArrayList<>();
        for (HostileArticles.Kind kind : HostileArticles.all()) {
            byte[] value = kind.value();
            double[] ms = new double[runs];
            String outcome = "";
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                ArticleReader.Result read = ArticleReader.read(kind.key(), value);
                if (!read.isValid()) {
                    ms[r] = (System.nanoTime() - start) / 1e6;
                    outcome = "DLQ: " + read.rejection();
                    continue;
                }
                Article article = read.article();
                try {
                    List<DealMention> mentions = extraction.apply(article);
                    ms[r] = (System.nanoTime() - start) / 1e6;
                    List<String> problems = CleanOutput.problems(article.id(), mentions);
                    outcome = mentions.size() + " mention(s)" + (problems.isEmpty() ? ", clean" : ", NOT CLEAN: " + problems);
                } catch (RuntimeException e) {
                    ms[r] = (System.nanoTime() - start) / 1e6;
                    outcome = "DLQ (extract): " + e.getMessage();
                }
            }
            Arrays.sort(ms);
            rows.add(new Row(kind.name(), value.length, ms[runs / 2], ms[runs - 1], outcome));
        }
        rows.sort(Comparator.comparingDouble(Row::maxMs).reversed());
        System.out.println("| kind | bytes | median ms | max ms | outcome |");
        System.out.println("|---|---:|---:|---:|---|");
        for (Row r : rows) {
            String outcome = r.outcome().length() > 120 ? r.outcome().substring(0, 120) + "..." : r.outcome();
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %s |%n", r.kind(), r.bytes(), r.medianMs(), r.maxMs(),
                    outcome.replace("|", "\\|"));
        }
        System.exit(0); // the extraction workers are daemons, but CoreNLP may hold others
    }
}
