package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.model.Article;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Tranche;
import io.dealstream.model.Valuation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The deadline per article and the amount checks, with stand-in extraction functions. */
class GuardedExtractionTest {

    private static final Article ARTICLE = new Article("a-1", null, "body", null, null, null);

    @Test
    void anExtractionOverTheDeadlineFailsWithATimeoutAndTheNextOneRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, List<DealMention>> slowThenFast = article -> {
            if (article.body().equals("slow")) {
                try {
                    release.await(); // does not answer interrupts with an early end, like CoreNLP
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of(mention(Money.of(5e6, "USD")));
        };
        GuardedExtraction guarded = new GuardedExtraction(slowThenFast, Duration.ofMillis(200));
        GuardedExtraction.ExtractionTimeoutException timeout = assertThrows(GuardedExtraction.ExtractionTimeoutException.class,
                () -> guarded.apply(new Article("slow-1", null, "slow", null, null, null)));
        assertTrue(timeout.getMessage().contains("slow-1") && timeout.getMessage().contains("200 ms"), timeout.getMessage());
        assertEquals(1, guarded.apply(ARTICLE).size(), "the next article is extracted");
        release.countDown();
    }

    @Test
    void failuresOfTheExtractionReachTheCallerUnchanged() {
        GuardedExtraction failing = new GuardedExtraction(article -> {
            throw new IllegalStateException("tagger blew up");
        }, Duration.ofSeconds(5));
        assertEquals("tagger blew up", assertThrows(IllegalStateException.class, () -> failing.apply(ARTICLE)).getMessage());
        GuardedExtraction overflowing = new GuardedExtraction(article -> {
            throw new StackOverflowError("deep");
        }, Duration.ofSeconds(5));
        assertThrows(StackOverflowError.class, () -> overflowing.apply(ARTICLE));
    }

    @Test
    void unusableAmountsAreDroppedAndTheDealKept() {
        Money inf = Money.of(Double.POSITIVE_INFINITY, "USD");
        Money negative = Money.of(-5e6, "USD");
        Money fine = Money.of(2e7, "USD");
        DealMention bad = new DealMention("funding", "Tidewell", List.of(new Party("Orchard", "investor", negative),
                new Party("Birch", "investor", fine)), null, inf, new Valuation(Double.NaN, "USD", "post"), "announced",
                List.of(), List.of(new Tranche(fine, false), new Tranche(Money.of(1e30, "USD"), true)), true, List.of());
        GuardedExtraction guarded = new GuardedExtraction(article -> List.of(bad), Duration.ofSeconds(5));
        DealMention clean = guarded.apply(ARTICLE).get(0);
        assertNull(clean.amount());
        assertNull(clean.valuation());
        assertNull(clean.parties().get(0).amount());
        assertEquals("Orchard", clean.parties().get(0).name(), "the party stays, without its amount");
        assertEquals(fine, clean.parties().get(1).amount());
        assertEquals(List.of(new Tranche(fine, false)), clean.tranches());
        assertEquals("Tidewell", clean.target());

        Money badRange = new Money(1e6, Double.POSITIVE_INFINITY, "USD");
        assertEquals(Money.of(1e6, "USD"), MentionSanity.clean(List.of(mention(badRange))).get(0).amount(),
                "an unusable high end leaves the low end");
        Money backwards = new Money(2e6, 1e6, "USD");
        assertEquals(Money.of(2e6, "USD"), MentionSanity.clean(List.of(mention(backwards))).get(0).amount());
    }

    @Test
    void cleanMentionsAreReturnedAsTheyAre() {
        List<DealMention> ok = List.of(mention(Money.of(0, "USD")), mention(new Money(1e6, 2e6, "EUR")), mention(null));
        assertSame(ok, MentionSanity.clean(ok));
    }

    private static DealMention mention(Money amount) {
        return new DealMention("acquisition", "Globex", List.of(), null, amount, null, "announced", List.of(), List.of(),
                true, List.of());
    }
}
