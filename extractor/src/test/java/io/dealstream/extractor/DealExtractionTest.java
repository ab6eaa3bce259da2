package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dealstream.model.Article;
import io.dealstream.model.Condition;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Tranche;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import org.junit.jupiter.api.Test;

/**
 * Extraction on articles written for these tests in the styles of the news the product reads:
 * startup funding news, wire copy with "mln dlrs", press releases with conditions and tranches.
 * All companies in them are made up, except in the retelling of the seed story.
 */
class DealExtractionTest {

    private static final DealExtractor EXTRACTOR = DealExtractor.shared();

    private static List<DealMention> extract(String title, String body, String published) {
        return EXTRACTOR.extract(new Article("test", title, body, null, null, published));
    }

    private static DealMention deal(List<DealMention> deals, String target, boolean current) {
        return deals.stream()
                .filter(d -> d.target().toLowerCase().contains(target.toLowerCase()) && d.current() == current)
                .findFirst()
                .orElseGet(() -> fail("no " + (current ? "current" : "background") + " deal for " + target + " in " + deals));
    }

    private static Party party(DealMention d, String name) {
        return d.parties().stream().filter(p -> p.name().toLowerCase().contains(name.toLowerCase())).findFirst()
                .orElseGet(() -> fail("no party " + name + " in " + d.parties()));
    }

    private static void assertMoney(double value, String currency, Money money) {
        assertNotNull(money, "no amount");
        assertEquals(currency, money.currency());
        assertEquals(value, money.value(), value * 1e-6);
    }

    private static Set<String> kinds(DealMention d) {
        return d.conditions().stream().map(Condition::kind).collect(Collectors.toSet());
    }

    @Test
    void theSeedStoryRetold() {
        List<DealMention> deals = extract("OpenAI lands $110 billion round as Amazon commits up to $50 billion",
                """
                OpenAI has secured a $110 billion funding round, with Amazon committing up to $50 billion to the \
                ChatGPT developer, the companies said on Friday. The financing values OpenAI at about $840 billion \
                post-money.
                Nvidia and SoftBank are also backing the round, each investing $30 billion.
                Amazon will pay an initial $15 billion, while the remaining $35 billion is contingent on conditions \
                that may include progress toward an IPO or hitting artificial general intelligence milestones.
                The agreement builds on a previous $38 billion multi-year deal between OpenAI and AWS, Amazon's \
                cloud unit.""", "2026-02-27");
        DealMention round = deal(deals, "OpenAI", true);
        assertEquals("funding", round.type());
        assertMoney(110e9, "USD", round.amount());
        assertEquals(840e9, round.valuation().value(), 1e6);
        assertEquals("post", round.valuation().basis());
        assertEquals("announced", round.status());
        assertMoney(50e9, "USD", party(round, "Amazon").amount());
        assertMoney(30e9, "USD", party(round, "SoftBank").amount());
        assertMoney(30e9, "USD", party(round, "Nvidia").amount());
        assertEquals(3, round.parties().size(), round.parties().toString());
        assertEquals(Set.of("ipo", "milestone"), kinds(round));
        assertEquals(List.of(new Tranche(Money.of(15e9, "USD"), false), new Tranche(Money.of(35e9, "USD"), true)),
                round.tranches());

        DealMention cloud = deal(deals, "AWS", false);
        assertEquals("commitment", cloud.type());
        assertMoney(38e9, "USD", cloud.amount());
        assertEquals(Party.BUYER, party(cloud, "OpenAI").role());
        assertEquals(2, deals.size(), deals.toString());
    }

    @Test
    void wireCopyAcquisitionInDollarsWithConditions() {
        List<DealMention> deals = extract("DOMINION TEXTILE <DTX> TO BUY BURLINGTON FABRICS",
                """
                Dominion Textile Inc said it agreed to acquire
                Burlington Fabrics Corp for 120 mln dlrs in cash, subject to
                approval by Burlington shareholders and regulatory authorities.
                    The company said completion is expected in the second
                quarter. Burlington had sales of 310 mln dlrs last year.
                 REUTER
                """, "1987-04-02");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deals.get(0);
        assertEquals("acquisition", d.type());
        assertEquals("Burlington Fabrics Corp", d.target());
        assertEquals(Party.ACQUIRER, party(d, "Dominion Textile").role());
        assertMoney(120e6, "USD", d.amount());
        assertEquals(Set.of("shareholder", "regulatory"), kinds(d));
        assertEquals("announced", d.status());
        assertTrue(d.current());
    }

    @Test
    void wireCopySaleOfAUnitInSterling() {
        List<DealMention> deals = extract(null,
                """
                Harrowgate Foods Plc said it sold its Scottish snacks division to Pennant Capital Ltd for 1.5 mln \
                stg. The division had turnover of 4.2 mln stg last year, Harrowgate said.""", "1987-06-10");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deals.get(0);
        assertEquals("acquisition", d.type());
        assertTrue(d.target().startsWith("Harrowgate Foods"), d.target());
        assertEquals(Party.ACQUIRER, party(d, "Pennant Capital").role());
        assertEquals(Party.SELLER, party(d, "Harrowgate").role());
        assertMoney(1.5e6, "GBP", d.amount());
        assertEquals("completed", d.status());
    }

    @Test
    void euroAcquisitionWithUpfrontAndMilestoneTranches() {
        List<DealMention> deals = extract("Novacor to acquire Solvara Pharma for €2.5bn upfront",
                """
                Novacor AG has agreed to acquire Solvara Pharma GmbH, a Munich-based developer of antibody \
                therapies, for €2.5bn in cash upfront, with up to a further €1bn payable upon achievement of \
                certain regulatory and commercial milestones.
                The transaction is subject to customary closing conditions and antitrust clearance, and is \
                expected to close in the third quarter of 2025.""", "2025-03-14");
        DealMention d = deal(deals, "Solvara", true);
        assertEquals("acquisition", d.type());
        assertMoney(2.5e9, "EUR", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Novacor").role());
        assertEquals(Set.of("milestone", "closing", "regulatory"), kinds(d));
        assertEquals(List.of(new Tranche(Money.of(2.5e9, "EUR"), false), new Tranche(Money.of(1e9, "EUR"), true)),
                d.tranches());
        assertEquals("announced", d.status());
        assertEquals(1, deals.size(), deals.toString());
    }

    @Test
    void fundingRoundWithLeadInvestorValuationAndABackgroundRound() {
        List<DealMention> deals = extract("Lumio raises $45M Series B to bring battery analytics to fleets",
                """
                Lumio, a London-based battery analytics startup, has raised $45 million in a Series B round led by \
                Northzone, with participation from existing investors Seedcamp and Atomico.
                The round values the company at $300 million post-money, chief executive Maya Okafor said.
                Lumio previously raised a $12 million seed round in 2021.""", "2024-09-18");
        DealMention now = deal(deals, "Lumio", true);
        assertEquals("funding", now.type());
        assertMoney(45e6, "USD", now.amount());
        assertEquals("series_b", now.round());
        assertEquals(Party.LEAD_INVESTOR, party(now, "Northzone").role());
        assertEquals(Party.INVESTOR, party(now, "Seedcamp").role());
        assertEquals(Party.INVESTOR, party(now, "Atomico").role());
        assertEquals(3, now.parties().size(), now.parties().toString());
        assertEquals(300e6, now.valuation().value(), 1);
        assertEquals("post", now.valuation().basis());

        DealMention before = deal(deals, "Lumio", false);
        assertMoney(12e6, "USD", before.amount());
        assertEquals("seed", before.round());
        assertEquals(2, deals.size(), deals.toString());
    }

    @Test
    void rupeeCroreFundingFromSeveralInvestors() {
        List<DealMention> deals = extract("Kirana Cloud raises Rs 1,200 crore",
                """
                Bengaluru-based retail software maker Kirana Cloud has raised Rs 1,200 crore from Peak XV Partners, \
                Lightspeed and Tiger Global, the company said on Tuesday.""", "2025-07-01");
        DealMention d = deal(deals, "Kirana Cloud", true);
        assertMoney(1.2e10, "INR", d.amount());
        assertEquals(Set.of("Peak XV Partners", "Lightspeed", "Tiger Global"),
                d.parties().stream().map(Party::name).collect(Collectors.toSet()));
    }

    @Test
    void rumouredRoundWithARangeAndAHedge() {
        List<DealMention> deals = extract(null,
                """
                Tokyo-based Haneda Robotics is in talks to raise $150M-$200M at a valuation of more than $1 billion, \
                according to people familiar with the matter.""", "2025-10-02");
        DealMention d = deal(deals, "Haneda Robotics", true);
        assertEquals("funding", d.type());
        assertEquals(150e6, d.amount().value(), 1);
        assertEquals(200e6, d.amount().valueHigh(), 1);
        assertEquals(1e9, d.valuation().value(), 1);
        assertEquals("rumored", d.status());
    }

    @Test
    void calledOffTakeoverIsCancelled() {
        List<DealMention> deals = extract(null,
                """
                Maple Leaf Mining Corp said it terminated its agreement to acquire Boreal Gold Inc for C$300 million \
                after the two sides failed to agree on the terms of a financing.""", "2025-02-11");
        DealMention d = deal(deals, "Boreal Gold", true);
        assertEquals("acquisition", d.type());
        assertEquals("cancelled", d.status());
        assertMoney(300e6, "CAD", d.amount());
    }

    @Test
    void yenStakePurchaseIsAnInvestment() {
        List<DealMention> deals = extract(null,
                """
                Kanto Electric Power Co said on Thursday it bought a 15 percent stake in Shinsei Grid KK for \
                45 billion yen from its founders.""", "2025-05-22");
        DealMention d = deal(deals, "Shinsei Grid", true);
        assertEquals("investment", d.type());
        assertMoney(45e9, "JPY", d.amount());
        assertEquals(Party.INVESTOR, party(d, "Kanto Electric").role());
    }

    @Test
    void creditFacilityIsDebtWithLenders() {
        List<DealMention> deals = extract(null,
                """
                Verdant Energy has secured a $250 million credit facility from HSBC and Barclays to fund the build-out \
                of its solar farms in Spain.""", "2025-01-20");
        DealMention d = deal(deals, "Verdant Energy", true);
        assertEquals("debt", d.type());
        assertMoney(250e6, "USD", d.amount());
        assertEquals(Party.LENDER, party(d, "HSBC").role());
        assertEquals(Party.LENDER, party(d, "Barclays").role());
    }

    @Test
    void revenueSharePricesAndTotalsAreNotDeals() {
        List<DealMention> deals = extract("Globex shares jump after strong quarter",
                """
                Shares of Globex Corp rose 6% on Wednesday after the company reported revenue of $1.2 billion for the \
                quarter. The company, which has raised $300 million to date, said the market for its software is \
                worth $40 billion. Its stock closed at $84.50 a share.""", "2025-08-06");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void acquisitionWithoutAPriceIsStillADeal() {
        List<DealMention> deals = extract("Brightwave acquired by Corvid Systems",
                """
                Brightwave, a maker of smart lighting controls, has been acquired by Corvid Systems. Terms of the deal \
                were not disclosed. Brightwave raised $8 million from Foundry Group in 2019.""", "2023-04-04");
        DealMention d = deal(deals, "Brightwave", true);
        assertEquals("acquisition", d.type());
        assertNull(d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Corvid").role());
        DealMention earlier = deal(deals, "Brightwave", false);
        assertEquals("funding", earlier.type());
        assertMoney(8e6, "USD", earlier.amount());
        assertFalse(earlier.current());
    }

    @Test
    void sharesValuedAtAnAmountPriceAnAcquisitionAndAreNoValuation() {
        List<DealMention> deals = extract(null,
                """
                Corliss Data Systems Inc said it acquired Meadowbrook Software Inc for 2.4 mln of its common shares, \
                valued at 5.1 mln dlrs.""", "1987-05-04");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deals.get(0);
        assertEquals("acquisition", d.type());
        assertEquals("Meadowbrook Software Inc", d.target());
        assertMoney(5.1e6, "USD", d.amount());
        assertNull(d.valuation());
        assertEquals("completed", d.status());
    }

    @Test
    void investorsNamedAfterIncludedJoinTheRound() {
        List<DealMention> deals = extract("Parcelo raises $60 million to expand same-day delivery",
                """
                Parcelo, a Jakarta-based delivery startup, has raised $60 million in fresh funding.
                Existing investors joining the round included Granite Peak Ventures, Saltwater Capital and \
                Orchard Partners.""", "2025-06-03");
        DealMention d = deal(deals, "Parcelo", true);
        assertMoney(60e6, "USD", d.amount());
        assertEquals(Set.of("Granite Peak Ventures", "Saltwater Capital", "Orchard Partners"),
                d.parties().stream().map(Party::name).collect(Collectors.toSet()));
    }

    @Test
    void aHeadlineThatOpensWithAnUntaggedNameGivesTheRaiser() {
        List<DealMention> deals = extract("4sight, an inventory app for small grocers, closes $6M Series A",
                """
                4sight, a popular inventory app for small grocers, has raised $6 million in Series A funding. \
                Backing the round are VCs Tollmere and Harbor Lane Ventures. Grocers in twelve countries use \
                4sight today, and 4sight plans to hire engineers in Lisbon.""", "2025-03-04");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deal(deals, "4sight", true);
        assertEquals("4sight", d.target());
        assertMoney(6e6, "USD", d.amount());
        assertEquals("series_a", d.round());
    }

    @Test
    void anInvestorIsNeverTheCompanyThatRaised() {
        List<DealMention> deals = extract(null,
                """
                Home cooks across France rely on Lumora for weeknight recipes. The company just raised $4 million \
                from Ridgeline Capital, as well as Basalt Ventures and Quarry Hill Capital. Cooks search it daily.""",
                "2025-03-04");
        for (DealMention d : deals) {
            assertFalse(Set.of("Ridgeline Capital", "Basalt Ventures", "Quarry Hill Capital").contains(d.target()),
                    "an investor taken for the raiser: " + d);
        }
    }

    @Test
    void aJobTitleBeforeAnInvestorsNameIsNotPartOfIt() {
        List<DealMention> deals = extract("Tarnwood raises $9 million seed round",
                """
                Tarnwood, a payroll startup, has raised $9 million in a seed round led by London VC Halvard Capital, \
                with participation from Brightmoor CEO Lena Varga. Tarnwood will hire in Leeds.""", "2025-03-04");
        DealMention d = deal(deals, "Tarnwood", true);
        assertEquals(Set.of("Halvard Capital", "Lena Varga"),
                d.parties().stream().map(Party::name).collect(Collectors.toSet()));
        assertEquals(Party.LEAD_INVESTOR, party(d, "Halvard Capital").role());
    }

    @Test
    void aTitleWordThatOpensATaggedCompanyNameStays() {
        List<DealMention> deals = extract(null,
                """
                Corliss Data Systems Inc said it has agreed to sell its Quorn Graphics unit to General Dynamics Corp \
                for 30 mln dlrs.""", "1987-03-04");
        DealMention d = deal(deals, "Quorn Graphics", true);
        assertEquals(Party.ACQUIRER, party(d, "Dynamics").role());
        assertEquals("General Dynamics Corp", party(d, "Dynamics").name());
    }

    @Test
    void investorsListedAfterBackingTheRoundAreJoinTheRound() {
        List<DealMention> deals = extract("Pellmore raises $12 million Series A for warehouse robots",
                """
                Pellmore, a maker of warehouse robots, has raised $12 million in Series A funding. Backing the round \
                are VCs Tollmere Capital and Harbor Lane Ventures. Participating in the round were existing investors \
                Quarry Hill Partners and Basalt Ventures.""", "2025-03-04");
        DealMention d = deal(deals, "Pellmore", true);
        assertEquals(Set.of("Tollmere Capital", "Harbor Lane Ventures", "Quarry Hill Partners", "Basalt Ventures"),
                d.parties().stream().map(Party::name).collect(Collectors.toSet()));
        assertEquals(Party.INVESTOR, party(d, "Tollmere").role());
    }

    @Test
    void aTitleCaseHeadlineVerbIsNoPartOfTheNameBeforeIt() {
        List<DealMention> deals = extract("Tarrow Square Builds $2 Billion Stake in Quorn Foods",
                """
                Tarrow Square, the hedge fund run by Alan Mercer, has built a stake worth about $2 billion in \
                Quorn Foods, according to a filing.""", "2025-03-04");
        DealMention d = deal(deals, "Quorn Foods", true);
        assertEquals("investment", d.type());
        assertEquals(List.of("Tarrow Square"), d.parties().stream().map(Party::name).toList());
        assertMoney(2e9, "USD", d.amount());
    }

    @Test
    void theCompanyOpeningASentenceRaisesAlthoughItsAppositiveNamesACity() {
        List<DealMention> deals = extract(null,
                """
                Verrow, a startup based in Porto, Portugal that offers what it calls a "kitchen operating system", \
                has raised $4.2 million in Series A funding. Harbor Lane Ventures led the round.""", "2025-03-04");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deals.get(0);
        assertEquals("Verrow", d.target());
        assertEquals("series_a", d.round());
        assertMoney(4.2e6, "USD", d.amount());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Harbor Lane").role());
    }

    @Test
    void intentWordsFarFromTheDealVerbDoNotMakeItPlanned() {
        List<DealMention> deals = extract("Quillon raises $5 million to tap the potential of farm data",
                """
                Quillon has raised $5 million in seed funding led by Harbor Lane Ventures. The startup sees a huge \
                potential market in farm data and plans to hire twenty engineers.""", "2025-03-04");
        assertEquals("announced", deal(deals, "Quillon", true).status());
    }

    @Test
    void intentOnTheDealItselfMakesItPlanned() {
        List<DealMention> talks = extract(null,
                "Dorrit Group is in advanced talks to acquire Fenmore Labs for about $300 million.", "2025-03-04");
        assertEquals("planned", deal(talks, "Fenmore", true).status());
        List<DealMention> proposed = extract(null,
                "Ostrander Corp said the proposed merger with Belwick Inc would create the largest maker of valves.",
                "2025-03-04");
        assertEquals("planned", deal(proposed, "Belwick", true).status());
    }

    @Test
    void aDealFirstNamedPastTheLeadIsTheNewsWhenNothingElseIs() {
        List<DealMention> deals = extract("The quiet rise of the kitchen robot",
                """
                Walk into any restaurant kitchen at noon and you will see chaos. Cooks shout, pans clatter and orders \
                pile up. Owners have long wanted help. Machines have promised it for years.
                Now Verrow, a maker of kitchen robots, has raised $14 million in a Series A round led by Tollmere \
                Capital.""", "2025-03-04");
        DealMention d = deal(deals, "Verrow", true);
        assertMoney(14e6, "USD", d.amount());
    }

    @Test
    void aPreviousInvestorDoesNotDateTheRound() {
        List<DealMention> deals = extract(null,
                """
                Our payroll app is growing fast, said its founder. Customers love it. \
                Pellmore has raised $20 million in a Series B round led by Tollmere Capital, joined by previous \
                investor Basalt Ventures.""", "2025-03-04");
        DealMention d = deal(deals, "Pellmore", true);
        assertEquals(Party.INVESTOR, party(d, "Basalt").role());
    }

    @Test
    void sharesAndWarrantsBoughtInAPlacementAreNotCompaniesAcquired() {
        List<DealMention> deals = extract("Corvane Gold closes $2 million private placement",
                """
                Corvane Gold Corp. has closed a private placement of units for gross proceeds of $2 million. Each \
                Unit consists of one Common Share and one Warrant. Each Warrant entitles the holder to acquire one \
                additional Common Share at $0.50 for two years.""", "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition")), deals.toString());
    }

    @Test
    void aShortHardWrappedWireStoryIsReadAsWholeSentences() {
        List<DealMention> deals = extract("MARLOW <MRL> COMPLETES UNIT SALE",
                "Marlow Industries Inc said it\ncompleted the previously-announced sale of its Dunmore Graphics unit\n"
                        + "to Tarrant Holdings Corp of Ohio.\n    The purchase price was not disclosed.\n"
                        + "    Dunmore had 1986 sales of\nabout 40 mln dlrs, the company said.", "1987-03-04");
        DealMention d = deal(deals, "Dunmore Graphics", true);
        assertEquals("completed", d.status());
        assertEquals(Party.ACQUIRER, party(d, "Tarrant").role());
        assertEquals(Party.SELLER, party(d, "Marlow").role());
    }

    @Test
    void compoundModifiersBeforeTheBoughtCompanyAreSkipped() {
        List<DealMention> deals = extract(null,
                "Nerrin Cellular Inc said it has completed the previously-announced acquisition of privately-held "
                        + "Oxley Paging Co, a Chicago reseller, for about 65,000 shares.", "1987-03-04");
        DealMention d = deal(deals, "Oxley Paging", true);
        assertEquals("completed", d.status());
        assertEquals(Party.ACQUIRER, party(d, "Nerrin").role());
    }

    @Test
    void aPlacementsGrossProceedsAreRaisedByTheCompanyThePressReleaseDefines() {
        List<DealMention> deals = extract("Tarn Gold Closes Second Tranche of Private Placement",
                """
                VANCOUVER, BC, Feb. 07, 2025 (GLOBE NEWSWIRE) — Tarn Gold Mining Inc. (TSXV: TGM) ("Tarn" or the \
                "Company") is pleased to announce that it has closed the second tranche of its non-brokered private \
                placement.
                Pursuant to the closing, the Company issued 5,700,900 units at a price of C$0.05 per Unit for gross \
                proceeds of C$285,045.""", "2025-02-08");
        DealMention d = deal(deals, "Tarn Gold Mining", true);
        assertEquals("funding", d.type());
        assertMoney(285045, "CAD", d.amount());
    }

    @Test
    void anAgreedBidForACompanyIsAnAcquisition() {
        List<DealMention> deals = extract(null,
                "Hollis Stores Plc said it would make a 120 mln stg agreed bid for Penrose Chemists Plc.", "1987-03-04");
        DealMention d = deal(deals, "Penrose Chemists", true);
        assertEquals("acquisition", d.type());
        assertMoney(120e6, "GBP", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Hollis").role());
    }

    @Test
    void theCompanyABuyerTakesAStakeInIsTheOneBoughtNotTheBuyer() {
        List<DealMention> deals = extract("Harrow Foods acquires a majority stake in Bellweather Tea",
                """
                Harrow Foods is acquiring a 68% stake in the company, and the leadership of the company is not \
                changing as part of this deal.""", "2017-09-14");
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Harrow")), deals.toString());
        DealMention d = deal(deals, "Bellweather", true);
        assertEquals(Party.ACQUIRER, party(d, "Harrow").role());
    }

    @Test
    void aCompanySoldForAPriceToABuyerInARelativeClause() {
        List<DealMention> deals = extract("Identity startups gather pace",
                "Rivers compared itself with Quarry Labs, which was sold last year for $600 million to Basalt Equity.",
                "2017-09-14");
        DealMention d = deal(deals, "Quarry Labs", false);
        assertMoney(600e6, "USD", d.amount());
        assertEquals(List.of(new Party("Basalt Equity", Party.ACQUIRER, null)), d.parties());
    }

    @Test
    void aPassiveSaleWithNoBuyerAndNoPriceIsNoDeal() {
        List<DealMention> deals = extract(null,
                "The firm runs the Pellmore exchange, where coins are sold to the public, and a wallet app.", "2017-09-14");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void aPricePaidForACompanyIsItsAcquisition() {
        List<DealMention> deals = extract("Snapback eyes drone maker",
                "Snapback previously paid upwards of $250 million for social map company Zenhill.", "2017-09-14");
        DealMention d = deal(deals, "Zenhill", false);
        assertEquals("acquisition", d.type());
        assertMoney(250e6, "USD", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Snapback").role());
    }

    @Test
    void aPricePaidForAStakeIsAnInvestmentAndTheHeadlinesRoundedFigureMergesWithTheExactOne() {
        List<DealMention> deals = extract("Corvex to pay nearly $15 billion for Tallis AI stake",
                "Corvex Platforms has agreed to take a 49% stake in data startup Tallis AI for $14.8 billion, a report said.",
                "2025-06-10");
        List<DealMention> tallis = deals.stream().filter(d -> d.target().contains("Tallis")).toList();
        assertEquals(1, tallis.size(), deals.toString());
        assertEquals("investment", tallis.get(0).type());
        assertMoney(14.8e9, "USD", tallis.get(0).amount());
    }

    @Test
    void aHeadlineAloneCarriesItsDeal() {
        List<DealMention> deals = extract("Meltwell acquires Algora, an AI-based news tracker", "", "2017-08-29");
        DealMention d = deal(deals, "Algora", true);
        assertEquals("acquisition", d.type());
        assertEquals(Party.ACQUIRER, party(d, "Meltwell").role());
    }

    @Test
    void sumsRaisedToDateAreNotDeals() {
        List<DealMention> deals = extract("Pellmore raises $20 million Series B",
                """
                Pellmore has raised $20 million in a Series B round led by Tollmere Capital. To date, Pellmore has \
                raised $41 million. Its rival Quarry Labs had raised more than $130 million in equity funding, dating \
                back to 2009. The firm had raised about £12 million ($16 million) in funding.""", "2017-09-14");
        assertEquals(1, deals.size(), deals.toString());
        assertMoney(20e6, "USD", deal(deals, "Pellmore", true).amount());
    }

    @Test
    void sellingWaresIsNoDealSellingABusinessIs() {
        List<DealMention> wares = extract(null,
                "Like many other companies, Quarrel Data is selling its services under the AI umbrella.", "2017-09-14");
        assertTrue(wares.isEmpty(), wares.toString());
        List<DealMention> unit = extract(null,
                "Hawley Rail Inc said it plans to sell its freight car division, citing poor market conditions.",
                "1987-03-04");
        DealMention d = deal(unit, "Hawley Rail", true);
        assertEquals("acquisition", d.type());
        assertEquals("planned", d.status());
    }

    @Test
    void aStakeOfUnstatedSizeIsAHoldingNotATakeover() {
        List<DealMention> deals = extract("Corran Capital takes stake in struggling miner Tessaly",
                "Activist fund Corran Capital has taken a stake in Tessaly, people familiar said.", "2025-02-10");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition")), deals.toString());
    }

    @Test
    void aShoppersVerbWithNoBuyerIsNoDeal() {
        List<DealMention> deals = extract("Harlow raises $31 million to price homes",
                """
                Harlow has raised $31 million in a Series B round. What if you could predict the resale value of a \
                home before buying it? That is the promise.""", "2017-09-14");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("funding", deals.get(0).type());
    }

    @Test
    void aParticipleAfterANameAndACommaDescribesThatName() {
        List<DealMention> deals = extract(null,
                "Larkin, who previously founded headset maker Quarry VR, acquired by Tollbook in 2014 for $2.3 billion, "
                        + "is no stranger to defence.", "2025-02-10");
        DealMention d = deal(deals, "Quarry", false);
        assertEquals(List.of(new Party("Tollbook", Party.ACQUIRER, null)), d.parties());
        assertMoney(2.3e9, "USD", d.amount());
    }

    @Test
    void aPortfolioCompanyIsTheOneBoughtAndWaresAreNot() {
        List<DealMention> deals = extract(null,
                "Gorsk's acquisition of Tallow Ventures portfolio company Lanket was an all-cash deal.", "2017-09-14");
        assertEquals(List.of("Lanket"), deals.stream().map(DealMention::target).toList());
        List<DealMention> ads = extract(null,
                "The change stops pages that share hoaxes from buying any Facebook ads at all.", "2017-09-14");
        assertTrue(ads.isEmpty(), ads.toString());
    }

    @Test
    void aWireNameInBracketsBrokenAcrossALineIsStillOneName() {
        List<DealMention> deals = extract("HALLORAN <HLN> TO BUY TRADE MAGAZINE GROUP",
                "Halloran Publications Inc said it\nagreed to acquire all the outstanding stock of <Penwick\n"
                        + "Magazines Inc> for 100 mln dlrs in cash from a shareholder\ngroup led by <Dorset Ventures.>\n"
                        + "    Halloran said the acquisition will give it a strong position in trade magazines.",
                "1987-03-02");
        DealMention d = deal(deals, "Penwick Magazines", true);
        assertMoney(100e6, "USD", d.amount());
        assertEquals(1, deals.size(), deals.toString());
    }

    @Test
    void aCompanyNamedLikeAPersonCanBeBought() {
        List<DealMention> deals = extract("Harriet Vance acquires luxury footwear brand Tobias Wren",
                "Harriet Vance said it has agreed to acquire UK-based Tobias Wren from private equity firm Calder "
                        + "for about £289 million in cash.", "2025-03-06");
        DealMention d = deal(deals, "Tobias Wren", true);
        assertMoney(289e6, "GBP", d.amount());
    }

    @Test
    void talksWithACompanyOnAnAcquisitionMakeItTheTarget() {
        List<DealMention> deals = extract(null,
                "Brenner KGaA confirms discussions with Halvick Therapeutics, Inc. on a potential acquisition.",
                "2025-02-10");
        DealMention d = deal(deals, "Halvick", true);
        assertEquals("planned", d.status());
        assertEquals(Party.ACQUIRER, party(d, "Brenner").role());
    }

    @Test
    void aDealInsideAnAfterClauseCameBefore() {
        List<DealMention> deals = extract("Descarte Maps raises $30 million",
                """
                Descarte Maps has raised $30 million in a Series B round led by Tollmere Capital. This comes just \
                three months after one of its largest competitors, Orbitel, closed its own $50 million Series C \
                with Quarry Ventures.""", "2017-09-14");
        assertMoney(50e6, "USD", deal(deals, "Orbitel", false).amount());
        assertMoney(30e6, "USD", deal(deals, "Descarte", true).amount());
    }

    @Test
    void anUpsizedPlacementIsTheIssuersAtItsNewSizeNotTheAgents() {
        List<DealMention> deals = extract("Tarn Gold Announces Upsize of Private Placement",
                """
                TORONTO, Feb. 11, 2025 (GLOBE NEWSWIRE) — Tarn Gold Ltd. ("Tarn" or the "Company") is pleased to \
                announce that the Company and Harwood Capital Inc., as lead agent and sole bookrunner, have agreed to \
                increase the size of its private placement offering from $12 million to $15 million. Under the \
                upsized Offering, up to 41,096,000 units are to be issued at $0.365 per Unit for gross proceeds of up \
                to $15,000,040.""", "2025-02-11");
        assertEquals(List.of("Tarn Gold Ltd."), deals.stream().map(DealMention::target).toList());
        assertEquals(15000040, deals.get(0).amount().value(), 1);
    }

    @Test
    void aTitleCaseHoldingIsNotTheCompanyBought() {
        List<DealMention> deals = extract("Lintrip Closes on 49% Stake in Farrow Travel, Secures Option to Acquire Full Ownership",
                "Lintrip said it has an option to acquire full ownership of Farrow Travel by April 2025.", "2025-02-11");
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Ownership")), deals.toString());
        deal(deals, "Farrow Travel", true);
    }

    private static Set<String> partyNames(DealMention d) {
        return d.parties().stream().map(Party::name).collect(Collectors.toSet());
    }

    @Test
    void backerListsGoOnPastParenthesesDashesAndWith() {
        List<DealMention> deals = extract("Quillet raises $30M Series B",
                """
                Quillet has raised $30 million in a Series B round. The backers of the round are Harnock Partners \
                (leading), with Ostwick Capital, Brellan Ventures and Quillet's existing investors. The round also \
                saw participation from two banks — Corrow Bank and Peltane Savings — and from Dunmere Fund via \
                partner Ada Vintner.""", "2025-03-04");
        DealMention d = deal(deals, "Quillet", true);
        Set<String> names = partyNames(d);
        for (String n : List.of("Harnock Partners", "Ostwick Capital", "Brellan Ventures", "Corrow Bank", "Peltane Savings",
                "Dunmere Fund")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        assertFalse(names.contains("Ada Vintner"), names.toString());
    }

    @Test
    void listsOfBackersAfterACopulaOrAnInvertedJoin() {
        List<DealMention> deals = extract("Ferrolite raises $8M",
                """
                Ferrolite has raised $8 million in a Series A round led by Tamsin Capital. Its investors are \
                Orchard Lane Ventures, Kelvy Partners and Bramfield Capital. Joining Tamsin Capital in the Series A \
                are Nolan Ridge Ventures and Sorrel Fund. Existing investors Pike Harbor and Wenlow Capital joined \
                in.""", "2025-03-04");
        DealMention d = deal(deals, "Ferrolite", true);
        Set<String> names = partyNames(d);
        for (String n : List.of("Orchard Lane Ventures", "Kelvy Partners", "Bramfield Capital", "Nolan Ridge Ventures",
                "Sorrel Fund", "Pike Harbor", "Wenlow Capital")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        assertEquals(Party.LEAD_INVESTOR, party(d, "Tamsin").role());
    }

    @Test
    void aNameThatDescribesTheBackerBeforeItIsNoBacker() {
        List<DealMention> deals = extract("Gavro raises $12M",
                """
                Gavro has raised $12 million in a round led by Pemberley Equity, the private equity arm of Saxtone \
                Group. The round also saw participation from Lisa Marn, CEO of Hollin Foods, and Tom Areth, ex \
                Brisco Labs head.""", "2025-03-04");
        DealMention d = deal(deals, "Gavro", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Pemberley Equity", "Lisa Marn", "Tom Areth")), names.toString());
        assertFalse(names.contains("Saxtone Group") || names.contains("Hollin Foods") || names.contains("Brisco Labs"),
                names.toString());
    }

    @Test
    void backersNamedAfterAsidesAndInvertedCues() {
        List<DealMention> deals = extract("Solvane raises $25M",
                """
                Solvane has raised $25 million led by John Miller at Oberlin Capital, in addition to Tessaly Ventures, \
                alongside existing seed investors Corvo Fund and Haldane Partners. The round is backed by several \
                investors, including Ruskin Ventures, which led its seed round, plus Fennick Capital. Brandvale \
                Capital — also new to the company — joined the deal. It saw participation from Tarrow Capital and a \
                grant from the Westmark Innovation Authority -- a sign of the growing interest of Pellow Group.""",
                "2025-03-04");
        DealMention d = deal(deals, "Solvane", true);
        Set<String> names = partyNames(d);
        for (String n : List.of("Oberlin Capital", "Tessaly Ventures", "Corvo Fund", "Haldane Partners", "Ruskin Ventures",
                "Fennick Capital", "Brandvale Capital", "Tarrow Capital", "Westmark Innovation Authority")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        assertFalse(names.contains("John Miller") || names.contains("Pellow Group"), names.toString());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Oberlin").role());
        assertEquals(Party.INVESTOR, party(d, "Corvo").role());
    }

    @Test
    void aStateBodyThatFundsARoundIsABacker() {
        List<DealMention> deals = extract("Verdaso raises $6M",
                """
                Verdaso has raised $6 million in a round led by Calder Ventures, with participation from the Northmere \
                Investment Authority.""", "2025-03-04");
        DealMention d = deal(deals, "Verdaso", true);
        assertEquals(Party.INVESTOR, party(d, "Northmere Investment Authority").role());
    }

    @Test
    void firmsNamedLikeAMonthOrWithLeadingDigitsAreBackers() {
        List<DealMention> deals = extract("Tavolo raises $9M",
                """
                Tavolo has raised $9 million in a Series A round led by June Capital. The round saw participation \
                from existing investors, which include 40VC, Orrin Technology and Kessel Partners. Most of Tavolo \
                previous investors participated in today's round.""", "2025-03-04");
        DealMention d = deal(deals, "Tavolo", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("June Capital", "40VC", "Orrin Technology", "Kessel Partners")), names.toString());
        assertEquals(4, names.size(), names.toString());
    }

    @Test
    void theLatestRoundsBackersBelongToTheRoundReported() {
        List<DealMention> deals = extract("Mirova raises $15M to map city noise",
                """
                Mirova has raised $15 million. The startup maps noise in cities. It sells to city halls. Its sensors \
                sit on lamp posts.
                This latest round was led by Castellan Ventures, with participation also from Obrey Capital.""",
                "2025-03-04");
        DealMention d = deal(deals, "Mirova", true);
        assertEquals(Party.LEAD_INVESTOR, party(d, "Castellan").role());
        assertEquals(Party.INVESTOR, party(d, "Obrey").role());
    }

    @Test
    void theCompanysWholeCapTableIsNotTheRoundsBackers() {
        List<DealMention> deals = extract("Lumory raises $40M",
                """
                Lumory has raised $40 million in a round led by Stanbury Capital. Lumory's other investors include \
                Wexley Partners and Dorran Ventures.""", "2025-03-04");
        DealMention d = deal(deals, "Lumory", true);
        assertEquals(Set.of("Stanbury Capital"), partyNames(d));
    }

    @Test
    void theOwnerOfTheUnitBoughtIsItsSeller() {
        List<DealMention> deals = extract("Harlow acquires Ventra's Quillby car-sharing business",
                "Harlow Mobility said it has acquired Ventra's Quillby car-sharing business for $40 million.", "2025-03-04");
        DealMention d = deal(deals, "Quillby", true);
        assertEquals(Party.SELLER, party(d, "Ventra").role());
        assertEquals(Party.ACQUIRER, party(d, "Harlow").role());
        List<DealMention> sale = extract(null,
                "Brenton Group agreed to the sale of Dorvale's Kestrel Foods unit to Mayfair Holdings for $90 million.",
                "2025-03-04");
        assertEquals(Party.SELLER, party(deal(sale, "Kestrel", true), "Dorvale").role());
    }

    @Test
    void backersAfterBackingFromOrAlongside() {
        List<DealMention> deals = extract("Corvex raises $18M Series B",
                """
                Corvex has raised $18 million in a Series B round led by Halden Capital. The round also includes \
                backing from Rennet Partners and Sallow Fund. Oakhurst Ventures was a participant alongside Brisa \
                Capital and other undisclosed backers.""", "2025-03-04");
        DealMention d = deal(deals, "Corvex", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Halden Capital", "Rennet Partners", "Sallow Fund", "Brisa Capital")), names.toString());
        assertEquals(Party.INVESTOR, party(d, "Rennet").role());
        assertTrue(deals.stream().noneMatch(x -> x.target().contains("Rennet")), deals.toString());
    }

    @Test
    void theFirmBehindABiddingConsortiumIsTheBuyer() {
        List<DealMention> deals = extract("Tarvell agrees to $2.1 billion buyout bid by Orsino-backed consortium",
                """
                Tarvell Group said on Monday it has agreed to a $2.1 billion takeover offer by a consortium backed by \
                investment firm Orsino Partners. The consortium will acquire Tarvell for $2.1 billion.""", "2025-03-04");
        DealMention d = deal(deals, "Tarvell", true);
        assertEquals(Party.ACQUIRER, party(d, "Orsino").role());
    }

    @Test
    void aRoundBackedByFirmsNamesThemButACompanyBackedByAFirmDoesNot() {
        List<DealMention> deals = extract("Pendra raises $11M",
                """
                Pendra has raised $11 million. The round was backed by Ellory Ventures and Norwin Capital. Its rival \
                Gaskin, which is backed by telecom firm Marrow Telecom, raised money last year.""", "2025-03-04");
        DealMention d = deal(deals, "Pendra", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Ellory Ventures", "Norwin Capital")), names.toString());
        assertFalse(names.contains("Marrow Telecom"), names.toString());
    }

    @Test
    void employersAndAppositivesInABackerListAreNoBackers() {
        List<DealMention> deals = extract("Brixa raises $7M",
                """
                Brixa has raised $7 million from existing investors Tolland Capital, the firm that backed Quorra in \
                Spain, and Vesper Ventures. The round also saw participation from Halcyon co-founder Peter Smith.""",
                "2025-03-04");
        DealMention d = deal(deals, "Brixa", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Tolland Capital", "Vesper Ventures", "Peter Smith")), names.toString());
        assertFalse(names.contains("Quorra") || names.contains("Halcyon"), names.toString());
    }

    @Test
    void backersWhoJoinOrAlsoInvestAreNamed() {
        List<DealMention> deals = extract("Ravel raises $20M",
                """
                Ravel has raised $20 million in a Series B round led by Arden Capital, along with angel investor \
                John Smith. New investor Bexley Partners joined existing backers Corrin Ventures and Dalton Fund in \
                the round. Emory Capital and Fallow Partners also invested.""", "2025-03-04");
        DealMention d = deal(deals, "Ravel", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Arden Capital", "John Smith", "Bexley Partners", "Corrin Ventures",
                "Dalton Fund", "Emory Capital", "Fallow Partners")), names.toString());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Arden").role());
        assertEquals(Party.INVESTOR, party(d, "John Smith").role());
    }

    @Test
    void backersAfterCameFromOrBeforeAreAlsoInvestors() {
        List<DealMention> deals = extract("Selvo raises $9M",
                """
                Selvo has raised $9 million in a Series A round. The funding came from Garnet Ventures and Holm \
                Capital. Ismay Partners and Jarrow Fund are also investors. Participants include Kellet Capital. \
                Lotte Park and Meadow Ventures are new investors in Selvo Robotics Inc., participating in the round.""",
                "2025-03-04");
        DealMention d = deal(deals, "Selvo", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Garnet Ventures", "Holm Capital", "Ismay Partners", "Jarrow Fund",
                "Kellet Capital", "Meadow Ventures")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Selvo")), names.toString());
    }

    @Test
    void aBareDollarInACanadianIssuersReleaseIsTheCanadianDollar() {
        List<DealMention> deals = extract("Quillmark Minerals Announces $4 Million Private Placement",
                """
                VANCOUVER, British Columbia, March 4, 2025 -- Quillmark Minerals Corp. (TSXV: QLM) is pleased to \
                announce a non-brokered private placement to raise gross proceeds of up to $4,000,000 through the \
                sale of units at $0.20 per unit.""", "2025-03-04");
        assertMoney(4e6, "CAD", deal(deals, "Quillmark Minerals", true).amount());
    }

    @Test
    void aBareDollarThatConvertsALocalAmountStaysTheUsDollar() {
        List<DealMention> deals = extract("Benmore to buy Australia's Tarrow for $2.1 billion",
                """
                Benmore Partners said on Monday it has agreed to acquire Australian logistics group Tarrow for \
                A$3.2 billion ($2.1 billion).
                ($1 = 1.52 Australian dollars)""", "2025-03-04");
        assertMoney(3.2e9, "AUD", deal(deals, "Tarrow", true).amount());
    }

    @Test
    void aConvertedPriceInTheHeadlineIsReadAsTheOriginal() {
        List<DealMention> deals = extract("Halvard buys Pennick for $65M",
                """
                Halvard has acquired Pennick, a London startup that rents out camping gear. We have learned the \
                price is £50 million (just under $65 million) in cash.""", "2025-03-04");
        assertMoney(50e6, "GBP", deal(deals, "Pennick", true).amount());
    }

    @Test
    void theSizeOfARaiseNamedBesideAValuationIsNotAValuation() {
        List<DealMention> deals = extract("Corrigan closes $150M raise",
                "Corrigan, a maker of warehouse software, has raised $150 million in a Series D round led by "
                        + "Halden Growth. Its chief executive would not say what valuation a $150 million up-round "
                        + "implies.", "2025-03-04");
        DealMention d = deal(deals, "Corrigan", true);
        assertMoney(150e6, "USD", d.amount());
        assertNull(d.valuation());
    }

    @Test
    void aCombinedValuationOfPortfolioCompaniesIsNotTheRaisersValuation() {
        List<DealMention> deals = extract(null,
                "Startup studio Brackwell has raised $12 million in new funding led by Ostrava Partners. To date its "
                        + "programme has produced 80 companies with a combined valuation exceeding $900 million.",
                "2025-03-04");
        assertNull(deal(deals, "Brackwell", true).valuation());
    }

    @Test
    void anotherCompanysValuationIsNotTheRoundsValuation() {
        List<DealMention> deals = extract(null,
                "Pelton has raised $3 million in a seed round led by Marrow Capital, with participation from "
                        + "Quorra. Quorra is valued at $1.5 billion following its own recent financing.", "2025-03-04");
        assertNull(deal(deals, "Pelton", true).valuation());
    }

    @Test
    void aValuationOfItAfterAnotherCompanysDealIsThatCompanys() {
        List<DealMention> deals = extract("Harlow Robotics raises $40M",
                """
                Harlow Robotics has raised $40 million in a Series B round led by Kestrel Ventures. The money will \
                pay for a new factory. The company makes welding robots. Its founders met at university.
                Rivals are busy too. Last year, Dunmore Automation raised $300 million at a $5 billion valuation.
                There is now talk of it listing at a $9 billion valuation.""", "2025-03-04");
        assertNull(deal(deals, "Harlow Robotics", true).valuation());
    }

    @Test
    void theTransactionsValueToldInItsOwnSentenceIsThePrice() {
        List<DealMention> valued = extract(null,
                "Ardmore Savings Bank said it has agreed to acquire Pelham Thrift Corp. The transaction is valued at "
                        + "about 21.5 mln dlrs, a Pelham spokesman said.", "1987-03-04");
        assertMoney(21.5e6, "USD", deal(valued, "Pelham Thrift", true).amount());
        assertTrue(valued.stream().allMatch(d -> d.valuation() == null), valued.toString());
        List<DealMention> indicated = extract(null,
                "Norcliff Bancorp said it signed a definitive agreement to acquire Tamsin Bank Corp. Norcliff said "
                        + "this gives the transaction an indicated value of 48 mln dlrs.", "1987-03-04");
        assertMoney(48e6, "USD", deal(indicated, "Tamsin Bank", true).amount());
    }

    @Test
    void stockWorthAnAmountGivenInExchangeForACompanyIsThePrice() {
        List<DealMention> deals = extract(null,
                "Calder Corp and Wexley Inc said they reached a definitive agreement covering the acquisition of "
                        + "Wexley by Calder. The agreement calls for Calder to issue 9 mln dlrs worth of its own common "
                        + "stock in exchange for all of Wexley.", "1987-03-04");
        assertMoney(9e6, "USD", deal(deals, "Wexley", true).amount());
    }

    @Test
    void aGainOnASaleIsNotItsPrice() {
        List<DealMention> deals = extract(null,
                "Brookfield Savings said it completed the sale of its Dunham office to Larch Savings Association. "
                        + "Brookfield said it realized a gain of about 1.4 mln dlrs on the sale.", "1987-03-04");
        assertNull(deal(deals, "Dunham", true).amount());
    }

    private static List<String> trancheList(DealMention d) {
        return d.tranches().stream().map(t -> t.amount().value() + " " + t.amount().currency()
                + (t.contingent() ? " contingent" : "")).toList();
    }

    @Test
    void theAmountsARoundIncludesAreItsTranchesNotNewRounds() {
        List<DealMention> deals = extract("Dovecote raises $90M",
                "Dovecote has raised $90 million in a Series C round. The round includes a $75 million primary "
                        + "investment led by Harwick Capital and a planned $15 million tender offer with participation "
                        + "from Lisle Ventures.", "2025-03-04");
        DealMention d = deal(deals, "Dovecote", true);
        assertMoney(90e6, "USD", d.amount());
        assertEquals(List.of("7.5E7 USD", "1.5E7 USD"), trancheList(d));
        assertEquals(1, deals.stream().filter(x -> x.target().equals("Dovecote")).count(), deals.toString());
    }

    @Test
    void aContingentPartOfTheTotalLeavesTheRestPaidNow() {
        List<DealMention> deals = extract(null,
                "Quantil, a quantum computing startup, has raised $120 million in a funding round led by Sorrel "
                        + "Partners. Of the new money, $30 million has yet to be paid out, conditional on Quantil "
                        + "hitting technical milestones.", "2025-03-04");
        assertEquals(List.of("9.0E7 USD", "3.0E7 USD contingent"), trancheList(deal(deals, "Quantil", true)));
    }

    @Test
    void aConsiderationIncreasedIfAProfitTargetIsMetIsPaidOnTop() {
        List<DealMention> deals = extract(null,
                "Harbin Holdings will acquire Tessaly Media for HK$80 million, subject to shareholder approval. If "
                        + "Tessaly's profit exceeds 10 million yuan, the consideration will be increased by HK$20 "
                        + "million.", "2025-03-04");
        assertEquals(List.of("8.0E7 HKD", "2.0E7 HKD contingent"), trancheList(deal(deals, "Tessaly Media", true)));
    }

    @Test
    void aRoundCalledTheFirstTrancheIsItsOwnTranche() {
        List<DealMention> deals = extract("Verdane Bio secures $4.2 million",
                "This is the first tranche of a Series A round for Verdane Bio. Verdane Bio has raised $4.2 million "
                        + "in a round led by Oriel Ventures.", "2025-03-04");
        assertEquals(List.of("4200000.0 USD"), trancheList(deal(deals, "Verdane Bio", true)));
    }

    @Test
    void aCompanysImpliedValueInMergerTermsIsItsValuationNotThePrice() {
        List<DealMention> deals = extract(null,
                "Tellan Bio said it has agreed to acquire Morrow Therapeutics in an all-stock transaction. The "
                        + "exchange ratio is based on an implied value of Morrow Therapeutics of $420 million and an "
                        + "implied value of Tellan Bio of $60 million.", "2025-03-04");
        DealMention d = deal(deals, "Morrow Therapeutics", true);
        assertNull(d.amount());
        assertEquals(420e6, d.valuation().value(), 1);
    }

    @Test
    void anEnterpriseValueAscribedToTheTargetIsItsValuation() {
        List<DealMention> deals = extract(null,
                "Calloway Inc said it completed its merger with Sandhurst Labs. For purposes of determining the "
                        + "exchange ratio in the transaction, Sandhurst has been ascribed an aggregate enterprise value "
                        + "of approximately $210 million.", "2025-03-04");
        DealMention d = deal(deals, "Sandhurst", true);
        assertNull(d.amount());
        assertEquals(210e6, d.valuation().value(), 1);
    }

    @Test
    void anEnterpriseValuePaidForACompanyIsThePrice() {
        List<DealMention> deals = extract(null,
                "Hollins Group said it has agreed to acquire Bexley Foods from a group led by Marrick Capital for "
                        + "an enterprise value of approximately £310 million in cash.", "2025-03-04");
        DealMention d = deal(deals, "Bexley Foods", true);
        assertMoney(310e6, "GBP", d.amount());
        assertNull(d.valuation());
    }

    @Test
    void anOptionForAdditionalNotesAndAnEarlierSizeAreNotDeals() {
        List<DealMention> deals = extract(null,
                "Garrow Mining has priced $80 million of convertible senior notes due 2030 in a private placement. "
                        + "The company also granted the initial purchasers an option to buy up to an additional $12 "
                        + "million of notes. The sale of the notes, which was upsized from $70 million, is expected to "
                        + "close on Tuesday.", "2025-03-04");
        assertEquals(1, deals.size(), deals.toString());
        assertMoney(80e6, "USD", deals.get(0).amount());
    }

    @Test
    void moneyRaisedBesideAnAcquisitionIsNotItsPrice() {
        List<DealMention> merger = extract(null,
                "Kelso Bio and Ardent Pharma today announced a definitive merger agreement under which Kelso Bio will "
                        + "acquire Ardent Pharma in an all-stock transaction. In connection with the proposed merger, "
                        + "the companies secured commitments for a concurrent private placement of $90 million.",
                "2025-03-04");
        assertNull(deal(merger, "Ardent Pharma", true).amount());
        List<DealMention> financed = extract(null,
                "Tolland Air Group Inc said it is seeking one billion dlrs in bank debt to complete its takeover of "
                        + "Brisco Airlines Inc.", "1987-03-04");
        assertNull(deal(financed, "Brisco Airlines", true).amount());
        DealMention loan = financed.stream().filter(d -> d.type().equals("debt")).findFirst().orElseThrow();
        assertTrue(loan.target().startsWith("Tolland"), loan.toString());
    }

    @Test
    void aCompanySellingItsOwnSharesTakesAnInvestment() {
        List<DealMention> deals = extract(null,
                "Corvel Optics Inc said it sold 615,385 shares of its common stock to investors for one mln dlrs.",
                "1987-03-02");
        DealMention d = deal(deals, "Corvel Optics", true);
        assertEquals("investment", d.type());
        assertMoney(1e6, "USD", d.amount());
    }

    @Test
    void mergerTalksWithACompanyAndAMergerOfOneCompanysInterests() {
        List<DealMention> ended = extract(null,
                "Rivers Homes Inc said it terminated merger discussions with Halden Care Centers of America.",
                "1987-03-02");
        DealMention d = deal(ended, "Halden Care", true);
        assertEquals("cancelled", d.status());
        List<DealMention> merged = extract(null,
                "Tallis Gold Corp said shareholders approved the merger of Quarry Peak Mine interests held by six "
                        + "corporations in exchange for 2,098,602 of its shares.", "1987-03-02");
        deal(merged, "Quarry Peak Mine", true);
    }

    @Test
    void itInAWireSentenceIsTheCompanyThatOpensIt() {
        List<DealMention> deals = extract(null,
                "Corran Homes Inc said it agreed in principle to give control of the company to a New York investor "
                        + "in return for 2.6 mln dlrs in new capital. Separately, it ended merger discussions with "
                        + "Halden Care Centers.", "1987-03-02");
        assertTrue(deals.stream().anyMatch(d -> d.target().startsWith("Corran")), deals.toString());
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("funding") && d.target().startsWith("Halden")),
                deals.toString());
    }

    @Test
    void aSecondFigureForTheSameCompanysRoundIsNotASecondPieceOfNews() {
        List<DealMention> deals = extract("Wexford launches China arm backed by $500 million",
                """
                Wexford has raised $500 million for a new China business from Harlow Capital and Jin Ventures. The \
                money is separate from a $760 million financing round that Wexford closed this month.""",
                "2017-07-20");
        List<DealMention> current = deals.stream().filter(DealMention::current).toList();
        assertEquals(1, current.size(), deals.toString());
        assertMoney(500e6, "USD", current.get(0).amount());
    }

    @Test
    void isRaisingWithNamedBackersIsNewsAndAPlanAfterARaiseIsAnotherMatter() {
        List<DealMention> raising = extract(null,
                "Quellpay is raising $5.3 million from Harbor Lane Ventures, Tollmere Capital and Basalt Fund.",
                "2017-09-14");
        assertEquals("announced", deal(raising, "Quellpay", true).status());
        List<DealMention> after = extract(null,
                "Urbanbeam, a Seoul-based startup, plans to expand in Asia after raising $1.8 million in Series A funding.",
                "2017-09-14");
        assertEquals("announced", deal(after, "Urbanbeam", true).status());
    }

    @Test
    void aRelativeClauseKeepsItsOwnDealApartFromTheMainClausesRound() {
        List<DealMention> deals = extract("M19 raises $40 million for expansion",
                "Asian streaming company M19 Entertainment, which recently merged with Singapore-based dating startup "
                        + "Pakton, has closed a $40 million Series A round.", "2017-08-01");
        DealMention round = deal(deals, "M19", true);
        assertMoney(40e6, "USD", round.amount());
        assertEquals("completed", round.status());
        DealMention merger = deal(deals, "Pakton", false);
        assertNull(merger.amount());
    }

    @Test
    void seniorNotesAreDebt() {
        List<DealMention> deals = extract(null,
                "Harcourt Mining priced $95 million of convertible senior notes due 2030 in a private placement.",
                "2025-02-11");
        DealMention d = deal(deals, "Harcourt Mining", true);
        assertEquals("debt", d.type());
        assertMoney(95e6, "USD", d.amount());
    }

    @Test
    void aBusinessNamedAfterItsOwnersDescriptionIsTheOneBought() {
        List<DealMention> deals = extract(null,
                "A state-led consortium submitted a binding bid on Tuesday for Corvina Telecom's (CVT) subsea cable "
                        + "business Marlin, three sources said.", "2025-02-11");
        deal(deals, "Marlin", true);
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Corvina")), deals.toString());
    }

    @Test
    void programmesAndEventsAreNotCompanies() {
        List<DealMention> deals = extract("Deep-tech funding climbs",
                """
                The National Robotics Mission has allotted Rs 40 crore in loans to startups. Investors pledged \
                6 billion euros at last year's Vesta Forum summit.""", "2025-02-11");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void assetsOfACompanyNamedAfterAPlaceAreTheCompanys() {
        List<DealMention> deals = extract(null,
                "Great Lakes Industrial Group Inc agreed to acquire all the U.S. and United Kingdom assets of Tamworth "
                        + "Vessel Co.", "1987-03-02");
        DealMention d = deal(deals, "Tamworth Vessel", true);
        assertEquals(Party.ACQUIRER, party(d, "Great Lakes").role());
        assertTrue(deals.stream().noneMatch(x -> x.target().contains("Kingdom")), deals.toString());
    }

    @Test
    void itAfterACommaAndIsTheSubjectGoingOn() {
        List<DealMention> deals = extract(null,
                "Bare Hall recently moved into Southeast Asia with an acquisition of its own, and it is raising "
                        + "$200 million for growth.", "2017-08-01");
        DealMention d = deals.stream().filter(x -> x.target().equals("Bare Hall")).findFirst()
                .orElseGet(() -> fail(deals.toString()));
        assertEquals("funding", d.type());
        assertMoney(200e6, "USD", d.amount());
    }

    @Test
    void aBackerNamedAfterFromIsNoSubjectOfTheNextRound() {
        List<DealMention> deals = extract("Ifly raises $133 million",
                """
                Ifly has raised $133 million in a new round. It started out with a $30 million pre-launch round in \
                2015, before adding $45 million from Skyward last year and completing a $90 million raise in March.""",
                "2017-06-01");
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Skyward")), deals.toString());
        assertMoney(90e6, "USD", deals.stream().filter(d -> d.amount() != null && d.amount().value() == 90e6)
                .findFirst().orElseGet(() -> fail(deals.toString())).amount());
    }

    @Test
    void sellersOfOwnedUnitsAndStakesAndTheSubjectOfItsAcquisition() {
        List<DealMention> owned = extract(null,
                "Quillby Ltd, owned by Ventra Group, will be acquired by Harlow Corp for $40 million.", "2025-03-04");
        DealMention q = deal(owned, "Quillby", true);
        assertEquals(Party.SELLER, party(q, "Ventra").role());
        assertEquals(Party.ACQUIRER, party(q, "Harlow").role());
        List<DealMention> its = extract(null,
                "Harlow Corp completed its $40 million acquisition of Quillby Ltd from Ventra Group.", "2025-03-04");
        DealMention i = deal(its, "Quillby", true);
        assertEquals(Party.ACQUIRER, party(i, "Harlow").role());
        assertEquals(Party.SELLER, party(i, "Ventra").role());
        List<DealMention> stake = extract("Tamora transfers its $2B stake in Velloc to the Orrin Fund",
                "Tamora Group said its 4 percent stake in Velloc is to be transferred to the Orrin Fund.", "2025-03-04");
        DealMention st = deal(stake, "Velloc", true);
        assertEquals(Party.SELLER, party(st, "Tamora").role());
        assertEquals(Party.INVESTOR, party(st, "Orrin Fund").role());
    }

    @Test
    void aLeadWritingACheckHasItsOwnAmount() {
        List<DealMention> deals = extract("Voltic in talks to raise $800M",
                """
                Voltic is in talks to raise $800 million. The round would be led by Harrow Capital, which is \
                reportedly writing a $300 million check.""", "2025-03-04");
        DealMention d = deal(deals, "Voltic", true);
        assertMoney(800e6, "USD", d.amount());
        assertMoney(300e6, "USD", party(d, "Harrow").amount());
    }

    @Test
    void sharesOfARoundFromNamedBackers() {
        List<DealMention> deals = extract("Ravel raises $20M",
                "Ravel has raised $20 million, including $12 million from Arden Capital and $5 million from Bexley "
                        + "Partners.", "2025-03-04");
        DealMention d = deal(deals, "Ravel", true);
        assertMoney(20e6, "USD", d.amount());
        assertMoney(12e6, "USD", party(d, "Arden").amount());
        assertMoney(5e6, "USD", party(d, "Bexley").amount());
        List<DealMention> whole = extract("Ravel raises $20M", "Ravel has raised $20 million from Arden Capital.", "2025-03-04");
        assertNull(party(deal(whole, "Ravel", true), "Arden").amount());
    }

    @Test
    void theBuyerOfAMinorityStakeSoldIsAnInvestor() {
        List<DealMention> deals = extract(null,
                "Ventra Group sold its 20% stake in Quillby Ltd to Harlow Corp for $40 million.", "2025-03-04");
        DealMention d = deal(deals, "Quillby", true);
        assertEquals("investment", d.type());
        assertEquals(Party.INVESTOR, party(d, "Harlow").role());
        assertEquals(Party.SELLER, party(d, "Ventra").role());
    }

    @Test
    void aNameOpeningTheHeadlinesNextClauseIsNoLead() {
        List<DealMention> deals = extract("Ostrel raises $12M led by Pellham Ventures, John Miller joins board",
                "Ostrel has raised $12 million in new funding.", "2025-03-04");
        DealMention d = deal(deals, "Ostrel", true);
        assertEquals(Set.of("Pellham Ventures"), partyNames(d));
    }

    @Test
    void describedLeadsOfARoundToldBeforeItsAmountIsReported() {
        List<DealMention> deals = extract("Tavora saved by emergency funding",
                """
                Tavora has just closed the funding round it needed. The struggling app had run low on cash. Its \
                founder stepped aside. Staff were told on Monday.
                London investment bank Orwell Group and Norway's sovereign wealth fund Kestrel have stepped in to \
                lead the new Series F round of $80 million.
                Yesterday, a report said the company was raising $80 million.""", "2025-03-04");
        DealMention d = deal(deals, "Tavora", true);
        assertEquals(Party.LEAD_INVESTOR, party(d, "Orwell Group").role());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Kestrel").role());
    }

    @Test
    void theParentOfAnInvestingUnitAndNoTickerOrHeadlineWordIsAParty() {
        List<DealMention> deals = extract("Qubiton raises $90M",
                "Qubiton has completed a funding round of $90 million, with investment from Hexley's Deep Compute "
                        + "business unit and Marlin Ventures, among others.", "2025-03-04");
        Set<String> names = partyNames(deal(deals, "Qubiton", true));
        assertTrue(names.containsAll(Set.of("Hexley", "Marlin Ventures")), names.toString());
        assertFalse(names.contains("Deep Compute"), names.toString());
        List<DealMention> ticker = extract(null,
                "Orvane Group, Inc. ( ORVG ), a provider of property data, announced today that it has completed its "
                        + "acquisition of Tesswell for $80 million in cash.", "2025-03-04");
        assertEquals(Set.of("Orvane Group, Inc."), partyNames(deal(ticker, "Tesswell", true)));
        List<DealMention> title = extract("Brantis Announces Shareholder Approval of Merger with Calloway Labs",
                "Brantis said its shareholders approved the merger with Calloway Labs.", "2025-03-04");
        assertTrue(title.stream().flatMap(d -> d.parties().stream()).noneMatch(p -> p.name().startsWith("Shareholder")),
                title.toString());
    }

    @Test
    void backersWithAParticiple() {
        List<DealMention> deals = extract("Ravel raises $20M",
                """
                Sarn Capital led the $20 million round in Ravel, with Tolly Partners and Umber Ventures participating. \
                The round also saw Vance Fund and Wexford Capital invest.""", "2025-03-04");
        DealMention d = deal(deals, "Ravel", true);
        Set<String> names = partyNames(d);
        assertTrue(names.containsAll(Set.of("Sarn Capital", "Tolly Partners", "Umber Ventures", "Vance Fund",
                "Wexford Capital")), names.toString());
        assertEquals(Party.INVESTOR, party(d, "Tolly").role());
    }

    @Test
    void whoeverPutsMoneyInALoanLendsIt() {
        List<DealMention> deals = extract(null,
                "Ravel Corp secured a $200 million credit facility from Bank of Marlow, with participation from Tessel "
                        + "Bank.", "2025-03-04");
        DealMention d = deal(deals, "Ravel", true);
        assertEquals("debt", d.type());
        assertEquals(Party.LENDER, party(d, "Marlow").role());
        assertEquals(Party.LENDER, party(d, "Tessel").role());
        List<DealMention> provided = extract(null,
                "Sorel Inc closed a $90 million term loan provided by Wyatt Bank.", "2025-03-04");
        assertEquals(Party.LENDER, party(deal(provided, "Sorel", true), "Wyatt").role());
    }

    @Test
    void talksWithTheOwnerAboutBuyingItsCompany() {
        List<DealMention> deals = extract(null,
                "Halvern Bank agreed to enter into exclusive discussions with Ostrander Partners regarding the "
                        + "acquisition of Merriot Insurance.", "2025-03-04");
        DealMention d = deal(deals, "Merriot", true);
        assertEquals(Party.ACQUIRER, party(d, "Halvern").role());
        assertEquals(Party.SELLER, party(d, "Ostrander").role());
    }

    @Test
    void theOwnerOfAnAllCashTakeoverIsItsAcquirer() {
        List<DealMention> deals = extract(null,
                "The agency sued to block Kestrix Corp's $9 billion all-cash takeover of Norbell Networks.", "2025-03-04");
        assertEquals(Party.ACQUIRER, party(deal(deals, "Norbell", true), "Kestrix").role());
    }

    @Test
    void coLeadsAndLeadInvestorsNamedByTheirRole() {
        List<DealMention> deals = extract("Ravel raises $20M",
                """
                Ravel has raised $20 million in a Series B round. Arden Capital co-led the round with Bexley Partners. \
                Corrin Ventures was the lead investor. Fallow Partners co-led the round, which also included Dalton \
                Fund. Most of the Emory Labs alumni are also investing.""", "2025-03-04");
        DealMention d = deal(deals, "Ravel", true);
        assertEquals(Party.LEAD_INVESTOR, party(d, "Arden").role());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Bexley").role());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Corrin").role());
        assertEquals(Party.INVESTOR, party(d, "Dalton").role());
        assertFalse(partyNames(d).contains("Emory Labs"), partyNames(d).toString());
    }

    @Test
    void whatTheBuyerIsPayingAtAValuationIsThePriceAndTheTargetsWorth() {
        List<DealMention> deals = extract("Halberd acquires a majority stake in Juniper Tea",
                "Halberd is acquiring a 60% stake in Juniper Tea, a chain of tea shops. The Daily Ledger is "
                        + "reporting that Halberd is paying up to $300 million at a valuation north of $450 million.",
                "2025-03-04");
        DealMention d = deal(deals, "Juniper Tea", true);
        assertMoney(300e6, "USD", d.amount());
        assertEquals(450e6, d.valuation().value(), 1);
    }

    @Test
    void anExactPriceRangeReplacesAnApproximatePrice() {
        List<DealMention> deals = extract("Corran is set to buy rival Pellam",
                "Pellam has long been linked with an acquisition by rival Corran, and now a deal worth a touch under $1 "
                        + "billion has been agreed. A report says the Pellam board has signed off on a takeover from "
                        + "Corran that will be priced between $900 million-$950 million.", "2025-03-04");
        Money amount = deal(deals, "Pellam", true).amount();
        assertEquals(900e6, amount.value(), 1);
        assertEquals(950e6, amount.valueHigh(), 1);
    }

    @Test
    void aDifferenceBetweenTwoWorthsIsNotAPrice() {
        List<DealMention> deals = extract(null,
                "Brantley Industries said it is ready to purchase the Orwell Railroad Co from Castile Corp. It said "
                        + "the banks hired to advise Orwell and Castile in their merger appraised Orwell as worth between 200 mln dlrs and 300 mln dlrs less than Orwell's "
                        + "own internal valuations.", "1987-03-04");
        assertNull(deal(deals, "Orwell Railroad", true).amount());
    }

    @Test
    void aTotalRaisedToDateIsNotASecondRound() {
        List<DealMention> deals = extract("Kestrel raises $60m at $500m valuation",
                "Kestrel today announced a $60 million Series B financing round led by Oakhurst Partners. The round "
                        + "gives Kestrel a valuation of $500 million and brings total funding raised to date to $95 "
                        + "million. To date, Kestrel has raised $95 million in funding.", "2025-03-04");
        assertEquals(1, deals.size(), deals.toString());
        assertMoney(60e6, "USD", deals.get(0).amount());
    }

    @Test
    void aTakeoverNamedByItsTargetGetsItsOwnPrice() {
        List<DealMention> deals = extract(null,
                "Marlin Air Group Inc said it agreed to buy Coastal Jet Inc for 900 mln dlrs and plans to acquire "
                        + "Harlan Corp's Bayside Airlines. Regulators cleared the deal last week. Its Bayside Airlines "
                        + "takeover is for 300 mln dlrs in cash.", "1987-03-04");
        assertMoney(300e6, "USD", deal(deals, "Bayside Airlines", true).amount());
    }

    @Test
    void aBanksLoanBookIsNotALoan() {
        List<DealMention> deals = extract(null,
                "Tallis Bank has signed an agreement to acquire Morrow Bank. The acquisition will give Tallis a "
                        + "near-£150m loan book and over £250m of deposits.", "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("debt")), deals.toString());
        assertNull(deal(deals, "Morrow Bank", true).amount());
    }

    @Test
    void aRoundsSizeIsNotThePriceOfAMergerToldInTheSameSentence() {
        List<DealMention> deals = extract(null,
                "Video app maker Lumora, which recently merged with dating startup Kindle Hearts, has closed a $25 "
                        + "million Series A round led by Orchard Ventures.", "2025-03-04");
        assertMoney(25e6, "USD", deal(deals, "Lumora", true).amount());
        assertTrue(deals.stream().filter(d -> d.type().equals("acquisition")).allMatch(d -> d.amount() == null),
                deals.toString());
    }

    @Test
    void anEarlierRoundToldWithItsWorthIsRecalledWithIt() {
        List<DealMention> deals = extract("Formwell raises $30M",
                "Formwell has raised a $30 million Series B led by Tamber Capital. In total, Formwell has now raised "
                        + "just over $45 million. The valuation with this round is not being disclosed but in its last "
                        + "funding of around $12 million two years ago, Formwell was worth $60 million post-money.",
                "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.amount() != null && d.amount().value() == 45e6), deals.toString());
        DealMention earlier = deals.stream().filter(d -> d.amount() != null && d.amount().value() == 12e6)
                .findFirst().orElseThrow();
        assertEquals(60e6, earlier.valuation().value(), 1);
        assertFalse(earlier.current());
    }

    @Test
    void theCostPutOnATenderOfferIsItsPriceAndSharesBoughtAsASmallStakeAreAnInvestment() {
        List<DealMention> deals = extract(null,
                "Corvel Group Inc said it plans a 52 dlr a share cash tender offer for Ashby Freight Inc. Corvel put "
                        + "its total cost of completing the tender offer at 900 mln dlrs. Corvel said it has already "
                        + "bought 1.1 mln Ashby common shares, or 6.5 pct of the total outstanding, from Lanton Corp for "
                        + "57 mln dlrs.", "1987-03-04");
        DealMention offer = deals.stream().filter(d -> d.type().equals("acquisition")).findFirst().orElseThrow();
        assertMoney(900e6, "USD", offer.amount());
        DealMention stake = deals.stream().filter(d -> d.type().equals("investment")).findFirst().orElseThrow();
        assertMoney(57e6, "USD", stake.amount());
    }

    @Test
    void backersAfterTheLikesOf() {
        List<DealMention> deals = extract("Ravel closes $20M",
                "Ravel said that it has closed financing of $20 million from the likes of Arden Capital and Bexley "
                        + "Partners.", "2025-03-04");
        assertEquals(Set.of("Arden Capital", "Bexley Partners"), partyNames(deal(deals, "Ravel", true)));
    }

    @Test
    void theSubsidiaryIsTheUnitNamedBeforeNotItsParent() {
        List<DealMention> deals = extract(null,
                "Garber Foods Co said it has given management of its Corbel Inc trucking subsidiary 60 days to pursue "
                        + "a leveraged buyout of the subsidiary.", "1987-03-02");
        deal(deals, "Corbel", true);
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Garber")), deals.toString());
    }

    @Test
    void eachCompanyInAListOfObjectsIsBought() {
        List<DealMention> deals = extract(null,
                "The companies said Tallard will acquire Wenlock Aero, SkyMesh and Ironsight from Corvex.", "2025-02-11");
        for (String target : List.of("Wenlock Aero", "SkyMesh", "Ironsight")) {
            DealMention d = deal(deals, target, true);
            assertEquals(Party.ACQUIRER, party(d, "Tallard").role());
        }
        List<DealMention> units = extract(null,
                "Under the agreement, Arlo will acquire the household products of the Lyons-based Rhodin and "
                        + "Remalard-based Bexley-Fontaine units of Corvel Poulenc.", "1987-03-02");
        deal(units, "Rhodin", true);
        deal(units, "Bexley-Fontaine", true);
        assertTrue(units.stream().noneMatch(d -> d.target().equals("Remalard")), units.toString());
    }

    @Test
    void aRoundupsLaterItemsToldInThePresentAreNews() {
        List<DealMention> deals = extract("Startup funding this week",
                """
                Here is what happened in Indian startup funding this week. Markets were calm. Founders were busy. \
                Several deals closed.
                Cross-border payments startup Paydo secures $10 million in a Series B round led by Susq Capital.
                Plant-based nutrition brand Earthly raises $2.8 million from Fireside Ventures.""", "2025-02-11");
        assertMoney(10e6, "USD", deal(deals, "Paydo", true).amount());
        assertMoney(2.8e6, "USD", deal(deals, "Earthly", true).amount());
    }

    @Test
    void aPriceInNotesIsAPriceAndACostOfTheAcquisitionIsItsPrice() {
        List<DealMention> notes = extract(null,
                "Harwell Corp said it agreed to sell its Dunmore Insurance Co unit to a management-led group for 60 "
                        + "mln dlrs in notes and 5 mln dlrs in cash.", "1987-03-04");
        assertTrue(notes.stream().noneMatch(d -> d.type().equals("debt")), notes.toString());
        List<DealMention> cost = extract(null,
                "Kamori Co said it will buy the 50 pct of Tessel Foods Co it does not already own from its partner "
                        + "Grayling Inc. The total cost of the acquisition is 210 mln dlrs, a spokesman said.",
                "1987-03-04");
        assertMoney(210e6, "USD", cost.get(0).amount());
    }

    @Test
    void onlyAPartThatWaitsOnAConditionBringsTheRestAsAPartPaidNow() {
        List<DealMention> deals = extract(null,
                "Ostler Corp said it agreed to acquire Brindle Inc for 40 mln dlrs, with the balance of 6 mln dlrs "
                        + "used to strengthen the balance sheet.", "1987-03-04");
        assertTrue(deal(deals, "Brindle", true).tranches().isEmpty());
    }

    @Test
    void aValuationToldInsideATotalRaisedIsNotTheNewRoundsValuation() {
        List<DealMention> deals = extract("Strimo raises $25M",
                "Streaming app Strimo has closed a $25 million Series B round led by Ferrow Capital. Rivals are "
                        + "growing fast too. It has raised $120 million from investors to date, including major "
                        + "financing from Lantern Asset Management at a $300 million valuation.", "2025-03-04");
        assertNull(deal(deals, "Strimo", true).valuation());
    }

    @Test
    void aCompanysUnitsBoughtAreNotTheCompanyAndRightNowIsNoName() {
        List<DealMention> units = extract(null,
                "Tallard Aviation is acquiring three Corvex subsidiaries focused on autonomous aircraft.", "2025-02-11");
        assertTrue(units.stream().noneMatch(d -> d.target().startsWith("Corvex")), units.toString());
        List<DealMention> right = extract("Classwell raises $70 million",
                "Classwell has raised $70 million. Right now, you buy a class plan on Classwell and use it anywhere.",
                "2017-09-14");
        assertTrue(right.stream().noneMatch(d -> d.target().equals("Right")), right.toString());
    }

    @Test
    void aDealAgreedInAnEarlierMonthOfTheYearIsBackground() {
        List<DealMention> deals = extract("Pellmore raises $20 million",
                """
                Pellmore has raised $20 million in a Series B round led by Tollmere Capital. In September, rival \
                Quarry Labs agreed to buy Hensley Data for $45 million.""", "2017-12-05");
        assertMoney(45e6, "USD", deal(deals, "Hensley", false).amount());
    }

    @Test
    void aDealSupposedInAConditionIsNotTold() {
        List<DealMention> deals = extract("Didco backs Karem",
                """
                Didco has invested $200 million in Karem. Things might get complicated if Sunbank, which has invested \
                alongside Didco in many deals, backs Huber with $500 million.""", "2017-08-01");
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Huber")), deals.toString());
    }

    @Test
    void onTheHeelsOfARoundDatesIt() {
        List<DealMention> deals = extract("Classwell expands to Asia",
                """
                Classwell is opening in Tokyo and Seoul this week. On the heels of Classwell's $70 million Series C, \
                the company is also testing a cheaper plan.""",
                "2017-09-14");
        assertMoney(70e6, "USD", deal(deals, "Classwell", false).amount());
    }

    @Test
    void aTakeoverCalledRumouredInALaterSentenceIsRumoured() {
        List<DealMention> deals = extract("Halvard is in talks to buy Quillon for $80M",
                "Halvard is in talks with Quillon over an acquisition, according to a source with knowledge of the "
                        + "talks. Neither company commented.", "2025-03-04");
        assertEquals("rumored", deal(deals, "Quillon", true).status());
    }

    @Test
    void aCompanyCalledSourceSpeakingIsNoRumour() {
        List<DealMention> deals = extract(null,
                "Keystone Source said it agreed to acquire Tolland Savings Bank for 20 mln dlrs.", "1987-03-04");
        assertEquals("announced", deal(deals, "Tolland Savings Bank", true).status());
    }

    @Test
    void aRoundToldByOneSourceCloseToTheTalksIsRumoured() {
        List<DealMention> deals = extract(null,
                "Marlow Ventures led a $6 million investment in Jakarta-based logistics startup Trellik, a source close "
                        + "to the negotiations told reporters.", "2025-03-04");
        assertEquals("rumored", deal(deals, "Trellik", true).status());
    }

    @Test
    void aSecondarySaleOfExistingSharesIsAnInvestment() {
        List<DealMention> deals = extract(null,
                "Brindle, an Oslo-based analytics company, said today that it has raised $15 million in secondary "
                        + "funding by selling existing shareholders' shares to Corvid Partners.", "2025-03-04");
        assertEquals("investment", deal(deals, "Brindle", true).type());
    }

    @Test
    void cuttingAHoldingToRaiseCashIsAnInvestmentInTheHeldCompany() {
        List<DealMention> deals = extract(null,
                "Harbor Bank cut its holding in Ostrava Brokerage from 10% to raise $1.5 billion last year.",
                "2025-03-04");
        assertTrue(deals.stream().filter(d -> d.target().equals("Ostrava Brokerage"))
                .allMatch(d -> d.type().equals("investment")), deals.toString());
        assertTrue(deals.stream().anyMatch(d -> d.target().equals("Ostrava Brokerage")), deals.toString());
    }

    @Test
    void moneyRaisedInAMarketDebutIsAnIpo() {
        List<DealMention> deals = extract("Tessaly files to go public",
                "Streaming box maker Tessaly Inc filed its paperwork on Friday. Tessaly intends to raise $90 million "
                        + "in its debut, the filing shows.", "2025-03-04");
        DealMention listing = deals.stream().filter(d -> d.amount() != null && d.amount().value() == 90e6)
                .findFirst().orElseThrow();
        assertEquals("ipo", listing.type());
    }

    @Test
    void aRoundRaisedOnTheWayToAnIpoIsStillARound() {
        List<DealMention> deals = extract("Quorra scores $40M as it closes in on an IPO",
                "Quorra announced a $40 million round led by Fenwick Capital.", "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("ipo")), deals.toString());
        assertEquals("announced", deal(deals, "Quorra", true).status());
    }

    @Test
    void sharesSoldUnderAnEarlierAgreementAreASaleDone() {
        List<DealMention> deals = extract(null,
                "Brevant Optics Inc said it sold 400,000 shares of its common stock to investors for two mln dlrs "
                        + "under a previously-announced agreement.", "1987-03-04");
        assertEquals("completed", deal(deals, "Brevant Optics Inc", true).status());
    }

    @Test
    void aStakeAmassedIsAStakeHeld() {
        List<DealMention> deals = extract(null,
                "Harlow Partners has amassed a roughly $1.2 billion stake in Dunmore, saying the company's stock is "
                        + "undervalued.", "2025-03-04");
        assertEquals("completed", deal(deals, "Dunmore", true).status());
    }

    @Test
    void aDealDeclaredDeadIsCancelled() {
        List<DealMention> deals = extract("Marrowby's deal to acquire Pellin is now officially dead",
                "Talks between the two retailers ended this week.", "2025-03-04");
        assertEquals("cancelled", deal(deals, "Pellin", true).status());
    }

    @Test
    void aRejectionOnlySupposedDoesNotCancel() {
        List<DealMention> deals = extract(null,
                "Tarrant Rail Inc said it agreed to purchase Coldwater Freight Co from Osgood Holdings if the "
                        + "commission rejects a rival bid.", "1987-03-04");
        assertFalse(deal(deals, "Coldwater Freight Co", true).status().equals("cancelled"));
    }

    @Test
    void anAgreedBidIsAnnouncedNotPlanned() {
        List<DealMention> deals = extract(null,
                "Carrow Holdings Plc said it would make a 120 mln stg agreed bid for Lanark Stores Plc.",
                "1987-03-04");
        assertEquals("announced", deal(deals, "Lanark Stores Plc", true).status());
    }

    @Test
    void anAcquisitionStillSubjectToClosingIsNotCompleted() {
        List<DealMention> deals = extract("Veldt acquires chip startup Oriel",
                "Veldt has acquired Oriel, the inference chip startup. The acquisition is still subject to closing "
                        + "conditions and regulatory approvals.", "2025-03-04");
        assertEquals("announced", deal(deals, "Oriel", true).status());
    }

    @Test
    void aHolderSellingSharesWithNoPriceIsNoAcquisition() {
        List<DealMention> deals = extract(null,
                "In a filing with the Securities and Exchange Commission, Parrow Partners said it sold 42,800 Ercot "
                        + "common shares between Jan 9 and March 2.", "1987-03-06");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void habitsAndClassesOfCompaniesAreNotDeals() {
        List<DealMention> deals = extract(null,
                "According to Larvo's 2017 Andean Startup Directory, of the 144 early-stage tech companies that "
                        + "received $1 million in funding, a sixth had corporate backers.",
                "2017-09-14");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void asPreviouslyReportedDatesTheDealButThePreviouslyAnnouncedAcquisitionIsThisOne() {
        List<DealMention> recalled = extract("Tallow Ventures closes $30 million fund",
                """
                Tallow Ventures has closed a $30 million fund. Gorsk's acquisition of Tallow portfolio company Lanket \
                was an all-cash deal, as previously reported.""", "2017-09-14");
        deal(recalled, "Lanket", false);
        List<DealMention> closing = extract(null,
                "Marlow Inc said it completed the previously announced acquisition of Dunmore Graphics.", "1987-03-02");
        deal(closing, "Dunmore", true);
    }

    @Test
    void sellingAnEntireMinorityStakeIsNoTakeover() {
        List<DealMention> deals = extract(null,
                "Oppen, the brokerage unit of Oppen Group Inc, told the Securities and Exchange Commission it sold its "
                        + "entire 6.0 pct stake in Tallis Steel Corp.", "1987-03-06");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition")), deals.toString());
    }

    @Test
    void assetsOfUnnamedSubsidiariesOfACompanyAreSoldByItForTheArticlesDeal() {
        List<DealMention> deals = extract(null,
                """
                Great Plains Holdings Inc said its subsidiary agreed to buy certain assets of two subsidiaries of \
                Amberly Oil Co for 40 mln dlrs. Great Plains Industrial Inc agreed to acquire all the U.S. assets \
                of Tamworth Vessel Co, it said.""", "1987-03-02");
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Amberly")), deals.toString());
        DealMention d = deal(deals, "Tamworth Vessel", true);
        assertMoney(40e6, "USD", d.amount());
        assertEquals(Party.SELLER, party(d, "Amberly").role());
    }

    @Test
    void theWorthOfACompanyBeingBoughtIsTheAcquisitionsValuationNotARound() {
        List<DealMention> deals = extract("Consortium submits binding bid for Marlin cable unit",
                """
                A state-led consortium submitted a binding bid on Tuesday for Marlin, three sources said. The \
                proposal confirmed a Marlin valuation of 700 million euros.""", "2025-02-11");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("funding")), deals.toString());
        DealMention d = deal(deals, "Marlin", true);
        assertEquals(700e6, d.valuation().value(), 1);
    }

    @Test
    void anOfferForACompanysSharesIsForTheCompany() {
        List<DealMention> deals = extract(null,
                "Quinton America Ltd said it is again extending its offer of 13 dlrs a share for 3.3 mln Princetown "
                        + "Development Corp shares until today.", "1987-03-02");
        DealMention d = deal(deals, "Princetown Development", true);
        assertEquals(Party.ACQUIRER, party(d, "Quinton").role());
    }
    @Test
    void aTenderOfferThatCarriesOutAnAgreedDealIsNoMereOffer() {
        List<DealMention> agreed = extract("Halvern to buy Ostrava Instruments for $85M",
                "Halvern Systems has agreed to acquire Ostrava Instruments for $85 million. Halvern said it will pay "
                        + "$6 per share in a tender offer for Ostrava Instruments.", "2025-03-04");
        assertEquals("announced", deal(agreed, "Ostrava", true).status());
        List<DealMention> offered = extract(null,
                "Crestline Partners said it made a tender offer for Ostrava Instruments at 6 dlrs a share.", "1987-03-04");
        assertEquals("planned", deal(offered, "Ostrava", true).status());
    }

    @Test
    void anOptionToBuyTheRestOrAPursuedBuyoutIsPlanned() {
        List<DealMention> option = extract(null,
                "As part of the transaction, Larkspur Travel has secured an option to acquire full ownership of "
                        + "Bellmoor Voyages before June 30.", "2025-02-11");
        assertEquals("planned", deal(option, "Bellmoor", true).status());
        List<DealMention> pursue = extract(null,
                "Drayton Foods Co said it has given managers of its Pellam Inc unit 60 days to pursue a leveraged "
                        + "buyout of Pellam Inc.", "1987-04-02");
        assertEquals("planned", deal(pursue, "Pellam", true).status());
        // an option on shares granted beside an agreed takeover is one of its terms, not the deal's state
        List<DealMention> lockup = extract(null,
                "Ferrand Co said it has agreed to acquire Tolvar Industries in an exchange of stock. Tolvar has "
                        + "granted Ferrand an option to buy Tolvar shares equal to 18 pct of its stock.", "1987-03-02");
        assertEquals("announced", deal(lockup, "Tolvar", true).status());
    }

    @Test
    void aRaiseAheadOfAProposedListingIsAPlannedIpo() {
        List<DealMention> deals = extract("Korrin Health raises $9m ahead of proposed London Stock Exchange AIM listing",
                "Korrin Health has received commitments of $9 million to support its listing.", "2025-02-10");
        DealMention d = deal(deals, "Korrin", true);
        assertEquals("ipo", d.type());
        assertEquals("planned", d.status());
    }

    @Test
    void aSpacsProposedBusinessCombinationIsSigned() {
        List<DealMention> deals = extract(null,
                "The SEC declared the registration statement effective, advancing the proposed business combination "
                        + "of Harlan Peak Acquisition Corp. and Vessent Fuels, Inc.", "2025-02-10");
        assertEquals("announced", deal(deals, "Vessent", true).status());
    }

    @Test
    void whatTheReporterIsHearingIsARumour() {
        List<DealMention> deals = extract("Pellow is raising a $90 million round at a $2 billion valuation",
                """
                Team chat startup Pellow is raising a $90 million round at a $2 billion valuation. We're hearing \
                that Northgate Capital participated. The $90 million financing was reported by Bloomberg.""",
                "2017-08-20");
        assertEquals("rumored", deal(deals, "Pellow", true).status());
    }
    @Test
    void hasAcquiredBesideADealStillUnderWayIsAnnounced() {
        List<DealMention> underWay = extract("Brenholt is buying identity startup Quorra for $120M",
                "Brenholt today announced an acquisition for its commerce division. It has acquired Quorra, a firm that "
                        + "manages customer logins.", "2017-09-25");
        assertEquals("announced", deal(underWay, "Quorra", true).status());
        List<DealMention> alone = extract(null,
                "Tarrant Systems Inc said it has acquired Velloway Technology, a maker of graphics boards.", "1987-03-02");
        assertEquals("completed", deal(alone, "Velloway", true).status());
    }
    @Test
    void isRaisingWithNoBackerNamedIsAPlan() {
        List<DealMention> sought = extract(null,
                "Harrow Hub recently opened in Manila, and it is raising $150 million for growth.", "2017-08-02");
        assertEquals("planned", deal(sought, "Harrow Hub", true).status());
        List<DealMention> struck = extract(null,
                "Pelland Corp is raising 400 mln dlrs through placements and a one-for-four rights issue.", "1987-04-14");
        assertEquals("announced", deal(struck, "Pelland", true).status());
    }
    @Test
    void theFormerIsTheFirstOfTwoCompaniesNamedBeforeNotTheArticlesCompany() {
        List<DealMention> deals = extract("Graph database maker Nodeline raises $30M",
                """
                Nodeline said today it has raised $30 million in a round led by Ferris Ventures. The model has \
                produced a few big companies, like Stackhold and Brightvault. The latter went public last year. The \
                former is said to be raising financing at a $1.1 billion valuation, according to Bloomberg.""",
                "2017-08-22");
        DealMention nodeline = deal(deals, "Nodeline", true);
        assertEquals("announced", nodeline.status());
        assertNull(nodeline.valuation());
        assertTrue(deals.stream().anyMatch(d -> d.target().equals("Stackhold") && d.status().equals("rumored")),
                deals.toString());
    }
    @Test
    void theLeadTellsTheStateOfTheOneDealWhenItsSentenceGivesNoFrame() {
        List<DealMention> planned = extract(null,
                """
                Hartwell Banks said it plans to merge two of its northern Ohio member banks into one 500 mln dlr \
                organization. It said Hartwell Bank/Lorain, based in Elyria, will be merged into Hartwell Bank/North \
                to improve customer service.""", "1987-03-10");
        assertEquals("planned", deal(planned, "Hartwell Bank/Lorain", true).status());
        List<DealMention> closed = extract("Tunefield saved by emergency funding",
                """
                Tunefield has just closed the funding round it needed to stay afloat. Yesterday, a newsletter \
                reported the company was raising $80 million at a $90 million pre-money valuation.""",
                "2017-08-11");
        assertEquals("completed", deal(closed, "Tunefield", true).status());
    }

    @Test
    void aValuationBetweenTwoFiguresIsARangeOfWorth() {
        List<DealMention> deals = extract("Orvale raises $40 million",
                """
                Orvale raised $40 million from Kestrel Partners, it said. Orvale, which previously raised about $5 \
                million, was valued between $300 million and $400 million in the round, a person familiar said.""",
                "2025-02-11");
        DealMention d = deal(deals, "Orvale", true);
        assertNotNull(d.valuation(), deals.toString());
        assertEquals(300e6, d.valuation().value(), 1);
        assertEquals(400e6, d.valuation().valueHigh(), 1);
    }

    @Test
    void aValuationAsOfAnEarlierDateIsNotTheNewRounds() {
        List<DealMention> deals = extract("Pellucid raises $30M",
                """
                Pellucid announced a $30 million round led by Marrow Partners. The company, which has now raised a \
                total of $200 million on a valuation of $900 million (as of March, 2015), plans to hire.""",
                "2017-08-20");
        assertNull(deal(deals, "Pellucid", true).valuation(), deals.toString());
    }

    @Test
    void theFormerOfTwoCompaniesIsNotTheArticlesCompany() {
        List<DealMention> unread = extract("Lumora raises $20M",
                """
                Lumora, a database startup, said today it has raised $20 million in a round led by Qandor Capital. \
                It's a model that has spawned successful companies, like Brinkly and Castorix. The former is said to \
                be raising financing at a $2 billion valuation, according to Bloomberg.""", "2017-08-20");
        assertNull(deal(unread, "Lumora", true).valuation(), unread.toString());
        List<DealMention> named = extract("Lumora raises $20M",
                """
                Lumora, a database startup, said today it has raised $20 million in a round led by Qandor Capital. \
                Rivals Brinkly and Castorix have each raised more than $50 million to date. The former is said to \
                be raising financing at a $2 billion valuation, according to Bloomberg.""", "2017-08-20");
        assertNull(deal(named, "Lumora", true).valuation(), named.toString());
        assertEquals(2e9, deal(named, "Brinkly", true).valuation().value(), 1);
    }

    @Test
    void theCompanyValuedIsTheOneWhoseRoundsWereJustRecalled() {
        List<DealMention> deals = extract("Tessel Spaces acquires Nook, a Singapore co-working startup",
                """
                Tessel Spaces has acquired Nook, a Singapore co-working startup, for an undisclosed sum. Rival \
                Harbor Hub is raising $100 million for growth. Tessel Spaces raised $300 million in March. The \
                company is now valued at $9 billion.""", "2017-08-20");
        assertNull(deal(deals, "Harbor Hub", true).valuation(), deals.toString());
        assertEquals(9e9, deal(deals, "Tessel Spaces", false).valuation().value(), 1);
    }

    @Test
    void moneyASellerReceivesFromABuyerForABusinessIsItsPriceAndTheFirstAnnouncedPriceStaysWithIt() {
        List<DealMention> deals = extract(null,
                """
                Harlow Tire Co said it will receive about 410 mln dlrs in cash from Brennan Corp for the business of \
                Harlow Avionics Corp. Harlow said the previously announced acquisition by Brennan is expected to be \
                completed March 13. When Brennan announced the transaction January 12, the company said it was \
                paying 450 mln dlrs for Harlow Avionics.""", "1987-03-10");
        DealMention d = deal(deals, "Harlow Avionics", true);
        assertMoney(410e6, "USD", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Brennan").role());
        assertEquals(Party.SELLER, party(d, "Harlow Tire").role());
        assertEquals(1, deals.stream().filter(x -> x.target().startsWith("Harlow Avionics")).count(), deals.toString());
    }

    @Test
    void aRoundAnnouncedLastWeekIsTheArticlesNewsEvenPastTheLead() {
        List<DealMention> deals = extract("Here is the pitch deck of Tovani, the Denver startup now valued at more than $200M",
                """
                Tovani makes tools for sales teams. Its founders met at college. The startup grew quickly in 2024. \
                The company, which sells coaching software, last week announced a $30 million round, just six months \
                after raising a separate $9 million round in May. Its valuation has about doubled since then to \
                around $200 million. Brightwater Capital led the latest round.""", "2026-01-20");
        DealMention d = deal(deals, "Tovani", true);
        assertMoney(30e6, "USD", d.amount());
        assertEquals(200e6, d.valuation().value(), 1);
        assertEquals(Party.LEAD_INVESTOR, party(d, "Brightwater").role());
    }

    @Test
    void aSumOfItsOwnSharesBoughtFromAHolderIsAnInvestmentInTheBuyerStillToClose() {
        List<DealMention> deals = extract("Dorian Bank to sell investment in Kestrel Brokerage",
                """
                Dorian Bank said it will offer its 10.1% stake in Kestrel Brokerage through a registered stock \
                offering. The brokerage and money-management firm has agreed to buy $1.5 billion of its shares from \
                Dorian when the offering is completed. Dorian last year reduced its holding in Kestrel Brokerage from \
                12% to raise $2.5 billion.""", "2025-02-11");
        DealMention d = deal(deals, "Kestrel Brokerage", true);
        assertEquals("investment", d.type());
        assertMoney(1.5e9, "USD", d.amount());
        assertEquals("announced", d.status());
        assertEquals(Party.SELLER, party(d, "Dorian").role());
    }

    @Test
    void thePriceOfTheCompanyAloneStandsOverTheValueOfAPackageSoldWithIt() {
        List<DealMention> deals = extract("Norvik Group sells Tarsa Cable to Lumen Telecom",
                """
                Norvik Group has agreed to sell its cable operator Tarsa Cable to Lumen Telecom and other assets to \
                Orbis Media in a deal with an enterprise value of 1.2 billion euros, Norvik said on Wednesday. Lumen \
                Telecom said it was buying Tarsa Cable for 700 million euros cash-free and debt-free.""", "2025-02-12");
        DealMention d = deal(deals, "Tarsa Cable", true);
        assertMoney(700e6, "EUR", d.amount());
        assertEquals(1, deals.stream().filter(x -> x.target().startsWith("Tarsa")).count(), deals.toString());
    }

    @Test
    void capitalABoughtBusinessReceivesIsNotItsPrice() {
        List<DealMention> deals = extract("Digital bank Verdant to acquire Halden Bank",
                """
                Digital bank Verdant has signed an agreement to acquire Halden Bank. Terms of the deal are not being \
                disclosed. Verdant says it will acquire 100 per cent of Halden Bank and benefit from around £60 \
                million of capital coming into the business.""", "2017-09-14");
        DealMention d = deal(deals, "Halden Bank", true);
        assertNull(d.amount(), deals.toString());
    }

    @Test
    void aHeadlineFigureTheBodyTellsAsDepositsIsNoPrice() {
        List<DealMention> deals = extract("Corwen Bank Announces $640 Million Branch Acquisition from Alder Bank",
                """
                Corwen Bank today announced the signing of an agreement under which Corwen Bank will acquire Alder \
                Bank's branches in Easton and Milford. The transaction includes approximately $640 million in local \
                deposits.""", "2026-03-02");
        DealMention d = deals.stream().filter(x -> x.type().equals("acquisition")).findFirst()
                .orElseGet(() -> fail("no acquisition in " + deals));
        assertNull(d.amount(), deals.toString());
    }

    @Test
    void aPremiumPaidOverTheDepositsTakenOverIsTheBranchPurchasesPrice() {
        List<DealMention> deals = extract("Corwen Bank Announces $640 Million Branch Acquisition from Alder Bank",
                """
                Corwen Bank today announced the signing of an agreement under which Corwen Bank will acquire Alder \
                Bank's branches in Easton and Milford. The transaction includes approximately $640 million in local \
                deposits for a deposit premium of approximately $16 million.""", "2026-03-02");
        DealMention d = deals.stream().filter(x -> x.type().equals("acquisition")).findFirst()
                .orElseGet(() -> fail("no acquisition in " + deals));
        assertMoney(16e6, "USD", d.amount());
    }

    @Test
    void aValuationInAnAppositiveIsTheDescribedCompanysNotTheRivalNamedInIt() {
        List<DealMention> deals = extract(null,
                """
                Ride-hailing firm Velox is spreading its wings again after it announced a financing deal with Tarik, \
                a Velox rival in Europe that is valued at more than $1 billion.""", "2017-08-20");
        assertTrue(deals.stream().noneMatch(d -> d.target().equals("Velox") && d.valuation() != null), deals.toString());
        assertTrue(deals.stream().anyMatch(d -> d.target().equals("Tarik") && d.valuation() != null
                && d.valuation().value() == 1e9), deals.toString());
    }

    @Test
    void aMergerWithTheBuyerIsToldFromTheSideOfTheCompanyBought() {
        List<DealMention> deals = extract("Tellura Systems fights lawsuit over $3 billion merger with Brandvik",
                """
                Tellura Systems rejected the claims of the regulator, which sued to block Brandvik Group's $3 \
                billion takeover of the router maker, a filing showed.""", "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.target().startsWith("Brandvik")), deals.toString());
        DealMention d = deal(deals, "Tellura Systems", true);
        assertMoney(3e9, "USD", d.amount());
    }

    @Test
    void aCompanyFirstNamedInADealDeepInTheBodyIsNotTheArticlesCompany() {
        List<DealMention> deals = extract("Lumora opens standalone Japan business",
                """
                Lumora is expanding in Japan after it announced a standalone Lumora Japan business, backed by $300 \
                million from existing backers Redwood Partners and other investors. The money is separate from a \
                round that closed last month. The company will compete with local players. Among its rivals, \
                Kestrel Spaces raised $80 million in March.""", "2025-05-06");
        DealMention d = deal(deals, "Lumora", true);
        assertMoney(300e6, "USD", d.amount());
        assertEquals(Party.INVESTOR, party(d, "Redwood Partners").role());
    }

    @Test
    void theVerbOfARelativeClauseOnACompanyIsThatCompanys() {
        List<DealMention> deals = extract("Lumora opens standalone Japan business",
                """
                Lumora is expanding in Japan after it announced a standalone Lumora Japan business, backed by $300 \
                million from existing backers Redwood Partners and other investors. The money is separate from a \
                round that closed last month. The company will compete with local players. Rivals include Kestrel \
                Spaces, a company that began in hotels but is raising $80 million to expand across Asia, and \
                Dovetail.""", "2025-05-06");
        DealMention d = deal(deals, "Kestrel Spaces", true);
        assertMoney(80e6, "USD", d.amount());
        assertEquals(300e6, deal(deals, "Lumora", true).amount().value(), 1);
    }

    @Test
    void aSecuritiesDisclaimerIsNoAcquisition() {
        List<DealMention> deals = extract("Norvik Minerals announces private placement",
                """
                Norvik Minerals Corp. said it will raise gross proceeds of C$4 million in a private placement. This \
                release does not constitute an offer to sell, or a solicitation of an offer to purchase, any \
                securities of Norvik Minerals Corp. in the United States.""", "2025-04-02");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition")), deals.toString());
    }

    @Test
    void aCapitalisedNumberWordInsideASentenceOpensAName() {
        List<DealMention> deals = extract(null,
                "Tallow Inc. said it has secured an option to acquire full ownership of Seven Harbor on or before "
                        + "June 1, 2025, subject to certain conditions.", "2025-02-11");
        assertTrue(deals.stream().anyMatch(d -> d.target().equals("Seven Harbor")), deals.toString());
    }

    @Test
    void whatACompanyIsThoughtToHaveRaisedIsATotalNotARound() {
        List<DealMention> deals = extract("Plattera buys Dinefolk",
                """
                Plattera has acquired Dinefolk, a similar startup based in Austin. Dinefolk is thought to have \
                raised over $6 million from backers such as Harbor Lane Ventures.""", "2025-03-04");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("funding")), deals.toString());
        deal(deals, "Dinefolk", true);
    }

    @Test
    void underwritersAcquiringAnIssueDoNotBuyTheCompany() {
        List<DealMention> deals = extract(null,
                """
                Marrow Holdings Ltd said it planned to issue 40 mln dlrs of convertible notes. Halden Capital Corp \
                and Brisk Securities Inc agreed to acquire the issues, it said.""", "1987-03-02");
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition")), deals.toString());
    }

    @Test
    void aRelativeClauseRaiseBelongsToTheNameItHangsOn() {
        List<DealMention> deals = extract("Lumo raises $20 million",
                """
                Lumo has raised $20 million in a Series B round. Apps such as Kimbo, which started in dating, and                 Zarvo, which recently raised $350 million led by Tencent, have blazed the path that Lumo follows.""",
                "2017-08-01");
        DealMention d = deal(deals, "Zarvo", false);
        assertMoney(350e6, "USD", d.amount());
        assertTrue(deals.stream().noneMatch(x -> x.target().equals("Kimbo")), deals.toString());
    }

    @Test
    void aRelativeClauseLeadOfItsRoundIsTheArticlesCompanysRound() {
        List<DealMention> deals = extract("Veltra raises $47 million",
                """
                Veltra has raised $47 million in a Series D round led by Orrin Capital. Previous backers include                 Marsh Partners, which led its previous round of $25 million.""", "2017-08-01");
        DealMention earlier = deal(deals, "Veltra", false);
        assertMoney(25e6, "USD", earlier.amount());
        assertEquals(Party.LEAD_INVESTOR, party(earlier, "Marsh").role());
    }

    @Test
    void aCompanyNounSetAfterANameByADashIsThatName() {
        List<DealMention> deals = extract("Foundry Works raises a new fund",
                """
                Foundry Works has raised a $40 million fund. Its alumni include Kell Labs — the imaging startup sold                 to Zed for a reported $150 million — and others.""", "2017-08-01");
        DealMention d = deals.stream().filter(x -> x.target().equals("Kell Labs")).findFirst()
                .orElseGet(() -> fail("no deal for Kell Labs in " + deals));
        assertMoney(150e6, "USD", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Zed").role());
    }

    @Test
    void aDateOpeningTheClauseDatesItsDealBeyondTheWindow() {
        List<DealMention> deals = extract(null,
                "Harlow Corp said it sued Brenton Inc over its bid. In February Dalworth agreed to buy Brenton's steel "
                        + "and nonresidential construction business for 111.6 mln dlrs in cash.", "1987-03-20");
        deal(deals, "Brenton", false);
    }

    @Test
    void thePastPerfectBeforeTheDealsVerbDatesIt() {
        List<DealMention> deals = extract("Orvel weighs options",
                """
                Orvel is weighing its options, people said. Dana Pike had pitched Orvel's board on buying Kestrel \
                Chips, but she had no luck.""", "2025-12-11");
        deal(deals, "Kestrel", false);
    }

    @Test
    void aRoundupItemInThePresentPerfectOrAFutureSaleIsNews() {
        List<DealMention> deals = extract("Funding roundup",
                """
                Amberly raises $10 million. It will hire. The round was led by Corva. Other news follows.                 Mumbai-based delivery startup Quillo has raised $5 million in a round led by Tenfold.                 A report said that Pexo, the payments business that Quillo acquired two years ago, will be sold to                 Marden Bank.""", "2025-12-10");
        assertMoney(5e6, "USD", deal(deals, "Quillo", true).amount());
        assertEquals(Party.ACQUIRER, party(deal(deals, "Pexo", true), "Marden").role());
        assertEquals(Party.ACQUIRER, party(deal(deals, "Pexo", false), "Quillo").role());
    }

    @Test
    void withNoNewsDealOnlyOneToldAsNowIsPromoted() {
        List<DealMention> past = extract("Pinvo passes 200 million users",
                """
                Pinvo has 200 million users. It grew fast. It plans more. Its rivals are many. Growth is hard.                 Hallo, for example, was able to raise a new financing round at a $4 billion valuation.""",
                "2017-09-14");
        deal(past, "Hallo", false);
        List<DealMention> now = extract("Trellis saved by emergency funding",
                """
                Trellis has a new CEO. The old one steps aside. Staff were cut. Its music service goes on.                 Yesterday, a report said the company was raising $169.5 million in a Series F round.""",
                "2017-08-11");
        deal(now, "Trellis", true);
    }

    @Test
    void aDealInsideAnOpeningAfterClauseCameFirstEvenPastAnAside() {
        List<DealMention> deals = extract("Roomly raises $2.1M",
                """
                Roomly raised $2.1 million this week. Days after Cowork announced plans to enter the region, which is                 home to 600 million people, through the acquisition of Singapore startup Spacely, now Roomly has                 raised money.""", "2017-08-11");
        deal(deals, "Spacely", false);
    }

    @Test
    void aRaiseInTheProcessOfHappeningPastTheLeadIsNews() {
        List<DealMention> deals = extract("Qubix raises $230 million",
                """
                Qubix has raised $230 million. It makes quantum chips. It was founded in 2018. Rivals are busy too. \
                Halden Machines in Israel is reportedly also in the process of raising $100 million.""", "2025-02-11");
        assertMoney(100e6, "USD", deal(deals, "Halden", true).amount());
    }

    @Test
    void aDealBetweenCompaniesTheLeadNamesIsTheNewsOfAWireStoryThatToldItNowhereElse() {
        List<DealMention> deals = extract("ACME <ACM> IN PACT WITH BOLT",
                """
                Acme Corp said on Monday it reached an agreement with Bolt Industries over Bolt's coatings business. \
                The coatings business has 400 employees. Analysts welcomed the move. In London, a statement from Bolt \
                Industries said the business was sold to Acme for 12 mln dlrs in cash.""",
                "1987-03-20");
        DealMention d = deal(deals, "Bolt Industries", true);
        assertEquals(12e6, d.amount().value(), 1);
    }

    @Test
    void aCompletionEffectiveAsOfAnEarlierDateIsStillTheNews() {
        List<DealMention> deals = extract("Carvel Bank completes Dunmore Bancorp purchase",
                "Carvel Bank said it completed its acquisition of Dunmore Bancorp for $120 million, effective as of "
                        + "January 31, 2026.", "2026-02-02");
        assertMoney(120e6, "USD", deal(deals, "Dunmore", true).amount());
        assertEquals(1, deals.size(), deals.toString());
    }

    @Test
    void aPairForFormerOrLatterIsTheNamedCompaniesNearestTheEnd() {
        List<DealMention> latter = extract("Nimbra launches",
                """
                Nimbra launched its scheduling app on Monday. Its founders, Tom Reyes and Ana Holt, previously                 worked at Zorvo and Quiltr. The latter is said to be raising $1 billion.""", "2025-05-12");
        assertTrue(latter.stream().anyMatch(d -> d.target().contains("Quiltr") && d.amount() != null
                && d.amount().value() == 1e9), latter.toString());
        assertTrue(latter.stream().noneMatch(d -> d.target().contains("Holt")), latter.toString());
        List<DealMention> former = extract("Ride apps keep raising",
                """
                Zorvo and Quiltr have raised billions. The former is said to be raising $1 billion.""", "2025-05-12");
        assertTrue(former.stream().anyMatch(d -> d.target().contains("Zorvo")), former.toString());
    }

    @Test
    void aCompanyBuyingBackItsOwnSharesIsNoInvestment() {
        List<DealMention> founder = extract("Tessaro to buy back stock",
                "Tessaro Corp has agreed to buy $500 million of its shares from its founder.", "2025-05-12");
        assertTrue(founder.stream().noneMatch(d -> d.type().equals("investment")), founder.toString());
        List<DealMention> buyback = extract("Tessaro to buy back stock",
                "Tessaro Corp said it will buy $200 million of its own shares over two years.", "2025-05-12");
        assertTrue(buyback.stream().noneMatch(d -> d.type().equals("investment")), buyback.toString());
    }

    @Test
    void hearsayOfWhatACompanyHasRaisedIsATotal() {
        List<DealMention> deals = extract("Zentro opens Lisbon office",
                "Zentro opened an office in Lisbon on Monday. Zentro is thought to have raised $8 million from "
                        + "investors.", "2025-05-12");
        assertTrue(deals.stream().noneMatch(d -> d.current() && d.amount() != null && d.amount().value() == 8e6),
                deals.toString());
    }

    @Test
    void moneyReceivedFromABuyerForABusinessIsItsPriceEvenWithoutInCash() {
        List<DealMention> deals = extract("HARLOW TO SELL AEROSPACE UNIT",
                "Harlow Industries said it will receive about 588 mln dlrs from Pennick Corp for the business of "
                        + "Harlow Aerospace Corp.", "1987-03-20");
        DealMention d = deal(deals, "Harlow Aerospace", true);
        assertEquals("acquisition", d.type());
        assertMoney(588e6, "USD", d.amount());
        assertEquals(Party.ACQUIRER, party(d, "Pennick").role());
    }

    @Test
    void aPremiumOwedIsNoDealPrice() {
        List<DealMention> deals = extract("Orlen Insurance to buy Pexley Re",
                """
                Orlen Insurance said on Monday it agreed to buy Pexley Re. Terms were not disclosed. Separately, \
                Orlen said it set aside reserves for a premium of $12 million owed to reinsurers.""", "2025-05-12");
        assertNull(deal(deals, "Pexley", true).amount(), deals.toString());
    }

    @Test
    void aCompanyTheLeadNamesIsMatchedAsAWholeWord() {
        List<DealMention> deals = extract("Armstrong sales slow at Dorvan",
                """
                Dorvan said Armstrong sales slowed in the quarter. Prices rose. Staff were cut. Analysts were glum. \
                Arm raised $50 million from Telvar Capital.""", "2025-05-12");
        assertTrue(deals.stream().noneMatch(d -> d.current()), deals.toString());
    }

    @Test
    void aRoundAnnouncedInTheLastFewDaysIsNewsPastTheLead() {
        List<DealMention> deals = extract("Crestline raises $10 million",
                """
                Crestline has raised $10 million from Lark Capital. It will hire engineers. It makes sensors. \
                Rival Tarvo on Monday announced a $30 million round led by Garnet Ventures. Rival Pellucid \
                announced earlier this week a $40 million round led by Garnet Ventures. Rival Omnic last month \
                announced a $20 million round led by Garnet Ventures.""", "2025-05-12");
        deal(deals, "Tarvo", true);
        deal(deals, "Pellucid", true);
        deal(deals, "Omnic", false);
    }

    @Test
    void aDealConfirmedAfterAReportOrAnAsideWithWeHearIsNotARumour() {
        List<DealMention> confirmed = extract(null,
                "Dorrance Corp has acquired Velbin Inc, the companies said on Monday, confirming a deal first "
                        + "reported by a trade newspaper.", "2026-03-02");
        assertNotEquals("rumored", deal(confirmed, "Velbin", true).status());
        List<DealMention> aside = extract(null,
                "Quorra raised $20 million led by Tavish Ventures, and we hear from customers that demand is "
                        + "growing, CEO Mira Holt said.", "2026-03-02");
        assertNotEquals("rumored", deal(aside, "Quorra", true).status());
        List<DealMention> heard = extract(null,
                "We're hearing that Dorrance Corp is about to acquire Velbin Inc for $90 million.", "2026-03-02");
        assertEquals("rumored", deal(heard, "Velbin", true).status());
    }

    @Test
    void aPurposeClauseWithPursueAfterTheDealVerbIsNoPlan() {
        List<DealMention> deals = extract(null,
                "Dorrance Corp has bought Velbin to pursue growth in Asia.", "2026-03-02");
        assertNotEquals("planned", deal(deals, "Velbin", true).status());
    }

    @Test
    void aLeadAboutACompanySharingOnlyAFirstWordWithASideDoesNotSetTheDealsStatus() {
        List<DealMention> deals = extract("Dorrance Corp to acquire Fairwind Semiconductor for $300 million",
                """
                Fairwind Camera said it plans to merge two of its lighting units. Dorrance Corp said on Monday it                 agreed to acquire Fairwind Semiconductor for $300 million.""", "2026-03-02");
        assertEquals("announced", deal(deals, "Fairwind Semiconductor", true).status());
    }

    @Test
    void anUndisclosedSumDoesNotReadAsAClosing() {
        List<DealMention> deals = extract(null,
                """
                Dorrance Corp has acquired Velbin Labs for an undisclosed sum. Dorrance is buying Velbin Labs to grow                 its cloud unit, the company said.""", "2026-03-02");
        assertEquals("announced", deal(deals, "Velbin", true).status());
    }

    @Test
    void aCompletionInThePastAfterWhenIsDone() {
        List<DealMention> deals = extract(null,
                "Dorrance Corp said it completed its acquisition of Velbin Inc when the deal closed on Friday.",
                "2026-03-02");
        assertEquals("completed", deal(deals, "Velbin", true).status());
        List<DealMention> toCome = extract(null,
                "Dorrance Corp said it completed the purchase of a stake in Velbin Inc and will buy the rest of "
                        + "Velbin Inc for $50 million when the sale closes.", "2026-03-02");
        assertNotEquals("completed", deal(toCome, "Velbin", true).status());
    }

    @Test
    void aRaiseInALabelledRoundIsStruckNotSought() {
        List<DealMention> deals = extract(null,
                "Quorra is raising $20 million in a Series B round to expand in Europe, the company said on Tuesday.",
                "2026-03-02");
        assertEquals("announced", deal(deals, "Quorra", true).status());
    }

    @Test
    void theLeadTellsAPlanWithAnyAcquisitionWord() {
        List<DealMention> planned = extract(null,
                """
                Hartwell Banks said it plans to combine two of its northern Ohio member banks into one 500 mln dlr \
                organization. It said Hartwell Bank/Lorain, based in Elyria, will be merged into Hartwell Bank/North \
                to improve customer service.""", "1987-03-10");
        assertEquals("planned", deal(planned, "Hartwell Bank/Lorain", true).status());
    }

    @Test
    void aHedgedListingElsewhereInTheSentenceDoesNotMakeAListingPlanned() {
        List<DealMention> deals = extract(null,
                "Quorra Biotech completed its initial public offering on Nasdaq on Friday, raising $50 million, "
                        + "and its chairman, who also chairs Tavish Mining, said Tavish had no proposed listing plans.",
                "2026-03-02");
        assertNotEquals("planned", deals.stream().filter(d -> d.type().equals("ipo")).findFirst()
                .orElseGet(() -> fail("no ipo in " + deals)).status());
    }


    @Test
    void aFirmClosingAFundAtItsSizeRaisesTheFund() {
        List<DealMention> deals = extract(null,
                """
                Brightmoor Ventures has closed its third fund at $80 million to back seed-stage software startups \
                in the Nordics. A $45 million fund announced in 2021 was fully invested within two years.""",
                "2026-03-02");
        DealMention fund = deal(deals, "Brightmoor Ventures", true);
        assertEquals("funding", fund.type());
        assertMoney(80e6, "USD", fund.amount());
        assertEquals("completed", fund.status());
        assertNull(fund.round());
        assertMoney(45e6, "USD", deal(deals, "Brightmoor Ventures", false).amount());
    }

    @Test
    void aNamedFundIsTheTargetAndItsSizeReadsOnceUnderEitherName() {
        List<DealMention> deals = extract(null,
                """
                Corvane Partners closes $120M fund. Corvane Partners made the final close of its $120 million \
                Harbor Fund on Tuesday, the firm said.""", "2026-03-02");
        DealMention fund = deal(deals, "Harbor Fund", true);
        assertMoney(120e6, "USD", fund.amount());
        assertEquals(1, deals.stream().filter(d -> d.type().equals("funding")).count(), deals.toString());
    }

    @Test
    void aFundsFirstCloseAndItsLimitedPartners() {
        List<DealMention> deals = extract(null,
                """
                The Meridian Fund announced an initial $4 billion close, and its manager is targeting a total close \
                of $5 billion. The fund counts Calder Insurance and Pellow Pension among its limited partners, and \
                its limited partners include Osgood Bank.""", "2026-03-02");
        DealMention fund = deal(deals, "Meridian Fund", true);
        assertMoney(4e9, "USD", fund.amount());
        assertEquals("completed", fund.status());
        assertEquals(Party.INVESTOR, party(fund, "Osgood Bank").role());
        assertEquals(1, deals.size(), deals.toString());
    }

    @Test
    void aFirmAnnouncingANewFundRaisesIt() {
        List<DealMention> deals = extract("Tallis Capital announces new $60 million fund for climate startups",
                "The fund will write first checks of up to $2 million, the firm said.", "2026-03-02");
        DealMention fund = deal(deals, "Tallis Capital", true);
        assertEquals("funding", fund.type());
        assertMoney(60e6, "USD", fund.amount());
    }

    @Test
    void anInvestmentOutOfAFundIsTheStartupsRoundNotAFundRaise() {
        List<DealMention> deals = extract(null,
                """
                Quillfeather raised $8 million from Tallis Capital's new $200 million fund, the startup said on \
                Monday. Tallis Capital invested the money out of its $200 million Fund II.""", "2026-03-02");
        DealMention round = deal(deals, "Quillfeather", true);
        assertMoney(8e6, "USD", round.amount());
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Tallis")), deals.toString());
    }

    @Test
    void aStartupNamedVenturesRaisingARoundIsNoFund() {
        List<DealMention> deals = extract(null,
                "Ardent Ventures, a logistics startup, raised a $12 million Series A round led by Pollock Capital.",
                "2026-03-02");
        DealMention round = deal(deals, "Ardent Ventures", true);
        assertEquals("series_a", round.round());
        assertEquals(Party.LEAD_INVESTOR, party(round, "Pollock Capital").role());
    }

    @Test
    void backersOfALaterRoundAreNotAFundsInvestors() {
        List<DealMention> deals = extract(null,
                """
                Corvane Partners announces new $90 million fund. Payments startup Zellora has raised $6 million \
                in new funding, led by Osgood Bank. Existing backers Pellow Ventures and Calder Capital also joined \
                the round.""", "2026-03-02");
        DealMention fund = deal(deals, "Corvane Partners", true);
        assertTrue(fund.parties().isEmpty(), fund.parties().toString());
        DealMention round = deal(deals, "Zellora", true);
        assertMoney(6e6, "USD", round.amount());
        assertEquals(Party.INVESTOR, party(round, "Pellow Ventures").role());
    }


    @Test
    void sharesPurchasedThroughAFundAreNotTheFundsSale() {
        List<DealMention> deals = extract(null,
                """
                Osgood Group has agreed to buy a 9 percent stake in Quillfeather for $300 million. A spokesperson \
                said it was not yet known how many shares will be purchased through the Meridian Fund.""",
                "2026-03-02");
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Meridian")), deals.toString());
    }

    @Test
    void aPersonsFundToldAgainAsItIsNotTheFirmTheyLeft() {
        List<DealMention> deals = extract("Former Corvane partner Jane Holloway closes $25M fund",
                """
                Former Corvane Partners investor Jane Holloway has closed a new fund after a filing confirmed that \
                it has raised $25 million for its maiden fund.""", "2026-03-02");
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Corvane")), deals.toString());
    }

    @Test
    void aRaiseEarlierThisSummerIsBackground() {
        List<DealMention> deals = extract(null,
                """
                Zellora has raised $6 million in a Series A round led by Osgood Bank. Earlier this summer, Pellow \
                Ventures secured $400 million in fresh financing for its growth funds.""", "2026-08-20");
        assertMoney(400e6, "USD", deal(deals, "Pellow Ventures", false).amount());
    }


    @Test
    void aFundClosedOnItsSizeWithInvestorsInTheFund() {
        List<DealMention> deals = extract(null,
                """
                Halden Capital has closed on $150 million for its fourth fund, the firm said on Tuesday. Investors \
                in the fund include Osgood Bank, Calder Insurance and Pellow Pension.""", "2026-03-02");
        DealMention fund = deal(deals, "Halden Capital", true);
        assertMoney(150e6, "USD", fund.amount());
        assertEquals("completed", fund.status());
        assertEquals(Party.INVESTOR, party(fund, "Calder Insurance").role());
    }

    @Test
    void aNamedFundClosingAtItsSizeIsTheTarget() {
        List<DealMention> deals = extract(null, "Apex Fund III closed at $400 million, its manager Corvane Partners said.",
                "2026-03-02");
        DealMention fund = deal(deals, "Apex Fund III", true);
        assertMoney(400e6, "USD", fund.amount());
        assertEquals("completed", fund.status());
    }

    @Test
    void aFirstCloseOfASeedFundRaisesNoSeedRound() {
        List<DealMention> deals = extract(null, "Tarn Ventures hits $75 million first close of its seed fund.",
                "2026-03-02");
        DealMention fund = deal(deals, "Tarn Ventures", true);
        assertMoney(75e6, "USD", fund.amount());
        assertNull(fund.round());
    }

    @Test
    void commitmentsForAFundAndMoneyAcrossFundsAreTheFirmsRaise() {
        assertMoney(40e6, "USD", deal(extract(null,
                "Ostrava Ventures announced $40 million in commitments for its new fund.", "2026-03-02"),
                "Ostrava Ventures", true).amount());
        assertMoney(900e6, "USD", deal(extract(null, "Brill Partners closes $900 million across two funds.",
                "2026-03-02"), "Brill Partners", true).amount());
    }

    @Test
    void aFundLaunchedByAGovernmentIsNoFirmsRaise() {
        List<DealMention> deals = extract(null,
                """
                Zellora, a chip design startup, said on Monday it expects more customers after India launched a $1 \
                billion fund to back chip startups.""", "2026-03-02");
        assertTrue(deals.isEmpty(), deals.toString());
    }


    @Test
    void aLaterSentenceTellingTheFundsFirstCloseCompletesIt() {
        List<DealMention> deals = extract("Corvane Partners announces new $90 million fund for Baltic startups",
                """
                Corvane Partners is back with another fund for early-stage companies in the Baltics. This marks the \
                first close of the new fund, the firm said.""", "2026-03-02");
        DealMention fund = deal(deals, "Corvane Partners", true);
        assertMoney(90e6, "USD", fund.amount());
        assertEquals("completed", fund.status());
    }


    @Test
    void aFirmsEarlierFundsAreBackgroundAndItsInvestmentsStayTheStartups() {
        List<DealMention> deals = extract("Brightmoor Ventures closes $80 million Fund III",
                """
                Brightmoor Ventures has closed its third fund at $80 million. The firm closed its $50 million Fund II \
                in 2019, and its previous $30 million fund closed in 2016. Brightmoor Ventures led a $5 million \
                round in Quillfeather from the new fund.""", "2026-03-02");
        assertMoney(80e6, "USD", deal(deals, "Brightmoor Ventures", true).amount());
        List<Double> earlier = deals.stream().filter(d -> d.target().equals("Brightmoor Ventures") && !d.current())
                .map(d -> d.amount().value()).sorted().toList();
        assertEquals(List.of(30e6, 50e6), earlier);
        DealMention round = deal(deals, "Quillfeather", true);
        assertEquals(Party.LEAD_INVESTOR, party(round, "Brightmoor Ventures").role());
    }


    @Test
    void whatNewFundManagersOftenRaiseIsAHabitNotADeal() {
        List<DealMention> deals = extract(null,
                """
                Emerging fund managers, raising from family offices, usually hope to start with about $15 million, \
                analysts at Pellow Research said.""", "2026-03-02");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void aHedgedSumRaisedSoFarIsNoRoundAndItsBackersJoinNoDeal() {
        List<DealMention> deals = extract("Brisco raises $12 million Series A",
                """
                Brisco, a maker of farm sensors, has raised $12 million in a Series A round led by Fenwick Partners. \
                Rivals like Tallow, which has raised more than $90 million from investors such as Orrin Capital and \
                Pelham Ventures, sell to larger farms. Another rival, Quint, having raised nearly $40 million so \
                far, is expanding in Brazil.""", "2017-09-14");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deal(deals, "Brisco", true);
        assertMoney(12e6, "USD", d.amount());
        assertTrue(d.parties().stream().noneMatch(p -> p.name().contains("Orrin") || p.name().contains("Pelham")),
                d.parties().toString());
        List<DealMention> newRound = extract(null,
                "Tallow has raised more than $90 million in a new Series C round led by Orrin Capital.", "2017-09-14");
        assertMoney(90e6, "USD", deal(newRound, "Tallow", true).amount());
    }

    @Test
    void aRoundLedForANamedCompanyIsThatCompanysRound() {
        List<DealMention> deals = extract("Ravenna Bikes opens in Lisbon",
                """
                Ravenna Bikes, a bike rental startup, is opening in Lisbon this month with Portela Telecom as its \
                partner. Media reports have said that Portela Telecom may lead a new $300 million round for Ravenna \
                Bikes later this year.""", "2017-09-14");
        DealMention d = deals.stream().filter(x -> x.target().contains("Ravenna")).findFirst()
                .orElseGet(() -> fail("no Ravenna deal in " + deals));
        assertMoney(300e6, "USD", d.amount());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Portela").role());
    }

    @Test
    void companiesBoughtEarlierAreToldInLongAsidesAndPlainLists() {
        List<DealMention> deals = extract("Tarnly opens Berlin office",
                """
                Tarnly said on Monday it will open an office in Berlin. Tarnly's previous acquisitions include Pello, \
                a payroll tool for small restaurants and cafes that Tarnly bought in June; Quorin, a booking system \
                for guests at a hotel that it purchased last year; and Vessa, a building design firm that Tarnly \
                acquired in 2015.""", "2017-09-14");
        for (String bought : List.of("Pello", "Quorin", "Vessa")) {
            DealMention d = deal(deals, bought, false);
            assertEquals("acquisition", d.type());
            assertEquals(Party.ACQUIRER, party(d, "Tarnly").role());
        }
        List<DealMention> plural = extract(null,
                "Regulators are again looking at Harrowgate Media's acquisitions of Plinth and Sorrel in 2014.",
                "2025-05-02");
        deal(plural, "Plinth", false);
        assertEquals(Party.ACQUIRER, party(deal(plural, "Sorrel", false), "Harrowgate").role());
    }

    @Test
    void snappedUpAndGobbledUpAreBuyingACompanyButNotCash() {
        List<DealMention> deals = extract("Mirelle buys Dutch rival Tobbe",
                """
                Mirelle, a dinner-booking app, has acquired Dutch rival Tobbe. The deal follows one in 2015 when the \
                company gobbled up Lyon-based Casserin. Another booking firm, Dinerly, was snapped up by \
                Halcyon Travel last year. Elsewhere, Vantly snapped up $20 million last week.""", "2017-09-14");
        assertEquals(Party.ACQUIRER, party(deal(deals, "Casserin", false), "Mirelle").role());
        assertEquals(Party.ACQUIRER, party(deal(deals, "Dinerly", false), "Halcyon").role());
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("acquisition") && d.target().contains("Vantly")),
                deals.toString());
    }

    @Test
    void aStakeInTheCombinedCompanyIsAMergersSplitNotADeal() {
        List<DealMention> deals = extract("Harwick to merge with Selby Media in $4 billion deal",
                """
                Harwick Group agreed to acquire Selby Media for $4 billion in stock. Once the transaction closes, \
                existing Harwick shareholders will hold a roughly 70% stake in the combined company, with Selby \
                shareholders owning the remaining 30%.""", "2026-01-12");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals(Party.ACQUIRER, party(deal(deals, "Selby", true), "Harwick").role());
    }

    @Test
    void youAsBuyerOrRaiserIsNoCompany() {
        List<DealMention> deals = extract("Gymlet adds yoga classes",
                """
                Gymlet, a fitness app, added yoga classes on Tuesday. Right now, you buy a 5 or 10 class plan on \
                Gymlet and use it anywhere. "It's cheaper for us to buy it in bulk," its founder said. "You can \
                raise $100 million but can't buy loyalty," he added.""", "2017-09-14");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void aDealUnderWayInThePresentIsNewsDeepInTheBody() {
        List<DealMention> deals = extract("Corvid opens a lab in Austin",
                """
                Corvid, a maker of chip design software, opened a lab in Austin on Tuesday. The lab will hire 200 \
                engineers. It will work with local universities. Its founder said the city was a natural choice. \
                Separately, Corvid is said to be raising new funding at a $2 billion valuation, according to people \
                familiar with the matter. Tessaly Capital is in talks to invest up to $300 million in Brakemore, a \
                rival.""", "2026-02-10");
        assertTrue(deal(deals, "Corvid", true).valuation() != null);
        deal(deals, "Brakemore", true);
    }

    @Test
    void aHedgedSumInvestedSoFarIsBackground() {
        List<DealMention> deals = extract("Quillmark seeks $5 billion in new funding",
                """
                Quillmark is seeking to raise up to $5 billion in new funding, people familiar said. Harlan Systems, \
                its biggest backer, has invested nearly $2 billion into the startup.""", "2026-02-10");
        assertMoney(5e9, "USD", deal(deals, "Quillmark", true).amount());
        DealMention earlier = deal(deals, "Quillmark", false);
        assertEquals(Party.INVESTOR, party(earlier, "Harlan").role());
    }

    @Test
    void aUnitMergedWithACompanyIsBoughtByIt() {
        List<DealMention> deals = extract("Tanager raises $80 million",
                """
                Tanager, a billing startup, has raised $80 million in a Series C round led by Orrin Capital. Earlier \
                this year, founder Lia Marsh merged her payments firm Pellby with Tanager.""", "2025-12-01");
        DealMention d = deal(deals, "Pellby", false);
        assertEquals("acquisition", d.type());
        assertEquals(Party.ACQUIRER, party(d, "Tanager").role());
    }

    @Test
    void itInATimeClauseIsTheSentencesOpeningCompany() {
        List<DealMention> deals = extract("Hallow launches team chat",
                """
                Hallow, a workplace software maker, launched a team chat app on Tuesday. Quibly once gained a large \
                following, but after it was acquired by Marlow Systems it lost users.""", "2017-09-14");
        assertEquals(Party.ACQUIRER, party(deal(deals, "Quibly", false), "Marlow").role());
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Hallow")), deals.toString());
    }

    @Test
    void aPastRoundToldInATakeoverStoryIsTheBoughtCompanys() {
        List<DealMention> deals = extract("Brandell acquires Quorvo",
                """
                Brandell, the accounting software giant, said on Monday it will acquire Quorvo, a payroll startup. \
                The price was not disclosed. Quorvo has 300 employees. The company raised $40 million from Tessaly \
                Ventures in 2015.""", "2017-07-25");
        DealMention earlier = deal(deals, "Quorvo", false);
        assertEquals("funding", earlier.type());
        assertMoney(40e6, "USD", earlier.amount());
        assertTrue(deals.stream().noneMatch(d -> d.type().equals("funding") && d.target().contains("Brandell")),
                deals.toString());
    }

    @Test
    void aFigureIncludingANamedRoundIsASum() {
        List<DealMention> deals = extract("Harbrook raises $30 million Series C",
                """
                Harbrook, a hotel booking startup, has closed a $30 million Series C round led by Tollmere Capital. \
                Before this deal, Harbrook had raised $21 million, including its $15 million Series B last year.""",
                "2017-08-02");
        assertTrue(deals.stream().noneMatch(d -> d.amount() != null && d.amount().value() == 21e6), deals.toString());
        DealMention earlier = deal(deals, "Harbrook", false);
        assertMoney(15e6, "USD", earlier.amount());
        assertEquals("series_b", earlier.round());
    }

    @Test
    void aWorthToldBesideASumRaisedSoFarIsNoRound() {
        List<DealMention> deals = extract("Parvel buys Lisbon-based Cortesa",
                """
                Parvel, a travel software maker, has acquired Lisbon-based Cortesa for $40 million. Tamsin, which \
                had raised over $900 million from investors, was valued at $4 billion as recently as 2016. Orvane, \
                which previously raised about $60 million, was valued at $700 million in its most recent round.""",
                "2017-06-14");
        assertTrue(deals.stream().noneMatch(d -> d.target().contains("Tamsin")), deals.toString());
        DealMention round = deals.stream().filter(d -> d.target().contains("Orvane")).findFirst()
                .orElseGet(() -> fail("no Orvane deal in " + deals));
        assertNotNull(round.valuation());
    }

    @Test
    void theCloseOfARoundIsNoFundClose() {
        DealMention a = deal(extract(null, "Quenby, a payments startup, announced the close of $20 million in Series A "
                + "funding led by Harrowgate Capital.", "2026-01-01"), "Quenby", true);
        assertEquals("series_a", a.round());
        assertEquals(Party.LEAD_INVESTOR, party(a, "Harrowgate").role());
        DealMention b = deal(extract(null, "Tolvane Bio today announced the first close of $15 million of its Series A "
                + "financing, led by Marrick Ventures.", "2026-01-01"), "Tolvane", true);
        assertEquals("series_a", b.round());
        assertEquals(Party.LEAD_INVESTOR, party(b, "Marrick").role());
        DealMention c = deal(extract(null, "Pelliot Robotics has completed a $12 million first close of its Series B round "
                + "led by Strand Partners.", "2026-01-01"), "Pelliot", true);
        assertEquals("series_b", c.round());
        assertEquals(Party.LEAD_INVESTOR, party(c, "Strand").role());
    }

    @Test
    void aFirmWhoseNameEndsInLpIsNoLimitedPartner() {
        List<DealMention> deals = extract(null, """
                Verity Ventures closed a $300 million fund. Bidders for the asset include Hallam Group LP and Odell \
                & Co LP.""", "2026-01-01");
        DealMention fund = deal(deals, "Verity Ventures", true);
        assertTrue(fund.parties().isEmpty(), fund.parties().toString());
        DealMention withLps = deal(extract(null, """
                Verity Ventures closed a $300 million fund. Its LP base includes Osgood Bank and Calder Insurance.""",
                "2026-01-01"), "Verity Ventures", true);
        assertEquals(Party.INVESTOR, party(withLps, "Osgood Bank").role());
    }

    @Test
    void aFundLaunchedBySomeoneElseIsNotTheArticlesCompanys() {
        List<DealMention> deals = extract(null, """
                Quarrel raised $20 million led by Fenwick Capital. A $50 million fund launched by the city government \
                will back similar startups.""", "2026-01-01");
        assertTrue(deals.stream().noneMatch(d -> d.amount() != null && d.amount().value() == 50e6), deals.toString());
    }

    @Test
    void aCompanyLaunchingAFundForOthersRaisesNothing() {
        assertTrue(extract(null, "Zorblo launched a $200 million fund for creators on Monday.", "2026-01-01").isEmpty());
        assertTrue(extract(null, "Zorblo makes video apps. It also launched a $10 million fund for creators.",
                "2026-01-01").stream().noneMatch(d -> d.amount() != null), "a programme is no raise");
        // an investment firm launching a fund does raise it
        assertMoney(50e6, "USD", deal(extract(null, "Hesper Ventures launched a $50 million fund for seed startups.",
                "2026-01-01"), "Hesper Ventures", true).amount());
    }

    @Test
    void aFirmNamedAfterPeopleClosesItsFund() {
        DealMention fund = deal(extract(null, "Andreessen Horowitz closed a $7.2 billion fund.", "2026-01-01"),
                "Andreessen Horowitz", true);
        assertMoney(7.2e9, "USD", fund.amount());
        assertEquals("completed", fund.status());
    }

    @Test
    void investorsInTheFundAreNotARecalledFundsLimitedPartners() {
        List<DealMention> deals = extract(null, """
                Orvane raised $10 million led by Sequoia, which closed a $500 million fund last year. Orvane said it \
                hired two engineers. Investors in the fund include Osgood Bank and Calder Insurance.""", "2026-01-01");
        assertTrue(deals.stream().allMatch(d -> d.parties().stream().noneMatch(p -> p.name().contains("Osgood"))),
                deals.toString());
        DealMention recalled = deal(deals, "Sequoia", false);
        assertMoney(500e6, "USD", recalled.amount());
    }

    @Test
    void fundWordingThatIsNoFundRaise() {
        assertTrue(extract(null, "Acmeo Capital raised $20 million Series A.", "2026-01-01").stream()
                .allMatch(d -> d.round() == null || d.round().equals("series_a")));
        List<DealMention> invested = extract(null, "Birch Ventures invested $5 million in Barlow from its $200 million fund.",
                "2026-01-01");
        assertTrue(invested.stream().noneMatch(d -> d.amount() != null && d.amount().value() == 200e6), invested.toString());
        assertTrue(extract(null, "Acmeo closed the deal at $300 million.", "2026-01-01").stream()
                .noneMatch(d -> d.type().equals("funding")));
        DealMention round = deal(extract(null, "Tresco said it closed its $50 million round.", "2026-01-01"), "Tresco", true);
        assertMoney(50e6, "USD", round.amount());
    }

    @Test
    void aHabitAfterTheRaiseVerbIsNoDeal() {
        List<DealMention> deals = extract(null, """
                Emerging managers, raising from pension funds, routinely aim to start with about $20 million, Dorrin \
                said.""", "2026-01-01");
        assertTrue(deals.isEmpty(), deals.toString());
    }

    @Test
    void aFundsCloseToldInOtherWords() {
        DealMention held = deal(extract(null, """
                Brisk Ventures announced a new $60 million fund for Nordic startups. The fund held its first close, \
                the firm said.""", "2026-01-01"), "Brisk Ventures", true);
        assertEquals("completed", held.status());
        DealMention marks = deal(extract(null, """
                Brisk Ventures announced a new $60 million fund for Nordic startups. Monday marks the fund's final \
                close.""", "2026-01-01"), "Brisk Ventures", true);
        assertEquals("completed", marks.status());
    }

    @Test
    void aFundRoundIsTheCompanysRound() {
        List<DealMention> deals = extract("Tamber closes $50 million fund round", """
                Tamber, a logistics startup, has closed a $50 million funding round led by Orrin Capital.""",
                "2026-01-01");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals(Party.LEAD_INVESTOR, party(deals.get(0), "Orrin").role());
    }

    @Test
    void aFundsFirstCloseFollowedByWhatItWillBackIsStillAFundClose() {
        DealMention a = deal(extract(null, "Larch Ventures announced the first close of $50 million, which it will use "
                + "for investment in seed rounds.", "2026-01-01"), "Larch Ventures", true);
        assertEquals("completed", a.status());
        DealMention b = deal(extract(null, "Larch Ventures announced a first close of $30 million to back seed stage "
                + "companies in Africa.", "2026-01-01"), "Larch Ventures", true);
        assertEquals("completed", b.status());
        assertNull(b.round());
    }

    @Test
    void aHedgedFigureRaisedThatOpensTheStoryIsItsRoundNotASum() {
        for (String lead : List.of(
                "Quillory, a payments startup, has raised more than $20 million in funding from Harwick Capital and Osterby.",
                "Quillory, a payments startup, has raised more than $20 million from Harwick Capital and Osterby, the "
                        + "company said on Tuesday.",
                "Quillory, a payments startup, has raised over $20 million in equity and debt from Harwick Capital and "
                        + "Osterby.")) {
            List<DealMention> deals = extract(null, lead + " It sells to banks.", "2026-01-01");
            DealMention d = deal(deals, "Quillory", true);
            assertMoney(20e6, "USD", d.amount());
            assertEquals(Party.INVESTOR, party(d, "Harwick").role(), lead);
            party(d, "Osterby");
        }
        assertMoney(20e6, "USD", deal(extract(null,
                "Quillory, a payments startup, said on Tuesday it has raised more than $20 million, as it expands in "
                        + "Europe.", "2026-01-01"), "Quillory", true).amount());
        // told in an aside beside the new round, the figure is still a sum
        List<DealMention> both = extract(null, """
                Quillory, which has raised more than $50 million from investors, on Tuesday raised $30 million in a                 round led by Harwick Capital.""", "2026-01-01");
        assertEquals(1, both.size(), both.toString());
        assertMoney(30e6, "USD", deal(both, "Quillory", true).amount());
    }

    @Test
    void aShareOfTheRoundToldInThePerfectIsNoSumOverYears() {
        List<DealMention> deals = extract(null, """
                Quillory raised $80 million in a Series C led by Harwick Capital. Osterby has invested more than $15                 million in the round.""", "2026-01-01");
        assertEquals(1, deals.size(), deals.toString());
        party(deal(deals, "Quillory", true), "Osterby");
        List<DealMention> committed = extract(null, """
                Brannock raised $120 million in a Series B. Tollmere Capital has committed more than $50 million to                 Brannock in the round.""", "2026-01-01");
        assertEquals(1, committed.size(), committed.toString());
        assertMoney(50e6, "USD", party(deal(committed, "Brannock", true), "Tollmere").amount());
    }

    @Test
    void aWorthToldWithTheTotalARoundBroughtItToIsTheRoundsWorth() {
        List<DealMention> deals = extract(null,
                "Quillory raised $30 million. It has now raised a total of $80 million at a valuation of $400 million.",
                "2026-01-01");
        DealMention d = deal(deals, "Quillory", true);
        assertMoney(30e6, "USD", d.amount());
        assertNotNull(d.valuation(), d.toString());
        assertEquals(400e6, d.valuation().value(), 1);
    }

    @Test
    void purchasesACompanyIsKnownForAreItsBackgroundAndTheListBuysNothing() {
        List<DealMention> deals = extract(null,
                "Zorbo, known for its acquisitions of Plinth Labs and Sorrel, bought Bolt on Monday.", "2026-01-01");
        assertEquals(Party.ACQUIRER, party(deal(deals, "Bolt", true), "Zorbo").role());
        for (String bought : List.of("Plinth", "Sorrel")) {
            DealMention d = deal(deals, bought, false);
            assertEquals(Set.of("Zorbo"), partyNames(d), d.toString());
        }
        List<DealMention> noBuyer = extract(null,
                "Regulators are looking again at its acquisitions of Plinth Labs and Sorrel.", "2026-01-01");
        assertTrue(deal(noBuyer, "Sorrel", false).parties().stream().noneMatch(p -> p.name().contains("Plinth")),
                noBuyer.toString());
    }

    @Test
    void aHedgedFigureRaisedToldPastTheLeadStaysASum() {
        List<DealMention> deals = extract("Quillory raises $30 million Series B", """
                Quillory, a payments startup, said on Tuesday it raised $30 million in a Series B round led by Harwick                 Capital. The company plans to hire engineers. It sells to banks in Europe and Asia. Its software runs                 on phones. The company has raised more than $50 million from investors including Osterby and Tallis                 Ventures.""", "2026-01-01");
        assertEquals(1, deals.size(), deals.toString());
        assertMoney(30e6, "USD", deal(deals, "Quillory", true).amount());
        assertTrue(deals.get(0).parties().stream().noneMatch(p -> p.name().contains("Osterby")), deals.toString());
    }

    @Test
    void theBackersOfASumToldBesideTheNewRoundAreNotTheRounds() {
        List<DealMention> deals = extract(null, """
                Quillory, which has raised more than $50 million from investors including Osterby and Tallis Ventures,                 on Tuesday raised $30 million in a round led by Harwick Capital.""", "2026-01-01");
        assertEquals(1, deals.size(), deals.toString());
        DealMention d = deal(deals, "Quillory", true);
        assertEquals(Set.of("Harwick Capital"), partyNames(d), d.toString());
    }

    @Test
    void aHearsaySumIsARoundWhenFreshMoneyIsNamedAfterIt() {
        List<DealMention> deals = extract("Quillory expands to Spain", """
                Quillory, a payments startup, is thought to have raised over $8 million in fresh funding led by                 Harwick Capital, people familiar with the matter said.""", "2026-01-01");
        DealMention d = deal(deals, "Quillory", true);
        assertMoney(8e6, "USD", d.amount());
        assertEquals(Party.LEAD_INVESTOR, party(d, "Harwick").role());
    }
}
