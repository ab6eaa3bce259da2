package io.dealstream.extractor;

import java.util.Set;

/** The trigger words of deals, by the role they give the names around them. All lower case. */
final class DealWords {

    private DealWords() {
    }

    /** The company raising is the subject and an amount alone is enough: "X raised $5M". */
    static final Set<String> RAISE_STRONG = Lexicon.words("""
            raise raises raised raising secure secures secured securing land lands landed landing bag bags
            bagged bagging nab nabs nabbed score scores scored snag snags snagged garner garners garnered
            fetch fetches fetched""");

    /** The company raising is the subject, but a round word must follow: "X closed a $5M round". */
    static final Set<String> RAISE_WEAK = Lexicon.words("""
            close closes closed closing complete completes completed receive receives received get gets got
            pull pulls pulled pick picks picked rake rakes raked haul hauls hauled attract attracts attracted
            collect collects collected net nets netted grab grabs grabbed announce announces announced wrap
            wraps wrapped obtain obtains obtained draw draws drew lock locks locked take takes took win wins
            won unveil unveils unveiled finalize finalizes finalized finalise finalises finalised hit hits
            book books booked""");

    /** The investor is the subject, the company after "in/into/to/on" (or the object of "back"). */
    static final Set<String> INVEST_VERBS = Lexicon.words("""
            invest invests invested investing lead leads led leading co-lead co-leads co-led co-leading back
            backs backed backing bet bets betting commit commits committed committing pour pours poured pouring
            inject injects injected injecting put puts putting plough ploughs ploughed plow plows plowed
            participate participates participated participating join joins joined""");

    static final Set<String> ACQUIRE_VERBS = Lexicon.words("""
            acquire acquires acquired acquiring buy buys bought buying purchase purchases purchased purchasing
            absorb absorbs absorbed""");

    /** Verbs that with "up" mean buying a company: "was snapped up by X", "gobbled up Y", "scooped up". */
    static final Set<String> SNAP_UP_VERBS = Lexicon.words("""
            snap snaps snapped snapping gobble gobbles gobbled gobbling scoop scoops scooped scooping""");

    static final Set<String> SELL_VERBS = Lexicon.words("""
            sell sells sold selling divest divests divested divesting offload offloads offloaded offloading""");

    static final Set<String> MERGE_VERBS = Lexicon.words("merge merges merged merging combine combines combined");

    static final Set<String> ACQUISITION_NOUNS = Lexicon.words("""
            acquisition acquisitions purchase takeover take-over buyout buy-out acquiring""");

    static final Set<String> OFFER_NOUNS = Lexicon.words("offer offers bid bids proposal approach");

    static final Set<String> ROUND_NOUNS = Lexicon.words("""
            round funding financing investment raise fundraise fundraising backing injection placement
            seed series tranche capital""");

    static final Set<String> DEBT_NOUNS = Lexicon.words("""
            loan loans debt notes note bonds bond debentures debenture facility facilities borrowing
            borrowings""");

    static final Set<String> IPO_WORDS = Lexicon.words("ipo ipos listing debut");

    /** Nouns for the deal an article is about: "the deal", "the transaction". */
    static final Set<String> DEAL_NOUNS = Lexicon.words("""
            deal transaction agreement merger acquisition purchase takeover offer sale investment round
            funding financing arrangement combination buyout""");

    /** Money near these words is not a deal amount. */
    static final Set<String> NON_DEAL_MONEY = Lexicon.words("""
            revenue revenues sales turnover profit profits loss losses earnings income ebitda assets
            deposits budget salary salaries wages market spending capex expenses costs cost debt-free
            valuation valuations worth arr bookings gmv fine fines penalty penalties damages compensation
            dividend dividends gain gains writedown write-down impairment fee fees""");

    private static final Set<String> ALL = union();

    private static Set<String> union() {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        all.addAll(RAISE_STRONG);
        all.addAll(INVEST_VERBS);
        all.addAll(ACQUIRE_VERBS);
        all.addAll(SELL_VERBS);
        all.addAll(MERGE_VERBS);
        all.addAll(ACQUISITION_NOUNS);
        all.addAll(ROUND_NOUNS);
        all.addAll(DEAL_NOUNS);
        all.addAll(Lexicon.words("""
                gets lands scores nabs bags raises pulls closes completes secures picks announces acquires buys
                invests backs leads bets inks signs agrees agreed to sells takes stake stakes ipo merger deal
                valuation valued values hits reaches eyes plans seeks nears wins unit units bid bids talks"""));
        return Set.copyOf(all);
    }

    /** Whether a capitalised word is, in a headline, more likely a deal word than a name. */
    static boolean isDealWord(String lower) {
        return ALL.contains(lower);
    }
}
