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
    void backersAfterTheLikesOf() {
        List<DealMention> deals = extract("Ravel closes $20M",
                "Ravel said that it has closed financing of $20 million from the likes of Arden Capital and Bexley "
                        + "Partners.", "2025-03-04");
        assertEquals(Set.of("Arden Capital", "Bexley Partners"), partyNames(deal(deals, "Ravel", true)));
    }
}
