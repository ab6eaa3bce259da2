package io.dealstream.extractor;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.dealstream.extractor.Sentence.Tok;
import io.dealstream.model.Article;
import io.dealstream.model.DealMention;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the deals out of a news article: Stanford CoreNLP (tokens, sentences, and on the sentences
 * that can carry a deal, organisation/person/place tags) plus the
 * rules of {@link DealRules}, {@link Terms} and {@link DealAssembler}.
 *
 * <p>One instance holds the CoreNLP models (about 150 MB of heap) and is safe to share between
 * threads; {@link #shared()} builds it once per JVM. The work per article is bounded: at most
 * {@link #MAX_ANALYSED_CHARS} characters are read, at most {@link #MAX_TAGGED_SENTENCES} sentences
 * are tagged, and sentences longer than {@link #MAX_SENTENCE_TOKENS} tokens are not tagged.
 */
public final class DealExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(DealExtractor.class);

    /** Characters of an article (headline and body) that are analysed; the rest is ignored. */
    public static final int MAX_ANALYSED_CHARS = 100_000;
    /** Sentences per article that go through the tagger (in article order); later ones are skipped. */
    public static final int MAX_TAGGED_SENTENCES = 80;
    /** Longer sentences (tables, lists glued together) are not tagged. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    private static volatile DealExtractor shared;

    private final NlpPipeline nlp;

    /** Builds a new extractor with its own CoreNLP pipelines; prefer {@link #shared()}. */
    public DealExtractor() {
        long start = System.nanoTime();
        this.nlp = new NlpPipeline();
        LOG.info("CoreNLP pipelines ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The extractor of this JVM, built on first use. */
    public static DealExtractor shared() {
        DealExtractor e = shared;
        if (e == null) {
            synchronized (DealExtractor.class) {
                e = shared;
                if (e == null) {
                    e = new DealExtractor();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** Runs one article through every stage so that lazily loaded models are in memory before real traffic. */
    public void warmUp() {
        long start = System.nanoTime();
        extract(new Article("warm-up", "Acme Robotics raises $12 million Series A led by Example Ventures",
                "Acme Robotics Inc said on Tuesday it raised $12 million in a Series A round led by Example Ventures,"
                        + " valuing the company at $80 million. Separately, Globex Corp agreed to acquire Initech for"
                        + " 45 mln dlrs, subject to regulatory approval.",
                null, null, "2025-01-01"));
        LOG.info("extractor warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static Article withEmptyBody(Article a) {
        return new Article(a.id(), a.title(), "", a.url(), a.source(), a.publishedAt());
    }

    /** The deals the article states, in the shape of the extraction spec. */
    public List<DealMention> extract(Article article) {
        Objects.requireNonNull(article, "article");
        boolean noBody = article.body() == null || article.body().isBlank();
        if (noBody && (article.title() == null || article.title().isBlank())) {
            return List.of();
        }
        TextCleaner.Cleaned cleaned = TextCleaner.clean(noBody ? withEmptyBody(article) : article);
        List<Sentence> sentences = sentences(cleaned);
        if (sentences.isEmpty()) {
            return List.of();
        }
        DealRules rules = readNamesAndMoney(article, cleaned, sentences);
        Map<Sentence, List<Frame>> frames = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (s.tagged) {
                List<Frame> f = rules.frames(s);
                if (!f.isEmpty()) {
                    frames.put(s, f);
                }
            }
        }
        return new DealAssembler(sentences).assemble(frames);
    }

    /** For rule development: each tagged sentence with its names and frames, then the deals. */
    List<String> explain(Article article) {
        List<String> lines = new ArrayList<>();
        TextCleaner.Cleaned cleaned = TextCleaner.clean(article);
        List<Sentence> sentences = sentences(cleaned);
        DealRules rules = readNamesAndMoney(article, cleaned, sentences);
        for (Sentence s : sentences) {
            if (!s.tagged) {
                continue;
            }
            lines.add("S" + s.index + (s.title ? " (title)" : "") + ": " + s.text);
            lines.add("   names: " + s.names + "  money: " + s.money.stream().map(m -> m.money().value() + " "
                    + m.money().currency() + (m.isLumpSum() ? "" : "*")).toList());
            for (Frame f : rules.frames(s)) {
                lines.add("   frame: " + f);
            }
            List<io.dealstream.model.Condition> c = Terms.conditions(s);
            if (!c.isEmpty()) {
                lines.add("   conditions: " + c);
            }
        }
        for (DealMention m : extract(article)) {
            lines.add("DEAL " + m.type() + " T=" + m.target() + " P=" + m.parties() + " A=" + m.amount() + " V="
                    + m.valuation() + " R=" + m.round() + " S=" + m.status() + " cur=" + m.current()
                    + " C=" + m.conditions() + " Tr=" + m.tranches());
        }
        return lines;
    }

    /**
     * The steps between tagging and the rules, the same for {@link #extract} and {@link #explain}: money read in
     * the article's own currency, names found; returns the rules, dated by the article.
     */
    private static DealRules readNamesAndMoney(Article article, TextCleaner.Cleaned cleaned, List<Sentence> sentences) {
        ArticleCurrency.apply(article, sentences);
        new NameFinder(sentences, cleaned.bracketedNames()).findAll(sentences);
        int[] published = publishedYearMonth(article);
        return new DealRules(published[0], published[1]);
    }

    /** Splits the text, selects the sentences that can carry a deal and tags only those. */
    private List<Sentence> sentences(TextCleaner.Cleaned cleaned) {
        String text = cleaned.text();
        if (text.length() > MAX_ANALYSED_CHARS) {
            text = text.substring(0, MAX_ANALYSED_CHARS);
        }
        int titleEnd = cleaned.title() == null ? -1 : cleaned.title().length();
        List<CoreMap> maps = nlp.split(text);
        List<Sentence> sentences = new ArrayList<>(maps.size());
        Map<Sentence, CoreMap> toTag = new IdentityHashMap<>();
        List<CoreMap> selected = new ArrayList<>();
        int bodySentences = 0;
        for (CoreMap map : maps) {
            List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Tok> toks = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                toks.add(new Tok(l.word(), l.beginPosition(), l.endPosition()));
            }
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            boolean title = begin < titleEnd;
            Sentence s = new Sentence(sentences.size(), title, toks, text.substring(begin, end));
            s.inLead = title || ++bodySentences <= DealAssembler.LEAD_SENTENCES;
            s.money = MoneyParser.find(words(toks));
            sentences.add(s);
            if (selected.size() < MAX_TAGGED_SENTENCES && toks.size() <= MAX_SENTENCE_TOKENS && mayCarryDeal(s)) {
                selected.add(map);
                toTag.put(s, map);
            }
        }
        nlp.tag(selected);
        for (Sentence s : sentences) {
            CoreMap map = toTag.get(s);
            if (map == null) {
                continue;
            }
            List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                Tok t = s.toks.get(i);
                t.pos = l.tag() == null ? "" : l.tag();
                t.ner = l.ner() == null ? "O" : l.ner();
                t.lemma = l.lemma() == null ? t.lower : l.lemma().toLowerCase();
            }
            s.tagged = true;
        }
        return sentences;
    }

    /** A sentence worth tagging: it names an amount of money or uses a word deals are told with. */
    static boolean mayCarryDeal(Sentence s) {
        if (!s.money.isEmpty()) {
            return true;
        }
        for (Tok t : s.toks) {
            if (TRIGGERS.contains(t.lower)) {
                return true;
            }
        }
        // a fund's investors: "limited partners include ...", "among its LP base"
        // and its close: "today marks the first close of the new fund"
        return DealRules.limitedPartnerCue(s) || s.containsPhrase("first close")
                || s.containsPhrase("final close") || s.containsPhrase("initial close");
    }

    /** Words that can anchor a frame, a role, a valuation or a condition in a sentence without an amount. */
    private static final java.util.Set<String> TRIGGERS = triggers();

    private static java.util.Set<String> triggers() {
        java.util.Set<String> t = new java.util.HashSet<>();
        t.addAll(DealWords.ACQUIRE_VERBS);
        t.addAll(DealWords.SELL_VERBS);
        t.addAll(DealWords.MERGE_VERBS);
        t.addAll(DealWords.ACQUISITION_NOUNS);
        // past forms only: "Snap" is also a company's name
        t.addAll(Lexicon.words("snapped snapping gobbled gobbling scooped scooping"));
        t.addAll(Lexicon.words("""
                merger stake sale takeover subject contingent conditional upon led participation investors
                valuation valued values offer bid approval approved round pending contributors participated
                joined joining backer backers backed invested participants funding investor"""));
        return java.util.Set.copyOf(t);
    }

    private static List<String> words(List<Tok> toks) {
        List<String> w = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            w.add(t.word);
        }
        return w;
    }

    private static int[] publishedYearMonth(Article article) {
        Optional<Instant> when = article.publishedInstant();
        if (when.isEmpty()) {
            return new int[] {0, 0};
        }
        ZonedDateTime t = when.get().atZone(ZoneOffset.UTC);
        return new int[] {t.getYear(), t.getMonthValue()};
    }
}
