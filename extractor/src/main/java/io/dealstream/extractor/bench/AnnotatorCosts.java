package io.dealstream.extractor.bench;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.bench.ExtractorBenchmark.Rate;
import io.dealstream.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What CoreNLP's annotators that the extractor does not use would cost if added (issue 3), measured
 * in the benchmark's JVM next to the extractor itself.
 *
 * <p>Per-sentence annotators (part-of-speech tags, dependency parse, a TokensRegex pass) are added
 * to the end of a fresh extractor's own tagging pipeline, so they run on exactly the sentences the
 * extractor already sends through NER, in the same call; the figure is the rate of "the extractor
 * with X", next to the rate of the extractor alone on the same articles, alternating run by run.
 * Coreference only makes sense over a whole article, so it runs as a separate pipeline (with the
 * part-of-speech, NER and dependency-parse layers it needs, on every sentence) after the extractor on
 * each article.
 *
 * <p>Benchmark code only: the extractor's tagger is reached by reflection (fields {@code nlp} of
 * {@link DealExtractor} and {@code tagger} of {@code NlpPipeline}); the product path is unchanged.
 */
final class AnnotatorCosts {

    /** The POS model the default English pipeline uses; the dependency parser's models are trained on its tags. */
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    /** CoreNLP's default English neural dependency parser (UD); Semgrex patterns would run over its graphs. */
    static final String DEPPARSE_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /**
     * The extractor's NER model and settings (copied from {@code NlpPipeline}, which is package-private),
     * used by the coreference pipeline so its NER layer costs what the extractor's does, not the defaults.
     */
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /**
     * Coreference algorithms that run with the jars on the classpath and a dependency parse. {@code neural}
     * and {@code dcoref} need a constituency parse ({@code parse}) of every sentence, which is slower still;
     * they are not measured here.
     */
    static final List<String> COREF_ALGORITHMS = List.of("statistical", "fastneural");
    /** Articles that warm a coreference pipeline up (lazy loading, JIT) before it is timed. */
    static final int COREF_WARM_UP_ARTICLES = 5;

    /**
     * A small TokensRegex rule set of the kind issue 3 suggests (money amounts, deal verbs between
     * organisations, valuations, conditions), over words and the extractor's NER tags only, so it needs
     * no part-of-speech tags. It is a cost probe, not a replacement for the extractor's rules.
     */
    static final String TOKENSREGEX_RULES = """
            ner = { type: "CLASS", value: "edu.stanford.nlp.ling.CoreAnnotations$NamedEntityTagAnnotation" }
            $CUR = ( /\\$|US\\$|€|£|¥|USD|EUR|GBP|Rs/ )
            $SCALE = ( /million|billion|trillion|mln|bln|bn|m|b|crore/ )
            $AMOUNT = ( $CUR? /[0-9][0-9.,]*/ $SCALE? /dollars?|dlrs|euros?|pounds?|yen|yuan|rupees/? )
            $ORG = ( [ { ner:ORGANIZATION } ]+ )
            { ruleType: "tokens", pattern: ( $ORG /has|have|had/? /agreed|agrees/? /to/? /acquire|acquires|acquired|buy|buys|bought|purchase|purchased/ $ORG ), result: "ACQUISITION" }
            { ruleType: "tokens", pattern: ( /raised|raises|raise|raising|secured|secures|closed|closes/ $AMOUNT ), result: "FUNDING" }
            { ruleType: "tokens", pattern: ( /led|co-led/ /by/ $ORG ), result: "LEAD" }
            { ruleType: "tokens", pattern: ( /valuing|valued|valuation|values/ /the/? /company|it|startup|firm/? /at|of/ /about|around|roughly/? $AMOUNT ), result: "VALUATION" }
            { ruleType: "tokens", pattern: ( /subject|contingent|conditional/ /to|on|upon/ ), result: "CONDITION" }
            { ruleType: "tokens", pattern: ( /for/ $AMOUNT ), result: "PRICE" }
            """;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnnotatorCosts() {
    }

    /** Parses the value of {@code --annotator-costs}: a positive number of articles. */
    static int parseArticles(String value) {
        int n;
        try {
            n = Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--annotator-costs needs a number of articles, got '" + value + "'");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("--annotator-costs needs a positive number of articles, got " + n);
        }
        return n;
    }

    /** Properties of the extra per-sentence pipeline for the given annotators (run after the extractor's NER). */
    static Properties sentenceProperties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // The document handed over already has tokens, sentences and NER tags; nothing else is required.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("pos.model", POS_MODEL);
        p.setProperty("depparse.model", DEPPARSE_MODEL);
        return p;
    }

    /** Properties of a whole-article coreference pipeline with the layers it needs and the extractor's cheap NER. */
    static Properties corefProperties(String algorithm) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always"); // as the extractor splits headlines off
        p.setProperty("pos.model", POS_MODEL);
        p.setProperty("depparse.model", DEPPARSE_MODEL);
        p.setProperty("ner.model", NER_MODEL);
        // As in the extractor: no SUTime, numeric classifiers or KBP gazetteer (seconds of build, hundreds of MB).
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("coref.algorithm", algorithm);
        p.setProperty("coref.language", "en");
        return p;
    }

    /**
     * Runs every configuration on {@code subset}, {@code runs} times each, and prints its figures; the
     * coreference pipelines only if {@code coref}.
     */
    static void measure(List<Article> subset, DealExtractor extractor, int runs, boolean coref) throws Exception {
        System.out.printf(Locale.ROOT, "annotator costs on the first %d articles, %d runs each, alternating with the"
                + " extractor alone; rates are medians%n", subset.size(), runs);
        long alone = heapInUse();
        System.out.printf(Locale.ROOT, "  heap in use after GC with the extractor alone: %d MB%n", alone >> 20);

        measureSentences("+pos", "pos", subset, extractor, runs);
        measureSentences("+pos+depparse", "pos,depparse", subset, extractor, runs);
        measureTokensRegex(subset, extractor, runs);
        for (String algorithm : coref ? COREF_ALGORITHMS : List.<String>of()) {
            measureCoref(algorithm, subset, extractor, runs);
        }
    }

    private static void measureSentences(String label, String annotators, List<Article> subset,
            DealExtractor extractor, int runs) throws Exception {
        StanfordCoreNLP.clearAnnotatorPool(); // models of an earlier configuration are neither reused nor kept
        DealExtractor withExtra = new DealExtractor(); // its own NER, loaded before the heap is read
        long before = heapInUse();
        long t0 = System.nanoTime();
        Timed extra = new Timed(new StanfordCoreNLP(sentenceProperties(annotators)));
        double build = (System.nanoTime() - t0) / 1e9;
        taggerOf(withExtra).addAnnotator(extra);
        compare(label, build, before, subset, extractor, withExtra, extra, runs);
    }

    private static void measureTokensRegex(List<Article> subset, DealExtractor extractor, int runs) throws Exception {
        StanfordCoreNLP.clearAnnotatorPool();
        DealExtractor withExtra = new DealExtractor();
        long before = heapInUse();
        long t0 = System.nanoTime();
        @SuppressWarnings("unchecked")
        CoreMapExpressionExtractor<MatchedExpression> compiled = CoreMapExpressionExtractor.createExtractorFromString(
                TokenSequencePattern.getNewEnv(), TOKENSREGEX_RULES);
        RulePass rules = new RulePass(compiled);
        double build = (System.nanoTime() - t0) / 1e9;
        Timed extra = new Timed(rules);
        taggerOf(withExtra).addAnnotator(extra);
        rules.matches = 0;
        compare("+tokensregex", build, before, subset, extractor, withExtra, extra, runs);
        System.out.printf(Locale.ROOT, "  tokensregex: %.1f matches per article%n",
                (double) rules.matches / ((runs + 1) * subset.size()));
    }

    private static void compare(String label, double build, long before, List<Article> subset, DealExtractor alone,
            DealExtractor withExtra, Timed extra, int runs) {
        int dealsWith = ExtractorBenchmark.runOnce(withExtra, subset); // warm-up pass
        int dealsAlone = ExtractorBenchmark.runOnce(alone, subset);
        long after = heapInUse();
        ExtractorBenchmark.resetPeaks();
        double[] rate = new double[runs];
        double[] rateCpu = new double[runs];
        double[] base = new double[runs];
        double[] baseCpu = new double[runs];
        double[] extraMs = new double[runs];
        for (int r = 0; r < runs; r++) {
            Rate without = Rate.of(subset.size(), () -> ExtractorBenchmark.runOnce(alone, subset));
            base[r] = without.wall();
            baseCpu[r] = without.perCpuSecond();
            extra.reset();
            Rate with = Rate.of(subset.size(), () -> ExtractorBenchmark.runOnce(withExtra, subset));
            rate[r] = with.wall();
            rateCpu[r] = with.perCpuSecond();
            extraMs[r] = extra.cpuNanos / 1e6 / subset.size();
        }
        long peak = ExtractorBenchmark.peakHeapBytes();
        print(label, "on the tagged sentences", rate, rateCpu, base, baseCpu, extraMs, build, after, before, peak,
                dealsWith + " deals (alone " + dealsAlone + ")");
    }

    private static void measureCoref(String algorithm, List<Article> subset, DealExtractor extractor, int runs) {
        String label = "+coref(" + algorithm + ")";
        StanfordCoreNLP.clearAnnotatorPool();
        long before = heapInUse();
        StanfordCoreNLP coref;
        long t0 = System.nanoTime();
        try {
            coref = new StanfordCoreNLP(corefProperties(algorithm));
        } catch (RuntimeException e) {
            System.out.printf(Locale.ROOT, "%s: could not be built: %s%n", label, e);
            return;
        }
        double build = (System.nanoTime() - t0) / 1e9;
        int chains = 0;
        for (Article a : subset.subList(0, Math.min(COREF_WARM_UP_ARTICLES, subset.size()))) {
            chains += annotateCoref(coref, a);
        }
        long after = heapInUse();
        ExtractorBenchmark.resetPeaks();
        double[] rate = new double[runs];
        double[] rateCpu = new double[runs];
        double[] base = new double[runs];
        double[] baseCpu = new double[runs];
        double[] extraMs = new double[runs];
        long[] corefCpuAndChains = {0, chains}; // CPU nanos in coref, chains found: of the last run
        for (int r = 0; r < runs; r++) {
            Rate without = Rate.of(subset.size(), () -> ExtractorBenchmark.runOnce(extractor, subset));
            base[r] = without.wall();
            baseCpu[r] = without.perCpuSecond();
            corefCpuAndChains[0] = 0;
            corefCpuAndChains[1] = 0;
            Rate with = Rate.of(subset.size(), () -> {
                for (Article a : subset) {
                    extractor.extract(a);
                    long cc = THREADS.getCurrentThreadCpuTime();
                    corefCpuAndChains[1] += annotateCoref(coref, a);
                    corefCpuAndChains[0] += THREADS.getCurrentThreadCpuTime() - cc;
                }
            });
            rate[r] = with.wall();
            rateCpu[r] = with.perCpuSecond();
            extraMs[r] = corefCpuAndChains[0] / 1e6 / subset.size();
        }
        chains = (int) corefCpuAndChains[1];
        long peak = ExtractorBenchmark.peakHeapBytes();
        print(label, "over whole articles (pos,lemma,ner,depparse,coref on every sentence)", rate, rateCpu, base,
                baseCpu, extraMs, build, after, before, peak,
                String.format(Locale.ROOT, "%.1f coreference chains per article", (double) chains / subset.size()));
        StanfordCoreNLP.clearAnnotatorPool();
    }

    private static int annotateCoref(StanfordCoreNLP coref, Article a) {
        String text = ExtractorBenchmark.text(a);
        if (text.length() > DealExtractor.MAX_ANALYSED_CHARS) {
            text = text.substring(0, DealExtractor.MAX_ANALYSED_CHARS);
        }
        Annotation doc = new Annotation(text);
        coref.annotate(doc);
        var chains = doc.get(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
        return chains == null ? 0 : chains.size();
    }

    private static void print(String label, String where, double[] rate, double[] rateCpu, double[] base,
            double[] baseCpu, double[] extraMs, double build, long after, long before, long peak, String output) {
        System.out.printf(Locale.ROOT, "%s %s:%n", label, where);
        System.out.printf(Locale.ROOT, "  with it : %.1f articles/s wall (runs %s), %.1f per CPU-second (%s)%n",
                ExtractorBenchmark.median(rate), ExtractorBenchmark.fmt(rate), ExtractorBenchmark.median(rateCpu),
                ExtractorBenchmark.fmt(rateCpu));
        System.out.printf(Locale.ROOT, "  alone   : %.1f articles/s wall (runs %s), %.1f per CPU-second (%s)%n",
                ExtractorBenchmark.median(base), ExtractorBenchmark.fmt(base), ExtractorBenchmark.median(baseCpu),
                ExtractorBenchmark.fmt(baseCpu));
        System.out.printf(Locale.ROOT, "  added   : %.2f ms CPU per article in the added annotators (median);"
                + " built in %.2f s; heap in use after GC +%d MB (%d MB in all); peak heap in the runs %d MB; %s%n",
                ExtractorBenchmark.median(extraMs), build, (after - before) >> 20, after >> 20, peak >> 20, output);
    }

    /** The extractor's second CoreNLP pipeline (the one that tags the selected sentences), by reflection. */
    static StanfordCoreNLP taggerOf(DealExtractor extractor) throws ReflectiveOperationException {
        Field nlp = DealExtractor.class.getDeclaredField("nlp");
        nlp.setAccessible(true);
        Object pipeline = nlp.get(extractor);
        Field tagger = pipeline.getClass().getDeclaredField("tagger");
        tagger.setAccessible(true);
        return (StanfordCoreNLP) tagger.get(pipeline);
    }

    private static long heapInUse() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** An annotator that adds up the wall-clock and CPU time of another. */
    static final class Timed implements Annotator {
        private final Annotator inner;
        long cpuNanos;

        Timed(Annotator inner) {
            this.inner = inner;
        }

        void reset() {
            cpuNanos = 0;
        }

        @Override
        public void annotate(Annotation annotation) {
            long c = THREADS.getCurrentThreadCpuTime();
            inner.annotate(annotation);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - c;
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return inner.requirementsSatisfied();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return Set.of();
        }
    }

    /** Runs a TokensRegex extractor over every sentence of the document and counts what it matches. */
    static final class RulePass implements Annotator {
        private final CoreMapExpressionExtractor<MatchedExpression> rules;
        long matches;

        RulePass(CoreMapExpressionExtractor<MatchedExpression> rules) {
            this.rules = rules;
        }

        @Override
        public void annotate(Annotation annotation) {
            List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            if (sentences == null) {
                return;
            }
            for (CoreMap s : sentences) {
                matches += rules.extractExpressions(s).size();
            }
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return Set.of();
        }
    }
}
