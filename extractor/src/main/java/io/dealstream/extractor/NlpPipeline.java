package io.dealstream.extractor;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The two CoreNLP pipelines of the extractor, built once and shared by every thread.
 *
 * <p>Every sentence is tokenised and split (cheap); only the sentences that can carry a deal go
 * through one CRF named-entity model (the expensive part; part-of-speech tags and lemmas only when
 * {@code dealstream.annotators} asks for them). NER
 * runs without SUTime, without the numeric classifiers and without the fine-grained KBP gazetteer:
 * money is normalised by {@link MoneyParser}, and those add seconds of start-up, hundreds of MB of
 * heap and most of the per-sentence cost.
 */
final class NlpPipeline {

    /** PTB tokenizer options shared by the pipeline and {@link MoneyParser#tokenize}. */
    static final String TOKENIZE_OPTIONS = "invertible=true";
    /**
     * What runs on the sentences that can carry a deal. Part-of-speech tags and lemmas are off: measured
     * on the dev set they doubled the tagging time and moved deal F1 by 0.004 (see BENCHMARKS.md), and the
     * rules read tense and verbs from words. {@code -Ddealstream.annotators=pos,lemma,ner} turns them on.
     */
    static final String DEFAULT_ANNOTATORS = "ner";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;

    NlpPipeline() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        split.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        // Headlines and list items carry no full stop: a line break ends a sentence. Hard-wrapped
        // wire copy is unwrapped before tokenising (see TextCleaner).
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        splitter = new StanfordCoreNLP(split);

        Properties deep = new Properties();
        deep.setProperty("annotators", System.getProperty("dealstream.annotators", DEFAULT_ANNOTATORS));
        deep.setProperty("enforceRequirements", "false");
        deep.setProperty("ner.model", NER_MODEL);
        deep.setProperty("ner.useSUTime", "false");
        deep.setProperty("ner.applyNumericClassifiers", "false");
        deep.setProperty("ner.applyFineGrained", "false");
        deep.setProperty("ner.buildEntityMentions", "false");
        deep.setProperty("ner.combinationMode", "NORMAL");
        tagger = new StanfordCoreNLP(deep);
    }

    /** Tokenises and splits {@code text} into sentences (CoreMaps holding their tokens). */
    List<CoreMap> split(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** Adds entity tags (and tags or lemmas, when configured) to the tokens of the given sentences, in place. */
    void tag(List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        List<CoreLabel> allTokens = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            allTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation doc = new Annotation("");
        doc.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        doc.set(CoreAnnotations.TokensAnnotation.class, allTokens);
        tagger.annotate(doc);
    }
}
