package io.dealstream.aggregator.streams;

import static io.dealstream.aggregator.streams.Articles.article;
import static io.dealstream.aggregator.streams.Articles.deal;
import static io.dealstream.aggregator.streams.Articles.funding;
import static io.dealstream.aggregator.streams.Articles.investor;
import static io.dealstream.aggregator.streams.Articles.lead;

import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Party;
import java.util.List;

/**
 * The seed story told by three articles over a week, as the extractor would report them: the round
 * size and Amazon's part first, SoftBank and Nvidia two days later, the tranche terms (and a recall
 * of the earlier AWS contract) at the end of the week.
 */
final class SeedStory {

    static final ArticleMentions ROUND_SIZE = article("wire-0224-openai-round", "2026-02-24T14:00:00Z", "OpenAI",
            funding("OpenAI").party(lead("Amazon", 50e9)).amount(110e9).valuation(840e9, "post")
                    .status("announced")
                    .evidence("OpenAI is raising $110 billion in a funding round anchored by Amazon, which is "
                                    + "committing up to $50 billion.",
                            "The financing values OpenAI at roughly $840 billion after the investment.")
                    .build());

    static final ArticleMentions SOFTBANK_NVIDIA = article("daily-0226-softbank-nvidia", "2026-02-26T09:30:00Z",
            "OpenAI",
            funding("OpenAI").party(investor("SoftBank", 30e9)).party(investor("Nvidia", 30e9))
                    .evidence("SoftBank and Nvidia are each putting $30 billion into OpenAI's new round, "
                            + "people familiar with the matter said.")
                    .build());

    static final ArticleMentions TRANCHES = article("review-0302-tranches", "2026-03-02T07:00:00Z", "OpenAI",
            funding("OpenAI").party(investor("Amazon", 50e9))
                    .tranche(15e9, false).tranche(35e9, true)
                    .condition("ipo", "progress toward an IPO")
                    .condition("milestone", "hitting artificial general intelligence milestones")
                    .evidence("Amazon's $50 billion arrives as an initial $15 billion, with the remaining "
                                    + "$35 billion contingent on conditions.",
                            "Those may include progress toward an IPO or hitting artificial general "
                                    + "intelligence milestones.")
                    .build());

    /** The same week-end article recalls an earlier contract with AWS: another company, a background deal. */
    static final ArticleMentions TRANCHES_AWS = article("review-0302-tranches", "2026-03-02T07:00:00Z", "AWS",
            deal("commitment", "AWS").party(new Party("OpenAI", Party.BUYER, null)).amount(38e9).background()
                    .evidence("The deal expands a previous $38 billion multi-year agreement between OpenAI and AWS.")
                    .build());

    static List<ArticleMentions> all() {
        return List.of(ROUND_SIZE, SOFTBANK_NVIDIA, TRANCHES, TRANCHES_AWS);
    }

    private SeedStory() {
    }
}
