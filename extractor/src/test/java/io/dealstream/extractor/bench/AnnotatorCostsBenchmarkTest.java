package io.dealstream.extractor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The option of {@code --annotator-costs} and the TokensRegex rule set it times (no timing here). */
class AnnotatorCostsBenchmarkTest {

    @Test
    void parsesAPositiveNumberOfArticles() {
        assertEquals(100, AnnotatorCosts.parseArticles("100"));
        assertEquals(7, AnnotatorCosts.parseArticles(" 7 "));
    }

    @Test
    void rejectsMissingZeroNegativeOrNonNumericValues() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatorCosts.parseArticles(null));
        assertThrows(IllegalArgumentException.class, () -> AnnotatorCosts.parseArticles("0"));
        assertThrows(IllegalArgumentException.class, () -> AnnotatorCosts.parseArticles("-3"));
        assertThrows(IllegalArgumentException.class, () -> AnnotatorCosts.parseArticles("ten"));
        assertThrows(IllegalArgumentException.class, () -> AnnotatorCosts.parseArticles("--runs"));
    }

    @Test
    void tokensRegexRulesCompileAndMatchAnInventedSentence() throws Exception {
        CoreMapExpressionExtractor<MatchedExpression> rules = CoreMapExpressionExtractor.createExtractorFromString(
                TokenSequencePattern.getNewEnv(), AnnotatorCosts.TOKENSREGEX_RULES);
        CoreMap sentence = sentence(
                "Globex/ORGANIZATION Corp/ORGANIZATION agreed/O to/O acquire/O Initech/ORGANIZATION for/O $/O 45/O"
                        + " million/O ,/O subject/O to/O approval/O ./O");
        List<String> found = new ArrayList<>();
        for (MatchedExpression m : rules.extractExpressions(sentence)) {
            found.add(m.getValue().get().toString() + ":" + m.getText());
        }
        assertEquals(List.of("ACQUISITION:Globex Corp agreed to acquire Initech", "PRICE:for $ 45 million",
                "CONDITION:subject to"), found);
    }

    private static CoreMap sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(w);
            l.setNER(wt.substring(slash + 1));
            l.setBeginPosition(text.length());
            text.append(w);
            l.setEndPosition(text.length());
            l.setIndex(tokens.size() + 1);
            tokens.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TextAnnotation.class, text.toString());
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        return s;
    }
}
