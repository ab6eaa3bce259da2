package io.dealstream.aggregator.streams;

import static io.dealstream.aggregator.streams.Articles.article;
import static io.dealstream.aggregator.streams.Articles.funding;
import static io.dealstream.aggregator.streams.Articles.investor;
import static io.dealstream.aggregator.streams.Articles.lead;
import static io.dealstream.aggregator.streams.Articles.retraction;
import static io.dealstream.aggregator.streams.Articles.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.RoundTotals;
import io.dealstream.model.SourcedValue;
import io.dealstream.model.ValuationPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AggregatorTopologyTest {

    @Test
    void threeArticlesOfTheSeedStoryEndAsOneRoundWithItsRunningTotals() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.sendAll(SeedStory.all());

            List<Deal> openai = ledger.dealsOf("openai");
            assertEquals(1, openai.size(), "one round, not one deal per article: " + openai);
            Deal round = openai.get(0);
            assertEquals("funding", round.type());
            assertEquals(usd(110e9), round.amount());
            assertEquals(840e9, round.valuation().value());
            assertEquals("post", round.valuation().basis());
            assertTrue(round.current());
            Map<String, Party> parties = round.parties().stream().collect(Collectors.toMap(Party::name, p -> p));
            assertEquals(Map.of("Amazon", usd(50e9), "SoftBank", usd(30e9), "Nvidia", usd(30e9)),
                    parties.values().stream().collect(Collectors.toMap(Party::name, Party::amount)));
            assertEquals(Party.LEAD_INVESTOR, parties.get("Amazon").role(), "a later plain mention keeps the lead");

            RoundTotals totals = round.totals();
            assertEquals(usd(110e9), totals.statedSize());
            assertEquals(usd(110e9), totals.committedSum(), "Amazon once at $50B plus SoftBank and Nvidia");
            assertEquals(usd(15e9), totals.committedNow());
            assertEquals(usd(35e9), totals.contingent());
            assertEquals(3, totals.investorCount());
            assertEquals(3, totals.sourceCount());
            assertEquals(List.of("ipo", "milestone"), totals.openConditions().stream().map(c -> c.kind()).toList());
            assertEquals(List.of("wire-0224-openai-round", "daily-0226-softbank-nvidia", "review-0302-tranches"),
                    round.sources().stream().map(s -> s.articleId()).toList());
            assertEquals("2026-02-24T14:00:00Z", round.firstReportedAt());
            assertTrue(round.conflicts().isEmpty(), round.conflicts().toString());

            // The recalled AWS contract is its own company's background deal.
            List<Deal> aws = ledger.dealsOf("aws");
            assertEquals(1, aws.size());
            assertFalse(aws.get(0).current());
            assertNull(aws.get(0).firstReportedAt(), "known only from a recall: no news date");

            CompanySummary company = ledger.companiesStore().get("openai");
            assertEquals("OpenAI", company.name());
            assertEquals(List.of(usd(110e9)), company.totalRaised());
            assertEquals(round.id(), company.latestValuation().dealId());
            assertEquals(3, company.articleCount());

            InvestorSummary amazon = ledger.investor("amazon");
            assertEquals(1, amazon.dealCount());
            assertEquals(usd(50e9), amazon.commitments().get(0).amount());
            assertEquals(round.id(), amazon.commitments().get(0).dealId());
            assertEquals(List.of(usd(50e9)), amazon.totalCommitted());
            assertNotNull(ledger.investor("softbank"));
        }
    }

    @Test
    void everyFigureCitesItsArticleAndSentence() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.sendAll(SeedStory.all());
            Deal round = ledger.dealsOf("openai").get(0);

            SourcedValue amount = round.fieldSources().get("amount").get(0);
            assertEquals("wire-0224-openai-round", amount.articleId());
            assertTrue(amount.sentence().contains("$110 billion"), amount.sentence());

            SourcedValue valuation = round.fieldSources().get("valuation").get(0);
            assertTrue(valuation.sentence().contains("$840 billion"), valuation.sentence());

            List<SourcedValue> softbank = round.fieldSources().get("parties.softbank");
            assertEquals("daily-0226-softbank-nvidia", softbank.get(0).articleId());
            assertEquals(30e9, softbank.get(0).value().get("amount").get("value").asDouble());

            SourcedValue tranches = round.fieldSources().get("tranches").get(0);
            assertEquals("review-0302-tranches", tranches.articleId());
            assertTrue(tranches.sentence().contains("$15 billion"), tranches.sentence());

            List<SourcedValue> amazon = round.fieldSources().get("parties.amazon");
            assertEquals(List.of("wire-0224-openai-round", "review-0302-tranches"),
                    amazon.stream().map(SourcedValue::articleId).toList(), "both sources of Amazon's part, oldest first");
            SourcedValue condition = round.fieldSources().get("conditions").get(0);
            assertTrue(condition.sentence().contains("progress toward an IPO"), condition.sentence());
        }
    }

    @Test
    void theSameArticleTwiceChangesNothingAndEmitsNothing() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.sendAll(SeedStory.all());
            var before = ledger.snapshot();
            ledger.updates();
            ledger.valuationUpdates();

            ledger.sendAll(SeedStory.all());
            ledger.send(SeedStory.SOFTBANK_NVIDIA);

            assertEquals(before, ledger.snapshot());
            assertEquals(List.of(), ledger.updates());
            assertEquals(List.of(), ledger.valuationUpdates());
        }
    }

    @Test
    void updatesSayWhatChangedAndWhichArticleCausedIt() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(SeedStory.ROUND_SIZE);
            List<DealUpdate> first = ledger.updates();
            assertEquals(1, first.size());
            assertEquals(DealUpdate.CREATED, first.get(0).change());
            assertEquals("wire-0224-openai-round", first.get(0).causedBy());

            ledger.send(SeedStory.SOFTBANK_NVIDIA);
            List<DealUpdate> second = ledger.updates();
            assertEquals(1, second.size());
            DealUpdate update = second.get(0);
            assertEquals(DealUpdate.UPDATED, update.change());
            assertEquals(first.get(0).dealId(), update.dealId(), "the id is stable as later articles arrive");
            assertEquals("daily-0226-softbank-nvidia", update.causedBy());
            assertTrue(update.changedFields().containsAll(List.of("parties", "totals", "sources")),
                    update.changedFields().toString());
            assertFalse(update.changedFields().contains("amount"), update.changedFields().toString());
            assertFalse(update.changedFields().contains("valuation"), update.changedFields().toString());
            assertEquals(3, update.deal().totals().investorCount(), "the update carries the full deal");
        }
    }

    @Test
    void aCorrectedArticleReplacesWhatItSaidBefore() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.sendAll(SeedStory.all());
            String id = ledger.dealsOf("openai").get(0).id();
            ledger.updates();

            // The wire corrects itself: SoftBank's part was $22.5B, and Nvidia is not in the round.
            ledger.send(article("daily-0226-softbank-nvidia", "2026-02-26T09:30:00Z", "OpenAI",
                    funding("OpenAI").party(investor("SoftBank", 22.5e9))
                            .evidence("SoftBank is putting $22.5 billion into OpenAI's new round.").build()));

            Deal corrected = ledger.dealsOf("openai").get(0);
            assertEquals(id, corrected.id());
            assertEquals(List.of("Amazon", "SoftBank"), corrected.parties().stream().map(Party::name).toList());
            assertEquals(usd(72.5e9), corrected.totals().committedSum());
            assertEquals(2, corrected.totals().investorCount());
            assertTrue(corrected.conflicts().isEmpty(), "the old figure is gone, not in conflict: " + corrected.conflicts());
            assertNull(ledger.investor("nvidia"), "Nvidia's commitment is withdrawn");
            assertEquals(List.of(usd(22.5e9)), ledger.investor("softbank").totalCommitted());

            // Retracting the first article leaves the round to the other two sources, under a new anchor.
            ledger.updates();
            ledger.send(retraction("wire-0224-openai-round", "2026-02-24T14:00:00Z", "OpenAI"));
            List<Deal> left = ledger.dealsOf("openai");
            assertEquals(1, left.size());
            assertNull(left.get(0).amount(), "no remaining source states the round size");
            List<DealUpdate> updates = ledger.updates();
            DealUpdate removed = updates.stream().filter(u -> u.change().equals(DealUpdate.REMOVED)).findFirst().orElseThrow();
            assertEquals(id, removed.dealId());
            assertNull(removed.deal());
            assertEquals(left.get(0).id(), removed.replacedBy());
            assertTrue(updates.stream().anyMatch(u -> u.change().equals(DealUpdate.CREATED)
                    && u.dealId().equals(left.get(0).id())));
        }
    }

    @Test
    void retractingEveryMentionRemovesTheDealAndTheCompany() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(SeedStory.ROUND_SIZE);
            String id = ledger.updates().get(0).dealId();
            ledger.send(retraction("wire-0224-openai-round", "2026-02-24T14:00:00Z", "OpenAI"));
            assertEquals(List.of(DealUpdate.REMOVED), ledger.updates().stream().map(DealUpdate::change).toList());
            assertNull(ledger.dealsStore().get(id));
            assertNull(ledger.companiesStore().get("openai"));
            assertNull(ledger.valuationsStore().get("openai"));
            assertNull(ledger.investor("amazon"));
            // Retracting again, or retracting what was never said, is a no-op.
            ledger.send(retraction("wire-0224-openai-round", "2026-02-24T14:00:00Z", "OpenAI"));
            ledger.send(retraction("never-sent", "2026-02-24T14:00:00Z", "OpenAI"));
            assertEquals(List.of(), ledger.updates());
        }
    }

    @Test
    void twoRoundsOfOneCompanyStayApart() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(article("grab-2016", "2016-09-20", "Grab",
                    funding("Grab").party(lead("SoftBank", null)).amount(750e6).valuation(3e9, null).build()));
            ledger.send(article("grab-2017", "2017-07-25", "Grab",
                    funding("Grab").party(investor("Didi Chuxing", null)).party(investor("SoftBank", null))
                            .amount(2e9).valuation(6e9, "post").build()));
            // A week later, an article repeats the 2017 round without its size.
            ledger.send(article("grab-2017-followup", "2017-08-01", "Grab",
                    funding("Grab").party(investor("Toyota", null)).build()));

            List<Deal> grab = ledger.dealsOf("grab");
            assertEquals(2, grab.size(), grab.toString());
            Deal r2016 = grab.stream().filter(d -> d.amount().value() == 750e6).findFirst().orElseThrow();
            Deal r2017 = grab.stream().filter(d -> d.amount().value() == 2e9).findFirst().orElseThrow();
            assertEquals(List.of("grab-2016"), r2016.sources().stream().map(s -> s.articleId()).toList());
            assertEquals(List.of("grab-2017", "grab-2017-followup"), r2017.sources().stream().map(s -> s.articleId()).toList());
            assertEquals(List.of(usd(2.75e9)), ledger.companiesStore().get("grab").totalRaised());
            assertEquals(2, ledger.investor("softbank").dealCount());
        }
    }

    @Test
    void aBackgroundMentionAttachesToTheEarlierRoundAndNeverInflatesTheCurrentOne() {
        ArticleMentions news2017 = article("grab-2017", "2017-07-25", "Grab",
                funding("Grab").party(investor("Didi Chuxing", 1e9)).party(investor("SoftBank", 1e9))
                        .amount(2e9).build(),
                funding("Grab").party(investor("SoftBank", null)).amount(750e6).background()
                        .evidence("Grab raised $750 million in 2016, led by SoftBank.").build());
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(news2017);
            List<Deal> grab = ledger.dealsOf("grab");
            assertEquals(2, grab.size(), "the recalled round is created: " + grab);
            Deal current = grab.stream().filter(Deal::current).findFirst().orElseThrow();
            Deal earlier = grab.stream().filter(d -> !d.current()).findFirst().orElseThrow();
            assertEquals(usd(2e9), current.amount());
            assertEquals(usd(2e9), current.totals().committedSum());
            assertEquals(2, current.totals().investorCount());
            assertEquals(usd(750e6), earlier.amount());
            assertEquals(List.of(usd(2.75e9)), ledger.companiesStore().get("grab").totalRaised());

            // The 2016 news article arrives late: the recall joins the round it recalls.
            ledger.send(article("grab-2016", "2016-09-20", "Grab",
                    funding("Grab").party(lead("SoftBank", 750e6)).amount(750e6).build()));
            grab = ledger.dealsOf("grab");
            assertEquals(2, grab.size(), grab.toString());
            Deal r2016 = grab.stream().filter(d -> d.amount().value() == 750e6).findFirst().orElseThrow();
            assertTrue(r2016.current(), "reported as news in 2016");
            assertEquals(List.of("grab-2016", "grab-2017"), r2016.sources().stream().map(s -> s.articleId()).toList());
            assertEquals("2016-09-20T00:00:00Z", r2016.firstReportedAt());
            Deal r2017 = grab.stream().filter(d -> d.amount().value() == 2e9).findFirst().orElseThrow();
            assertEquals(List.of("grab-2017"), r2017.sources().stream().map(s -> s.articleId()).toList());
        }
    }

    @Test
    void aVagueRecallDoesNotAddAnInvestorToTheCurrentRound() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(article("stripe-news", "2026-03-01", "Stripe",
                    funding("Stripe").party(lead("Sequoia", null)).amount(1e9).build()));
            // Two weeks later: "Stripe, which Tiger Global has backed before, ..." (no figure, no round).
            ledger.send(article("stripe-profile", "2026-03-15", "Stripe",
                    funding("Stripe").party(investor("Tiger Global", null)).background().build()));
            Deal round = ledger.dealsOf("stripe").stream().filter(Deal::current).findFirst().orElseThrow();
            assertEquals(List.of("Sequoia"), round.parties().stream().map(Party::name).toList());
            assertEquals(1, round.totals().investorCount());
        }
    }

    @Test
    void theMostRecentlyPublishedSourceWinsWhateverArrivesLastAndDisagreementsAreConflicts() {
        ArticleMentions early = article("early", "2026-01-10", "Mistral AI",
                funding("Mistral AI").round("series_c").amount(Money.of(1.7e9, "EUR")).valuation(11.7e9, "post")
                        .status("planned").build());
        ArticleMentions late = article("late", "2026-01-20", "Mistral AI",
                funding("Mistral AI").round("series_c").amount(Money.of(2.0e9, "EUR")).valuation(14e9, "post")
                        .status("completed").build());
        for (List<ArticleMentions> order : List.of(List.of(early, late), List.of(late, early))) {
            try (LedgerDriver ledger = new LedgerDriver()) {
                ledger.sendAll(order);
                List<Deal> deals = ledger.dealsOf("mistral-ai");
                assertEquals(1, deals.size(), "the same round label makes one round despite the amounts");
                Deal d = deals.get(0);
                assertEquals(Money.of(2.0e9, "EUR"), d.amount());
                assertEquals(14e9, d.valuation().value());
                assertEquals("completed", d.status());
                assertEquals(List.of("amount", "valuation"), d.conflicts());
                assertEquals(2, d.fieldSources().get("amount").size());
            }
        }
    }

    @Test
    void newsMentionsOutsideTheWindowAreDifferentDeals() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(article("a", "2026-01-01", "Acme Robotics", funding("Acme Robotics").build()));
            ledger.send(article("b", "2026-01-20", "Acme Robotics", funding("Acme Robotics").amount(40e6).build()));
            ledger.send(article("c", "2026-06-01", "Acme Robotics", funding("Acme Robotics").build()));
            assertEquals(2, ledger.dealsOf("acme-robotics").size());
        }
    }

    @Test
    void valuationHistoryAnswersAsOfAnyDate() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(article("v1", "2024-10-02", "OpenAI", funding("OpenAI").amount(6.6e9).valuation(157e9, "post").build()));
            ledger.send(article("v2", "2025-03-31", "OpenAI", funding("OpenAI").amount(40e9).valuation(300e9, "post").build()));
            ledger.sendAll(SeedStory.all());
            // A later article repeats the $840B figure: no new point.
            ledger.send(article("v4", "2026-03-05", "OpenAI", funding("OpenAI").amount(110e9).valuation(840e9, "post").build()));

            ValuationHistory history = ledger.valuationsStore().get("openai");
            assertEquals(List.of(157e9, 300e9, 840e9), history.points().stream().map(p -> p.valuation().value()).toList());
            assertEquals(157e9, history.asOf(Instant.parse("2025-01-01T00:00:00Z")).orElseThrow().valuation().value());
            assertEquals(300e9, history.asOf(Instant.parse("2026-02-24T13:59:59Z")).orElseThrow().valuation().value());
            assertEquals(840e9, history.asOf(Instant.parse("2026-02-24T14:00:00Z")).orElseThrow().valuation().value());
            assertTrue(history.asOf(Instant.parse("2024-01-01T00:00:00Z")).isEmpty());
            assertEquals("wire-0224-openai-round", history.latest().orElseThrow().source().articleId());
            assertEquals(840e9, ledger.companiesStore().get("openai").latestValuation().valuation().value());

            List<ValuationPoint> published = ledger.valuationUpdates();
            assertEquals(List.of(157e9, 300e9, 840e9), published.stream().map(p -> p.valuation().value()).toList(),
                    "each new valuation once on valuation-updates");
        }
    }

    @Test
    void aRecalledValuationDoesNotBecomeTheLatest() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(article("news", "2026-02-24", "OpenAI",
                    funding("OpenAI").amount(110e9).valuation(840e9, "post").build(),
                    funding("OpenAI").amount(40e9).valuation(300e9, "post").background().build()));
            ValuationHistory history = ledger.valuationsStore().get("openai");
            assertEquals(2, history.points().size());
            assertEquals(840e9, history.latest().orElseThrow().valuation().value());
        }
    }

    @Test
    void aliasesMakeOneCompanyAndParentsAreNamed() {
        CompanyResolver resolver = CompanyResolver.parse(List.of(
                "# the user's alias file",
                "AWS = Amazon Web Services",
                "Amazon Web Services > Amazon"), "test");
        try (LedgerDriver ledger = new LedgerDriver(resolver, MergeRules.DEFAULTS)) {
            ledger.send(article("x1", "2025-11-03", "AWS",
                    Articles.deal("commitment", "AWS").party(new Party("OpenAI", Party.BUYER, null)).amount(38e9).build()));
            ledger.send(article("x2", "2025-11-04", "Amazon Web Services",
                    Articles.deal("commitment", "Amazon Web Services").party(new Party("OpenAI", Party.BUYER, null))
                            .amount(38e9).status("completed").build()));
            assertEquals(List.of(), ledger.dealsOf("aws"));
            List<Deal> deals = ledger.dealsOf("amazon-web-services");
            assertEquals(1, deals.size(), "both spellings are one company and one deal");
            assertEquals("Amazon Web Services", deals.get(0).target());
            assertEquals(2, deals.get(0).sources().size());
            CompanySummary summary = ledger.companiesStore().get("amazon-web-services");
            assertEquals("amazon", summary.parentKey());
            assertEquals("Amazon", summary.parentName());
            assertNotEquals(null, deals.get(0).id());
            assertTrue(deals.get(0).id().startsWith("amazon-web-services:commitment:20251103:"), deals.get(0).id());
        }
    }

    @Test
    void dealIdsAreFormedFromTheAnchorAndStableAsLaterArticlesArrive() {
        try (LedgerDriver one = new LedgerDriver(); LedgerDriver other = new LedgerDriver()) {
            one.send(SeedStory.ROUND_SIZE);
            String id = one.dealsOf("openai").get(0).id();
            assertTrue(id.matches("openai:funding:20260224:[0-9a-f]{8}"), id);
            one.send(SeedStory.TRANCHES);
            one.send(SeedStory.SOFTBANK_NVIDIA);
            assertEquals(id, one.dealsOf("openai").get(0).id());

            other.send(SeedStory.TRANCHES);
            String provisional = other.dealsOf("openai").get(0).id();
            other.send(SeedStory.SOFTBANK_NVIDIA);
            other.send(SeedStory.ROUND_SIZE);
            assertEquals(id, other.dealsOf("openai").get(0).id(), "the same set of articles, the same id");
            assertNotEquals(provisional, id);
            assertNull(other.dealsStore().get(provisional), "the provisional id is removed, not left behind");
        }
    }

    @Test
    void undecodableOrIncompleteRecordsAreSkippedAndProcessingContinues() {
        try (LedgerDriver ledger = new LedgerDriver()) {
            ledger.send(new ArticleMentions(null, "no id", null, "2026-01-01", "openai",
                    List.of(funding("OpenAI").amount(1e9).build())));
            ledger.send(new ArticleMentions("no-key", "t", null, "2026-01-01", "",
                    List.of(funding("").amount(1e9).build())));
            ledger.send(SeedStory.ROUND_SIZE);
            assertEquals(1, ledger.dealsOf("openai").size());
            assertEquals(1, ledger.deals().size());
        }
    }
}
