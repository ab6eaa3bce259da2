package io.dealstream.aggregator.bench;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.streams.DealMerger;
import io.dealstream.aggregator.streams.MergeRules;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Valuation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long re-deriving one company takes as its coverage grows (the work done for every incoming
 * article of that company). Not a test: run it with
 * {@code java -cp <test classpath> io.dealstream.aggregator.bench.MergeBenchmark}.
 * Rounds are spread over years, with 1 to 4 reports each and a recall in every fifth article.
 */
public final class MergeBenchmark {

    public static void main(String[] args) {
        DealMerger merger = new DealMerger(CompanyResolver.none(), MergeRules.DEFAULTS);
        System.out.println("articles  deals  ms per re-derivation (median of runs)");
        for (int articles : new int[] {10, 100, 500, 1000, 2000}) {
            List<DealMerger.StoredMentions> stored = company(articles, new Random(7));
            int deals = merger.derive("acme", stored).deals().size();
            int runs = Math.max(5, 2000 / articles);
            long[] nanos = new long[runs];
            long warmUntil = System.nanoTime() + 2_000_000_000L; // let the JIT compile the merge first
            while (System.nanoTime() < warmUntil) {
                merger.derive("acme", stored);
            }
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                merger.derive("acme", stored);
                nanos[r] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(nanos);
            System.out.printf("%8d  %5d  %.2f%n", articles, deals, nanos[runs / 2] / 1e6);
        }
    }

    static List<DealMerger.StoredMentions> company(int articles, Random random) {
        List<DealMerger.StoredMentions> stored = new ArrayList<>();
        LocalDate day = LocalDate.parse("2010-01-01");
        double size = 1e6;
        int reportsLeft = 0;
        for (int i = 0; i < articles; i++) {
            if (reportsLeft == 0) {
                day = day.plusDays(90 + random.nextInt(200));
                size *= 1.5 + random.nextDouble();
                reportsLeft = 1 + random.nextInt(4);
            }
            reportsLeft--;
            List<DealMention> mentions = new ArrayList<>();
            mentions.add(new DealMention("funding", "Acme", List.of(new Party("Fund " + random.nextInt(20), "investor",
                    Money.of(size / 4, "USD"))), null, Money.of(size, "USD"), new Valuation(size * 8, "USD", "post"),
                    "announced", List.of(), List.of(), true, List.of("Acme raised money, report " + i + ".")));
            if (i % 5 == 0 && i > 0) {
                mentions.add(new DealMention("funding", "Acme", List.of(), null, Money.of(size / 2, "USD"), null,
                        "completed", List.of(), List.of(), false, List.of("It raised less before.")));
            }
            ArticleMentions am = new ArticleMentions("a-" + i, "t", null, day.plusDays(reportsLeft).toString(),
                    CompanyNames.key("Acme"), mentions);
            stored.add(new DealMerger.StoredMentions(am.companyKey(), am));
        }
        return stored;
    }

    private MergeBenchmark() {
    }
}
