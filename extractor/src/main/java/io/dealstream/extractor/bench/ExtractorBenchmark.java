package io.dealstream.extractor.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.dealstream.extractor.ArticleReader;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the extractor: start-up (pipeline build and warm-up), articles per second on one
 * thread after warm-up (median of several runs), peak heap, the same with two threads sharing one
 * extractor, and CoreNLP's default English pipeline ({@code tokenize,ssplit,pos,lemma,ner} with
 * defaults) on a subset in the same JVM as a baseline. With {@code --annotator-costs N}, also what
 * adding the annotators the extractor does not use (part-of-speech tags, dependency parse, a TokensRegex
 * pass, coreference) would cost, on the first N articles (see {@link AnnotatorCosts}); {@code --no-coref}
 * leaves out the coreference pipelines, which take over a second per article.
 *
 * <pre>
 * java -Xmx2g -cp CLASSPATH io.dealstream.extractor.bench.ExtractorBenchmark [--runs N]
 *      [--baseline-articles N] [--no-baseline] [--annotator-costs N [--no-coref]] FILE.jsonl...
 * </pre>
 */
public final class ExtractorBenchmark {

    private ExtractorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int baselineArticles = 40;
        boolean baseline = true;
        int annotatorCosts = 0;
        boolean coref = true;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--baseline-articles" -> baselineArticles = Integer.parseInt(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--no-coref" -> coref = false;
                case "--annotator-costs" -> annotatorCosts = AnnotatorCosts.parseArticles(i + 1 < args.length ? args[++i] : null);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ExtractorBenchmark [--runs N] [--baseline-articles N] [--no-baseline] [--annotator-costs N [--no-coref]] FILE.jsonl...");
            System.exit(2);
        }
        List<Article> articles = load(files);
        long chars = articles.stream().mapToLong(a -> a.body().length() + (a.title() == null ? 0 : a.title().length())).sum();
        System.out.printf(Locale.ROOT, "articles: %d from %s (%.0f characters on average)%n", articles.size(), files,
                (double) chars / articles.size());
        System.out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        DealExtractor extractor = new DealExtractor();
        long built = System.nanoTime();
        extractor.warmUp();
        long warm = System.nanoTime();
        System.out.printf(Locale.ROOT, "start-up: pipeline built in %.2f s, first article (warm-up) %.2f s, total %.2f s%n",
                (built - t0) / 1e9, (warm - built) / 1e9, (warm - t0) / 1e9);

        int deals = runOnce(extractor, articles); // warm-up pass over the whole set (JIT, lazy loading)
        System.out.printf(Locale.ROOT, "warm-up pass: %d deals%n", deals);
        resetPeaks();
        double[] single = new double[runs];
        double[] perCpuSecond = new double[runs];
        for (int r = 0; r < runs; r++) {
            Rate rate = Rate.of(articles.size(), () -> runOnce(extractor, articles));
            single[r] = rate.wall();
            perCpuSecond[r] = rate.perCpuSecond();
        }
        long peakHeap = peakHeapBytes();
        System.out.printf(Locale.ROOT, "1 thread : %.1f articles/s wall clock (median of %d runs: %s)%n", median(single), runs, fmt(single));
        System.out.printf(Locale.ROOT, "1 thread : %.1f articles per CPU-second of the extracting thread (median: %s)%n",
                median(perCpuSecond), fmt(perCpuSecond));
        System.out.printf(Locale.ROOT, "peak heap during the 1-thread runs: %d MB%n", peakHeap >> 20);

        double[] two = new double[runs];
        for (int r = 0; r < runs; r++) {
            two[r] = parallel(extractor, articles, 2);
        }
        System.out.printf(Locale.ROOT, "2 threads: %.1f articles/s (median of %d runs: %s), one shared extractor%n",
                median(two), runs, fmt(two));

        if (baseline) {
            List<Article> subset = articles.subList(0, Math.min(baselineArticles, articles.size()));
            defaultPipeline(subset, extractor);
        }
        if (annotatorCosts > 0) {
            List<Article> subset = articles.subList(0, Math.min(annotatorCosts, articles.size()));
            AnnotatorCosts.measure(subset, extractor, runs, coref);
        }
    }

    /** CoreNLP's default English pipeline on a subset, and the extractor on the same subset. */
    private static void defaultPipeline(List<Article> subset, DealExtractor extractor) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double build = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(3, subset.size()); i++) {
            nlp.annotate(new Annotation(text(subset.get(i))));
        }
        Rate coreNlp = Rate.of(subset.size(), () -> {
            for (Article a : subset) {
                nlp.annotate(new Annotation(text(a)));
            }
        });
        Rate ours = Rate.of(subset.size(), () -> runOnce(extractor, subset));
        System.out.printf(Locale.ROOT, "baseline on the first %d articles: CoreNLP default pipeline %.2f articles/s wall"
                + " (%.2f per CPU-second; built in %.1f s); the extractor on the same articles %.1f articles/s wall"
                + " (%.1f per CPU-second), %.0fx%n",
                subset.size(), coreNlp.wall(), coreNlp.perCpuSecond(), build, ours.wall(), ours.perCpuSecond(),
                ours.perCpuSecond() / coreNlp.perCpuSecond());
    }

    /** Articles per second of one timed pass over {@code articles}: wall clock, and per CPU-second of this thread. */
    record Rate(double wall, double perCpuSecond) {
        static Rate of(int articles, Runnable pass) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            pass.run();
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            return new Rate(articles / ((System.nanoTime() - start) / 1e9), articles / cpuSeconds);
        }
    }

    /** The text CoreNLP pipelines other than the extractor are given: headline, blank line, body. */
    static String text(Article a) {
        return a.title() == null ? a.body() : a.title() + "\n\n" + a.body();
    }

    static int runOnce(DealExtractor extractor, List<Article> articles) {
        int deals = 0;
        for (Article a : articles) {
            deals += extractor.extract(a).size();
        }
        return deals;
    }

    private static double parallel(DealExtractor extractor, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long s = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * articles.size() / threads;
                int to = (t + 1) * articles.size() / threads;
                List<Article> part = articles.subList(from, to);
                parts.add(pool.submit(() -> runOnce(extractor, part)));
            }
            for (Future<Integer> f : parts) {
                f.get();
            }
            return articles.size() / ((System.nanoTime() - s) / 1e9);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static List<Article> load(List<Path> files) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                ArticleReader.Result r = ArticleReader.read(null, line.getBytes(StandardCharsets.UTF_8));
                if (r.isValid()) {
                    articles.add(r.article());
                }
            }
        }
        return articles;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String fmt(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(String.format(Locale.ROOT, "%.1f", v));
        }
        return b.toString();
    }
}
