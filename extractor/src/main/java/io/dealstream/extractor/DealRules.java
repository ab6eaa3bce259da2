package io.dealstream.extractor;

import io.dealstream.extractor.Frame.PartyRef;
import io.dealstream.extractor.Frame.Ref;
import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.extractor.Sentence.Name;
import io.dealstream.extractor.Sentence.Tok;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface rules that read deal frames out of tagged sentences: who raises, buys, sells or invests,
 * how much, at what valuation, with which parties in which roles, and whether the sentence reports
 * news or recalls the past. Each rule keys on general wording (deal verbs and nouns, role cues,
 * prepositions), never on a particular article.
 */
final class DealRules {

    private static final Set<String> OBJECT_STOPS = Lexicon.words("""
            for from to at by as which that who whom said says ; : with after before when while because amid
            following under through via than if unless including led backed valued worth - —""");
    private static final Set<String> CLAUSE_BREAKS = Lexicon.words("; but while whereas although though because");
    private static final Set<String> PRONOUNS = Lexicon.words("it its they their we our it's itself");
    private static final Set<String> AUX_SKIP = Lexicon.words("""
            has have had is are was were will would be been being to also just now today recently officially
            finally already has-been agreed agrees plans planned plan plans intends intend expects expected
            announced announces said says reportedly set wants aims seeks looking could may might should
            signed entered into an a agreement definitive binding deal letter of intent principle has""");
    private static final Set<String> TOTAL_CUES = Lexicon.words("total totals totaling totalling cumulative altogether overall");
    /** Words that hedge a figure ("more than", "close to", "a total of"), read back from the figure to its verb. */
    private static final Set<String> HEDGE_WORDS = Lexicon.words("""
            more than over about nearly roughly close to upwards of some around almost just under a total""");
    /** The hedges among them that make a perfect-tense figure a sum so far ("has raised more than $N"). */
    private static final Set<String> SUM_HEDGES = Lexicon.words("""
            more over nearly upwards almost close total about around roughly some""");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SERIES_LETTER = Pattern.compile("[A-Ka-k]\\+?|[A-K]-?\\d?");

    private final int publishedYear;
    private final int publishedMonth;

    DealRules(int publishedYear, int publishedMonth) {
        this.publishedYear = publishedYear;
        this.publishedMonth = publishedMonth;
    }

    /**
     * Every frame of one sentence. Call it once per sentence of one article, in order, on a fresh instance per
     * article: it keeps the fund told last for the sentences that follow (their limited partners, their close).
     */
    List<Frame> frames(Sentence s) {
        List<Frame> out = new ArrayList<>();
        Set<MoneySpan> used = new HashSet<>();
        fundFrames(s, out, used);
        fundInvestorFrames(s, out);
        fundCloseFrame(s, out);
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (DealWords.ACQUIRE_VERBS.contains(w)) {
                acquireVerb(s, i, out, used);
            } else if (w.equals("take") || w.equals("takes") || w.equals("took") || w.equals("taking")
                    || w.equals("taken")) {
                if (s.is(i + 1, "over") && !s.is(i + 2, "as")) {
                    acquireVerb(s, i + 1, out, used);
                } else if (s.find(i + 1, Math.min(s.size(), i + 6), "stake") >= 0) {
                    acquireVerb(s, i, out, used);
                }
            } else if (DealWords.SNAP_UP_VERBS.contains(w) && s.is(i + 1, "up") && s.moneyAt(i + 2) == null) {
                acquireVerb(s, i + 1, out, used); // "was snapped up by X", "gobbled up Y"; "snapped up $N" is cash
            } else if (DealWords.SELL_VERBS.contains(w)) {
                sellVerb(s, i, out, used);
            } else if (s.is(i, "pay", "pays", "paid", "paying")) {
                payVerb(s, i, out, used);
            } else if (DealWords.MERGE_VERBS.contains(w)) {
                mergeVerb(s, i, out, used);
            } else if (w.equals("merger") || w.equals("combination") && s.is(i - 1, "business")) {
                mergerNoun(s, i, out, used);
            } else if (DealWords.ACQUISITION_NOUNS.contains(w)) {
                acquisitionNoun(s, i, out, used);
            } else if (w.equals("sale") || w.equals("divestiture") || w.equals("divestment")) {
                saleNoun(s, i, out, used);
            } else if (DealWords.OFFER_NOUNS.contains(w)) {
                offerNoun(s, i, out, used);
            } else if (DealWords.RAISE_STRONG.contains(w) || DealWords.RAISE_WEAK.contains(w)) {
                raiseVerb(s, i, out, used);
            } else if (DealWords.INVEST_VERBS.contains(w)) {
                investVerb(s, i, out, used);
            } else if (w.equals("stake") || w.equals("stakes")) {
                stakeNoun(s, i, out, used);
            }
        }
        moneyNounFrames(s, out, used);
        partyListFrames(s, out);
        payingFrames(s, out, used);
        valuationFrames(s, out);
        statedDealValueFrames(s, out, used);
        receivedPriceFrames(s, out, used);
        premiumPriceFrames(s, out, used);
        eachInvesting(s, out);
        sharesFrom(s, out);
        for (Frame f : out) {
            finish(f);
            if (priceOfAPackage(s, f)) {
                f.weakAmount = true;
            }
            if (f.type.equals("acquisition") && f.amount != null && capitalBroughtIn(s, f.amount)) {
                f.amount = null;
            }
        }
        out.removeIf(f -> !f.attachment && hypothetical(s, f) || worthBesideASum(s, f));
        fundStatusAndTime(s, out);
        if (securitiesDisclaimer(s)) {
            out.removeIf(f -> f.type.equals("acquisition") || f.type.equals("investment"));
        }
        return out;
    }

    /**
     * "agreed to sell Serbia Broadband to A and other assets to B in a deal with an enterprise value of 1.5 billion
     * euros": the sum prices the whole package, not the one company; a price of that company alone told elsewhere
     * ("buying Serbia Broadband for 825 million euros") stands over it.
     */
    private static boolean priceOfAPackage(Sentence s, Frame f) {
        if (f.amount == null || !f.type.equals("acquisition") || f.amount.start() <= f.anchor) {
            return false;
        }
        for (int i = f.anchor + 1; i + 1 < f.amount.start(); i++) {
            if (s.is(i, "other") && s.is(i + 1, "assets", "businesses", "units", "operations", "properties")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will acquire Harrods Bank and benefit from around £80 million of capital coming into the business": capital the
     * bought business brings or receives, not what the buyer pays for it.
     */
    private static boolean capitalBroughtIn(Sentence s, MoneySpan m) {
        int j = m.end();
        if (!s.is(j, "of", "in")) {
            return false;
        }
        j++;
        while (j < s.size() && s.is(j, "new", "fresh", "additional", "regulatory", "growth")) {
            j++;
        }
        return s.is(j, "capital") && !s.is(j + 1, "gains", "gain", "stock", "shares");
    }

    /**
     * "... does not constitute an offer to sell, or a solicitation of an offer to purchase, any securities of the
     * Company": a press release's legal notice, where buying is only a word of the formula.
     */
    private static boolean securitiesDisclaimer(Sentence s) {
        return s.phraseAt("solicitation of an offer to", 0, s.size()) >= 0
                || s.phraseAt("solicitation of any offer to", 0, s.size()) >= 0;
    }

    /** Words that tell a habit rather than one deal: "managers often aim to start with $10 million". */
    private static final String[] HABIT_WORDS = {"often", "typically", "usually", "generally", "normally", "routinely"};

    /**
     * "... if SoftBank backs Uber": a deal supposed in a condition, not one told; and habits or classes rather than
     * one deal: "first-time fund managers often aim to start with $10 million", "companies that received $1 million".
     */
    private static boolean hypothetical(Sentence s, Frame f) {
        int from = Math.max(0, f.anchor - 8);
        if (s.find(from, f.anchor, HABIT_WORDS) >= 0
                && s.find(from, f.anchor, ",", ";") < 0) {
            return true;
        }
        // "first-time managers, raising from limited partners, often aim to start with $10 million"
        if (f.amount != null && f.amount.start() > f.anchor
                && s.find(f.anchor, f.amount.start(), HABIT_WORDS) >= 0) {
            return true;
        }
        if (s.is(f.anchor - 1, "that", "which", "who") && s.is(f.anchor - 2, "companies", "startups", "firms",
                "businesses", "ones", "founders")) {
            return true;
        }
        for (int j = f.anchor - 1; j >= Math.max(0, f.anchor - 25); j--) {
            if (s.is(j, ",")) {
                // skip back over an aside (", which has invested alongside Didi in many deals,")
                int last = -1;
                for (int k = j - 1; k >= Math.max(0, j - 15); k--) {
                    if (s.is(k, ",")) {
                        last = k;
                        break;
                    }
                }
                if (last >= 0 && s.is(last + 1, "which", "who", "whose")) {
                    j = last;
                    continue;
                }
                return false;
            }
            if (s.is(j, ";", ".")) {
                return false;
            }
            if (s.is(j, "if", "unless", "whether")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------
    // acquisitions

    private void acquireVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        if (s.is(v - 1, "the", "newly", "recently", "an", "a") && !s.is(v + 1, "by")) {
            return; // "the acquired company"
        }
        if (s.is(v, "acquiring") && s.is(v - 1, "the")) {
            return;
        }
        if (s.is(v, "buying") && (s.is(v + 1, "power", "spree", "opportunity") || s.is(v - 1, "share"))) {
            return;
        }
        if (s.is(v, "purchase", "purchases") && (s.is(v - 1, "the", "a", "its", "their", "this", "'s", "’s")
                || s.is(v + 1, "of", "price", "agreement", "obligations", "orders", "order"))) {
            if (s.is(v + 1, "of")) {
                acquisitionNoun(s, v, out, used);
            }
            return;
        }
        if (s.is(v, "buy", "buys") && s.is(v - 1, "a", "the", "good", "strong", "to") && s.is(v + 1, "rating", "recommendation")) {
            return;
        }
        if (!s.is(v + 1, "by") && genericSubject(s, v)) {
            return;
        }
        Frame f = new Frame("acquisition", s, v);
        clause(f);
        // passive: "Y was acquired by X", "Y, acquired by X in 2017"
        if (s.is(v + 1, "by")) {
            Ref acquirer = nameAfter(s, v + 2, f.hi);
            Name justBefore = s.is(v - 1, ",") ? s.nameEndingAt(v - 1) : null;
            // "virtual reality company Oculus VR, acquired by Facebook": the name the participle follows
            Ref target = justBefore != null && justBefore.canBeCompany() ? Ref.of(s, justBefore) : subjectBefore(s, v);
            if (acquirer == null || target == null) {
                return;
            }
            f.target = target;
            f.addParty(acquirer, Party.ACQUIRER, null);
            if (target.name != null && target.name.end < v) {
                // "Y, a unit of Z, was acquired by X", "Y, owned by Z, will be acquired by X"
                Ref seller = sellerAfter(s, target.name.end, v);
                if (seller != null && !sameRef(seller, target) && !sameRef(seller, acquirer)) {
                    f.addParty(seller, Party.SELLER, null);
                }
            }
            f.amount = amountNear(s, f, v, used, true);
            out.add(f);
            return;
        }
        if (s.is(v + 1, "through", "via")) {
            return; // "shares purchased through the Vision Fund": the buyer's vehicle, not what is bought
        }
        Ref subject = subjectBefore(s, v);
        if (sharesBoughtFrom(s, f, v, subject, out, used)) {
            return;
        }
        int objStart = v + 1;
        double pct = stakeBefore(s, objStart, Math.min(f.hi, v + 12));
        Ref object = boughtObjectAfter(s, objStart, f.hi);
        if (object == null) {
            Ref bought = objectOfRelativeClause(s, v);
            if (bought != null && subject != null && !sameRef(subject, bought)) {
                f.target = bought;
                f.addParty(subject, Party.ACQUIRER, null);
                f.amount = amountNear(s, f, v, used, true);
                out.add(f);
            }
            return;
        }
        if (object.name != null && s.is(object.name.start - 1, "of")
                && s.find(objStart, object.name.start, "subsidiaries", "subsidiary", "units", "divisions", "affiliates") >= 0) {
            // "agreed to buy certain assets of two subsidiaries of Standard Oil Co, for 40 mln dlrs": the units
            // bought are not named here; Standard Oil sells, and the price belongs to the article's deal
            Frame sale = attachmentAt(s, v, "acquisition");
            sale.addParty(object, Party.SELLER, null);
            sale.amount = amountNear(s, f, object.name.end, used, true);
            out.add(sale);
            return;
        }
        f.target = object;
        if (subject != null && !sameRef(subject, object)) {
            f.addParty(subject, Party.ACQUIRER, null);
        }
        int afterObject = object.name != null ? object.name.end : objStart;
        if (object.name != null && WARES.contains(s.lower(object.name.end))) {
            return; // "buying Facebook ads", "buy a VK group": the name only says whose wares
        }
        if (object.anaphor && subject == null && s.is(objStart, "it", "them")) {
            return; // "before buying it", "to buy it": a shopper's verb with no buyer named
        }
        if (object.anaphor && reportingClauseOnly(s, objStart, f.hi)) {
            return; // "agreed to acquire the issues, it said": the "it" is the speaker, not what is bought
        }
        if (pct < 0) {
            pct = stakeRestated(s, afterObject, f.hi);
        }
        boolean unsizedStake = pct < 0 && s.find(objStart, object.name != null ? object.name.start : afterObject,
                "stake", "stakes", "position", "shares") >= 0 && !majorityNear(s, v, afterObject);
        if (addSellerAndStake(s, f, object, afterObject, v, pct) || unsizedStake) {
            // "takes a stake in BP", "began acquiring a position in Uber": a holding, not control
            asInvestment(f);
        }
        f.amount = amountNear(s, f, afterObject, used, true);
        if (f.type.equals("investment") && f.amount == null) {
            return;
        }
        out.add(f);
        if (f.type.equals("acquisition") && object.name != null) {
            addListedTargets(s, f, object.name, out);
        }
    }

    private static final Set<String> MODALS_AND_ADVERBS = Lexicon.words("""
            can could will would should might may must to just then now simply also still only""");

    /**
     * "You can raise $100 million but can't buy relationships", "you buy a class plan on ClassPass", "it's cheaper for
     * us to buy it": a reader or speaker in general does the buying or raising, no company.
     */
    private static boolean genericSubject(Sentence s, int v) {
        int i = v - 1;
        while (i >= 0 && MODALS_AND_ADVERBS.contains(s.lower(i))) {
            i--;
        }
        return s.is(i, "you") || s.is(i, "us", "me") && s.is(i - 1, "for");
    }

    /**
     * "FreeCharge, the payment business that Snapdeal acquired two years ago, ...": the name an object relative clause
     * hangs on is what its verb's subject bought. Null unless the words before the verb read ", the NOUNS that NAME".
     */
    private static Ref objectOfRelativeClause(Sentence s, int v) {
        Name buyer = s.nameEndingAt(v);
        // "Welkio, a sign-in system for offices that it purchased last year": the buyer told by a pronoun
        int buyerStart = buyer != null ? buyer.start : s.is(v - 1, "it", "they") ? v - 1 : -1;
        if (buyerStart < 0 || !s.is(buyerStart - 1, "that", "which")) {
            return null;
        }
        // the aside may run long ("a mobile messaging system for the construction trade that X bought") when no
        // capitalised word, name or figure breaks it
        for (int k = buyerStart - 2; k >= Math.max(1, buyerStart - 13); k--) {
            if (s.is(k, ",", "—", "--", "–")) {
                Name n = s.nameEndingAt(k);
                boolean aside = s.is(k + 1, "the", "a", "an");
                return aside && n != null && n.canBeCompany() && !n.possessive
                        ? Ref.of(s, n) : null;
            }
            if (s.nameAt(k) != null || s.toks.get(k).capitalised() || s.moneyAt(k) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Archer will acquire Wisk Aero, SkyGrid and Insitu", "the Lyons-based Rhodic and Remalard-based Buhler-Fontaine
     * units": each company in a list after the verb is bought, by the same buyer (the price is the whole deal's).
     */
    private void addListedTargets(Sentence s, Frame f, Name first, List<Frame> out) {
        int i = first.end;
        for (int guard = 0; guard < 8 && i < f.hi; guard++) {
            if (!s.is(i, ",", "and")) {
                return;
            }
            int j = i + 1;
            if (s.is(i, ",") && s.is(j, "and")) {
                j++;
            }
            while (j < f.hi && j < i + 5 && s.nameAt(j) == null && (s.isInnerHyphen(j) || s.is(j + 1, "-")
                    || s.lower(j).endsWith("-based") || s.is(j - 1, "-"))) {
                j++; // "Remalard-based": a place-based descriptor before the next name
            }
            Name next = s.nameStartingAt(j);
            if (next != null && next.descriptorSuffix != null) {
                next = s.nameStartingAt(next.end + 2); // "Remalard-based Buhler-Fontaine"
            }
            if (next == null || !next.canBeCompany() || next.possessive || first.text.length() <= 2) {
                return;
            }
            Frame g = new Frame("acquisition", s, f.anchor);
            g.lo = f.lo;
            g.hi = f.hi;
            g.target = Ref.of(s, next);
            for (PartyRef p : f.parties) {
                g.addParty(p.ref, p.role, null);
            }
            out.add(g);
            i = next.end;
        }
    }

    private void acquisitionNoun(Sentence s, int k, List<Frame> out, Set<MoneySpan> used) {
        if (s.is(k, "purchase") && s.is(k + 1, "price", "agreement", "obligations", "order", "orders")) {
            return;
        }
        if (s.is(k, "acquisitions") && !s.is(k + 1, "of")) {
            return; // "acquisitions in the 300 mln dlr range": plural, no target
        }
        Frame f = new Frame("acquisition", s, k);
        clause(f);
        int of = -1;
        for (int j = k + 1; j <= Math.min(k + 4, s.size() - 1); j++) {
            if (s.is(j, "of")) {
                of = j;
                break;
            }
            if (!s.is(j, "today", "earlier", "this", "week", "announced", "yesterday", "last", "month", "year")) {
                break;
            }
        }
        Name talkedWith = of < 0 ? partnerInTalks(s, k) : null;
        if (talkedWith != null) {
            // "confirms discussions with Springworks Therapeutics, Inc. on a potential acquisition"
            f.target = Ref.of(s, talkedWith);
            Ref talker = subjectBefore(s, talkedWith.start);
            if (talker != null && !sameRef(talker, f.target)) {
                f.addParty(talker, Party.ACQUIRER, null);
            }
            f.amount = amountNear(s, f, k, used, true);
            out.add(f);
            return;
        }
        if (of < 0) {
            // "the acquisition", "the $20m acquisition": elaborates the article's acquisition
            f.attachment = true;
            f.attachType = "acquisition";
            // "Its Pacific Southwest takeover ... is for 400 mln dlrs": the name before the noun is what is bought
            Name bought = s.nameEndingAt(k);
            if (bought != null && bought.canBeCompany() && s.is(bought.start - 1, "its", "their", "the", "his", "her")) {
                f.target = Ref.of(s, bought);
            }
            f.amount = amountNear(s, f, k, used, false);
            if (f.amount != null) {
                f.weakAmount = true;
            }
            out.add(f);
            return;
        }
        if (s.is(of + 1, "its", "their", "his", "her") && s.is(of + 2, "own")) {
            return; // "with an acquisition of its own": an aside, no company named
        }
        double pct = stakeBefore(s, of + 1, Math.min(f.hi, of + 10));
        Ref object = boughtObjectAfter(s, of + 1, f.hi);
        if (object == null) {
            return;
        }
        f.target = object;
        int afterObject = object.name != null ? object.name.end : of + 1;
        Ref acquirer = null;
        int by = s.find(afterObject, Math.min(f.hi, afterObject + 6), "by");
        if (by >= 0) {
            acquirer = nameAfter(s, by + 1, f.hi);
        }
        Ref counterparty = acquirer == null ? talksWith(s, k) : null;
        if (counterparty != null) {
            // "X entered into discussions with Y regarding the acquisition of Z": X buys, Y sells
            acquirer = subjectBefore(s, counterparty.name.start - 1);
            if (acquirer != null && acquirer.name == counterparty.name) {
                acquirer = null;
            }
            if (!sameRef(counterparty, object) && !sameRef(counterparty, acquirer)) {
                f.addParty(counterparty, Party.SELLER, null);
            }
        }
        if (acquirer == null && counterparty == null) {
            acquirer = ownerBefore(s, k);
        }
        if (acquirer != null && !sameRef(acquirer, object)) {
            f.addParty(acquirer, Party.ACQUIRER, null);
        }
        addSellerAndStake(s, f, object, afterObject, k, pct);
        f.amount = amountNear(s, f, afterObject, used, true);
        out.add(f);
        if (s.is(k, "acquisitions", "purchases", "takeovers") && object.name != null && f.type.equals("acquisition")) {
            addListedTargets(s, f, object.name, out); // "its acquisitions of Instagram and WhatsApp": one deal each
        }
    }

    /** The company named in "talks/discussions/negotiations with X (on|about|over|regarding) ... acquisition". */
    private Name partnerInTalks(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(1, k - 12); j--) {
            if (s.is(j, "with") && s.is(j - 1, "talks", "discussions", "negotiations", "negotiating", "talking")) {
                Name n = s.nameStartingAt(j + 1);
                if (n == null || !n.canBeCompany() || s.find(n.end, k, "on", "about", "over", "regarding",
                        "concerning", "for") < 0) {
                    return null;
                }
                return n;
            }
            if (s.is(j, ".", ";")) {
                break;
            }
        }
        return null;
    }

    /**
     * Adds the seller named after the bought company ("from Z") and records the stake bought; a
     * stake under half with no majority wording near {@code cue} makes the deal an investment.
     * True when it did.
     */
    private boolean addSellerAndStake(Sentence s, Frame f, Ref object, int afterObject, int cue, double pct) {
        Ref seller = sellerAfter(s, afterObject, f.hi);
        if (seller == null) {
            seller = possessiveOwner(s, object);
        }
        if (seller != null && !sameRef(seller, object)) {
            f.addParty(seller, Party.SELLER, null);
        }
        if (pct < 0) {
            return false;
        }
        f.stakePercent = pct;
        if (pct < 50 && !majorityNear(s, cue, afterObject)) {
            f.type = "investment";
            return true;
        }
        return false;
    }

    /** "talks/discussions with Y regarding/over the (potential) acquisition" before the noun at {@code k}: Y, else null. */
    private Ref talksWith(Sentence s, int k) {
        int j = k - 1;
        while (j > 0 && s.is(j, "the", "a", "potential", "possible", "proposed")) {
            j--;
        }
        if (!s.is(j, "regarding", "over", "about", "on", "concerning")) {
            return null;
        }
        Name y = s.nameEndingAt(j);
        if (y == null && s.is(j - 1, ")")) {
            int open = s.find(Math.max(0, j - 8), j, "(");
            y = open > 0 ? s.nameEndingAt(open) : null; // "with CVC Fund VII ("CVC") regarding"
        }
        if (y == null || !y.canBeCompany() || !s.is(y.start - 1, "with")
                || s.find(Math.max(0, y.start - 5), y.start, "talks", "discussions", "negotiations", "agreement") < 0) {
            return null;
        }
        return Ref.of(s, y);
    }

    /** "Daimler's Croove": the company that owns the one bought, so sells it; else null. */
    private static Ref possessiveOwner(Sentence s, Ref object) {
        if (object == null || object.name == null || !s.is(object.name.start - 1, "'s", "’s")) {
            return null;
        }
        Name owner = s.nameEndingAt(object.name.start - 1);
        return owner != null && owner.canBeCompany() && !isMedia(owner) ? Ref.of(s, owner) : null;
    }

    /** "an offer for Y", "a bid for Y", "a takeover offer by X for Y". */
    private void offerNoun(Sentence s, int k, List<Frame> out, Set<MoneySpan> used) {
        if (s.is(k, "offer", "offers") && s.is(k - 1, "public", "initial", "secondary")) {
            return;
        }
        if (s.is(k, "approach") && !s.is(k + 1, "for", "to")) {
            return;
        }
        int hi = Math.min(s.size(), k + 14);
        int forAt = -1;
        int byAt = -1;
        for (int j = k + 1; j < hi; j++) {
            if (s.is(j, "for") && forAt < 0) {
                forAt = j;
            } else if (s.is(j, "by", "from") && byAt < 0 && forAt < 0) {
                byAt = j;
            } else if (s.is(j, ".", ";")) {
                break;
            }
        }
        if (forAt < 0 || !(s.is(k - 1, "takeover", "acquisition", "buyout", "tender", "unsolicited", "hostile",
                "rival", "cash", "sweetened", "higher", "an", "the", "its", "their", "a", "new", "revised", "formal",
                "merger", "all-cash", "informal", "agreed", "recommended", "improved", "final", "competing", "friendly",
                "possible", "potential", "binding", "non-binding", "firm") || s.moneyAt(k - 1) != null
                || s.moneyAt(k - 2) != null || s.is(k - 1, "bid", "offer"))) {
            return;
        }
        Frame f = new Frame("acquisition", s, k);
        clause(f);
        Ref target = boughtObjectAfter(s, forAt + 1, f.hi);
        if (target == null) {
            return;
        }
        f.target = target;
        Ref bidder = byAt >= 0 ? nameAfter(s, byAt + 1, forAt) : ownerBefore(s, k);
        if (bidder != null && !sameRef(bidder, target)) {
            f.addParty(bidder, Party.ACQUIRER, null);
            // "PepsiCo Inc subsidiary Taco Bell Corp": the parent is named too
            if (byAt >= 0 && bidder.name != null) {
                Name second = nextName(s, bidder.name.end, forAt);
                if (second != null && s.find(bidder.name.end, second.start, "subsidiary", "unit", "affiliate") >= 0) {
                    f.addParty(Ref.of(s, second), Party.ACQUIRER, null);
                }
            }
        }
        f.amount = amountNear(s, f, k, used, true);
        f.status = "planned";
        out.add(f);
    }

    /** A holding rather than control (a minority or unsized stake): an investment, whose buyer invests. */
    private static void asInvestment(Frame f) {
        f.type = "investment";
        for (PartyRef p : f.parties) {
            if (p.role.equals(Party.ACQUIRER)) {
                p.role = Party.INVESTOR;
            }
        }
    }

    /** "X paid upwards of $250 million for Y": a price paid for a company is its acquisition. */
    private void payVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        MoneySpan price = null;
        for (int j = v + 1; j < Math.min(s.size(), v + 6); j++) {
            MoneySpan m = s.moneyAt(j);
            if (m != null) {
                price = m;
                break;
            }
        }
        if (price == null || used.contains(price) || !price.isLumpSum() || !s.is(price.end(), "for")) {
            return;
        }
        Frame f = new Frame("acquisition", s, v);
        clause(f);
        double pct = stakeBefore(s, price.end() + 1, Math.min(f.hi, price.end() + 10));
        Ref target = boughtObjectAfter(s, price.end() + 1, f.hi);
        if (target == null || target.name == null || !target.name.canBeCompany()) {
            return; // "paid $5 million for the rights", "for it": no company named
        }
        f.target = target;
        Ref buyer = subjectBefore(s, v);
        if (buyer != null && !sameRef(buyer, target)) {
            f.addParty(buyer, Party.ACQUIRER, null);
        }
        boolean minorityStake = addSellerAndStake(s, f, target, target.name.end, v, pct)
                || pct < 0 && s.find(target.name.end, Math.min(f.hi, target.name.end + 3), "stake", "stakes") >= 0
                && !majorityNear(s, v, Math.min(f.hi, target.name.end + 3));
        if (minorityStake) {
            // "pay $15 billion for Scale AI stake": a stake of unstated size is bought as an investment
            asInvestment(f);
        }
        f.amount = price;
        used.add(price);
        out.add(f);
    }

    /** "shares of its common stock", "new shares", "its own shares": a company selling its own equity. */
    private static boolean issuesOwnSecurities(Sentence s, int from, int to) {
        int shares = s.find(from, to, "shares", "stock", "units");
        if (shares < 0 || s.is(from, "its") && s.is(from + 1, "stake", "holding", "interest")) {
            return false;
        }
        return s.find(from, shares, "new", "treasury") >= 0 || s.phraseAt("of its", shares, Math.min(to, shares + 3)) >= 0
                || s.phraseAt("its own", from, shares) >= 0;
    }

    private void sellVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        if (s.is(v - 1, "the", "a") || s.is(v + 1, "-", "off") && s.is(v + 2, "side")) {
            return;
        }
        Frame f = new Frame("acquisition", s, v);
        clause(f);
        int to = -1;
        for (int j = v + 1; j < Math.min(f.hi, v + 25); j++) {
            if (s.is(j, "to") && !s.is(j + 1, "be", "raise", "fund", "pay", "help", "focus", "reduce", "cut")) {
                to = j;
                break;
            }
            if (s.is(j, "for") && s.moneyAt(j + 1) != null) {
                j = s.moneyAt(j + 1).end() - 1; // "sold last year for $600 million to Y": the buyer may follow the price
                continue;
            }
            if (s.is(j, ".", ";")) {
                break;
            }
        }
        int objectEnd = to >= 0 ? to : Math.min(f.hi, v + 12);
        if (issuesOwnSecurities(s, v + 1, objectEnd)) {
            // "Laser Photonics said it sold 615,385 shares of its common stock to investors for one mln dlrs"
            Ref issuer = subjectBefore(s, v);
            if (issuer == null) {
                return;
            }
            f.type = "investment";
            f.target = issuer;
            Ref holder = to >= 0 ? nameAfter(s, to + 1, f.hi) : null;
            if (holder != null && !sameRef(holder, issuer)) {
                f.addParty(holder, Party.INVESTOR, null);
            }
            f.amount = amountNear(s, f, v, used, true);
            if (f.amount != null) {
                out.add(f);
            }
            return;
        }
        boolean participle = s.is(v, "sold") || s.lower(v).endsWith("ed");
        boolean passive = participle && (s.is(v - 1, "was", "were", "been", "be", "is", "are", "being") || s.is(v + 1, "to"));
        Ref seller;
        Ref target;
        Ref buyer = to >= 0 ? nameAfter(s, to + 1, f.hi) : null;
        if (passive && (s.is(v + 1, "to") || objectAfter(s, v + 1, to >= 0 ? to : Math.min(f.hi, v + 15)) == null)) {
            // a passive sale names a buyer or a price: "where coins are sold" is no deal
            if (buyer == null && amountNear(s, f, v, new HashSet<>(used), true) == null) {
                return;
            }
            target = subjectBefore(s, v);
            seller = ownerBefore(s, target != null && target.name != null ? target.name.start : v);
            if (seller != null && (seller.name == null || target == null || target.name == null
                    || seller.name.end > target.name.start)) {
                seller = null;
            }
        } else {
            seller = subjectBefore(s, v);
            int end = to >= 0 ? to : Math.min(f.hi, v + 15);
            target = objectAfter(s, v + 1, end);
            if (target == null && seller != null) {
                String described = describedAsset(s, v + 1, end);
                if (described != null && seller.text != null) {
                    target = new Ref(seller.text + " " + described, null, s, false);
                } else if (described != null && seller.anaphor) {
                    target = new Ref(null, null, s, true);
                    target.text = null;
                }
            }
        }
        if (target == null || buyer == null && seller == null) {
            return;
        }
        if (target.anaphor && target.text == null && seller != null && seller.anaphor) {
            return;
        }
        f.target = target;
        if (buyer != null && !sameRef(buyer, target)) {
            f.addParty(buyer, Party.ACQUIRER, null);
        }
        if (seller != null && !sameRef(seller, target) && (buyer == null || !sameRef(seller, buyer))) {
            f.addParty(seller, Party.SELLER, null);
        }
        double pct = stakeBefore(s, v + 1, Math.min(f.hi, v + 12));
        // "sold 42,800 ERC common shares", "sold its entire 6.0 pct, or 243,400-share, stake in X": a holding sold
        boolean holdingSold = pct < 0 && target.name != null
                && (s.find(v + 1, target.name.start, "stake", "shares", "holding") >= 0
                || s.is(target.name.end, "shares", "common", "stock", "stake"));
        if (pct >= 0 || holdingSold) {
            f.stakePercent = pct;
            // "sold its entire 6.0 pct stake": with a size stated, only "remaining"/"majority" means control
            boolean control = s.find(Math.max(0, v - 3), Math.min(f.hi, v + 12), "majority", "controlling", "remaining") >= 0;
            if (holdingSold || pct < 50 && !control) {
                asInvestment(f);
            }
        }
        f.amount = amountNear(s, f, v, used, true);
        if (f.type.equals("investment") && f.amount == null) {
            return;
        }
        out.add(f);
    }

    private void saleNoun(Sentence s, int k, List<Frame> out, Set<MoneySpan> used) {
        if (!s.is(k + 1, "of")) {
            return;
        }
        Frame f = new Frame("acquisition", s, k);
        clause(f);
        int to = s.find(k + 2, Math.min(f.hi, k + 20), "to");
        int end = to >= 0 ? to : Math.min(f.hi, k + 15);
        Ref target = objectAfter(s, k + 2, end);
        Ref seller = possessiveOwner(s, target); // "the sale of Daimler's Croove unit to Turo"
        if (seller == null) {
            seller = ownerBefore(s, k);
        }
        if (target == null && seller != null && seller.text != null) {
            String described = describedAsset(s, k + 2, end);
            if (described != null) {
                target = new Ref(seller.text + " " + described, null, s, false);
            }
        }
        Ref buyer = to >= 0 ? nameAfter(s, to + 1, f.hi) : null;
        if (target == null || buyer == null && seller == null) {
            return;
        }
        f.target = target;
        if (buyer != null) {
            f.addParty(buyer, Party.ACQUIRER, null);
        }
        if (seller != null && !sameRef(seller, target)) {
            f.addParty(seller, Party.SELLER, null);
        }
        f.amount = amountNear(s, f, k, used, true);
        out.add(f);
    }

    private void mergeVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        Frame f = new Frame("acquisition", s, v);
        clause(f);
        if (s.is(v, "combined") && !s.is(v + 1, "with")) {
            return;
        }
        if (s.is(v + 1, "with")) {
            Ref target = nameAfter(s, v + 2, f.hi);
            Ref acquirer = subjectBefore(s, v);
            if (target == null) {
                return;
            }
            f.target = target;
            if (acquirer != null && !sameRef(acquirer, target)) {
                f.addParty(acquirer, Party.ACQUIRER, null);
            }
        } else if (mergedUnitWith(s, v, f)) {
            // "Bansal merged his observability firm Traceable with Harness": the unit joins the company after "with"
        } else if (s.is(v + 1, "into")) {
            Ref acquirer = nameAfter(s, v + 2, f.hi);
            Ref target = subjectBefore(s, v);
            if (target == null || acquirer == null) {
                return;
            }
            f.target = target;
            f.addParty(acquirer, Party.ACQUIRER, null);
        } else {
            // "A and B agreed to merge"
            List<Ref> subjects = subjectList(s, v);
            if (subjects.size() < 2) {
                return;
            }
            f.target = subjects.get(subjects.size() - 1);
            f.addParty(subjects.get(0), Party.ACQUIRER, null);
        }
        f.amount = amountNear(s, f, v, used, true);
        out.add(f);
    }

    /**
     * "X merged its payments unit Pellby with Tanager", "merged Pellby into Tanager": the named object is folded into
     * the company after "with"/"into", which is its buyer. Sets f's target and buyer; false if the words do not fit.
     */
    private boolean mergedUnitWith(Sentence s, int v, Frame f) {
        int j = v + 1;
        if (s.is(j, "its", "his", "her", "their")) {
            j++;
        }
        while (j < Math.min(f.hi, v + 7) && s.nameAt(j) == null && s.toks.get(j).hasLetter()
                && !s.toks.get(j).capitalised() && !s.is(j, "with", "into", "and", "the", "a")) {
            j++;
        }
        Name object = s.nameStartingAt(j);
        if (object == null || !object.canBeCompany() || object.possessive || !s.is(object.end, "with", "into")) {
            return false;
        }
        Ref buyer = nameAfter(s, object.end + 1, f.hi);
        if (buyer == null || buyer.name == null || sameRef(buyer, Ref.of(s, object))) {
            return false;
        }
        f.target = Ref.of(s, object);
        f.addParty(buyer, Party.ACQUIRER, null);
        return true;
    }

    private void mergerNoun(Sentence s, int k, List<Frame> out, Set<MoneySpan> used) {
        Frame f = new Frame("acquisition", s, k);
        clause(f);
        int j = k + 1;
        if (s.is(j, "agreement", "deal", "pact", "talks", "plan", "proposal", "discussions", "negotiations")) {
            j++;
        }
        if (s.is(j, "with")) {
            Ref target = nameAfter(s, j + 1, f.hi);
            if (target == null) {
                return;
            }
            f.target = target;
            Ref acquirer = ownerBefore(s, k);
            if (acquirer != null && !sameRef(acquirer, target)) {
                f.addParty(acquirer, Party.ACQUIRER, null);
            }
        } else if (s.is(j, "of", "between")) {
            Name a = nextName(s, j + 1, Math.min(f.hi, j + 12));
            if (a == null) {
                return;
            }
            int and = a.end;
            while (and < f.hi && s.is(and, "'s", "’s")) {
                and++;
            }
            Name b = null;
            int link = s.find(a.end, Math.min(f.hi, a.end + 8), "and", "with");
            if (link >= 0) {
                b = nextName(s, link + 1, Math.min(f.hi, link + 8));
            }
            if (b == null) {
                // "approved the merger of Morning Star Mine interests": one company merged into the subject
                if (!a.canBeCompany() || s.is(j, "between") || a.start > j + 3) {
                    return;
                }
                f.target = Ref.of(s, a);
                Ref into = ownerBefore(s, k);
                if (into == null) {
                    into = subjectBefore(s, k);
                }
                if (into != null && !sameRef(into, f.target)) {
                    f.addParty(into, Party.ACQUIRER, null);
                }
                f.amount = amountNear(s, f, k, used, true);
                out.add(f);
                return;
            }
            f.target = Ref.of(s, b);
            f.addParty(Ref.of(s, a), Party.ACQUIRER, null);
        } else {
            // "A and B announce merger", "the merger": the article's deal
            List<Ref> subjects = subjectList(s, k);
            if (subjects.size() >= 2) {
                f.target = subjects.get(subjects.size() - 1);
                f.addParty(subjects.get(0), Party.ACQUIRER, null);
            } else {
                f.attachment = true;
                f.attachType = "acquisition";
                f.amount = amountNear(s, f, k, used, false);
                if (f.amount != null) {
                    f.weakAmount = true;
                }
                out.add(f);
                return;
            }
        }
        f.amount = amountNear(s, f, k, used, true);
        out.add(f);
    }

    /** "X bought a 20 pct stake in Y", "X's $2.3 billion stake in Y". */
    private void stakeNoun(Sentence s, int k, List<Frame> out, Set<MoneySpan> used) {
        int in = -1;
        if (s.is(k + 1, "in", "of")) {
            in = k + 1;
        }
        if (in < 0) {
            return;
        }
        if (s.is(in + 1, "the") && s.is(in + 2, "combined", "merged", "enlarged")) {
            return; // "Fox shareholders will hold a 73% stake in the combined company": a merger's split, no deal
        }
        for (Frame other : out) {
            if (other.sentence == s && Math.abs(other.anchor - k) < 10 && !other.attachment) {
                return; // the verb's frame covers it
            }
        }
        Frame f = new Frame("investment", s, k);
        clause(f);
        Ref target = nameAfter(s, in + 1, f.hi);
        if (target == null) {
            return;
        }
        int verb = -1;
        for (int j = k - 1; j >= Math.max(f.lo, k - 8); j--) {
            if (s.is(j, "bought", "buy", "buys", "acquired", "acquire", "acquires", "took", "take", "takes",
                    "taking", "amassed", "built", "builds", "building", "holds", "held", "owns", "raised", "sold",
                    "sell", "sells", "selling", "purchased", "purchase", "increased", "boosted", "cut", "reduced",
                    "transfer", "transfers", "transferred", "transferring", "offload", "offloads", "offloaded")) {
                verb = j;
                break;
            }
        }
        Ref owner = verb >= 0 ? subjectBefore(s, verb) : ownerBefore(s, k);
        if (verb >= 0 && s.is(verb, "holds", "held", "owns")) {
            return; // a holding, not a deal
        }
        f.target = target;
        boolean selling = verb >= 0 && s.is(verb, "sold", "sell", "sells", "selling", "cut", "reduced", "transfer",
                "transfers", "transferred", "transferring", "offload", "offloads", "offloaded");
        int passiveSale = target.name == null ? -1
                : s.find(target.name.end, Math.min(f.hi, target.name.end + 8), "sold", "transferred", "offloaded");
        if (verb < 0 && passiveSale >= 0) {
            selling = true; // "its stake in Y is to be transferred to Z"
        }
        if (owner != null && !sameRef(owner, target)) {
            f.addParty(owner, selling ? Party.SELLER : Party.INVESTOR, null);
        }
        if (selling && target.name != null) {
            // "... its stake in Y to Z": Z buys the stake
            int to = s.find(target.name.end, Math.min(f.hi, target.name.end + 10), "to");
            Ref buyer = to >= 0 ? nameAfter(s, to + 1, f.hi) : null;
            if (buyer != null && !buyer.anaphor && !sameRef(buyer, target) && !sameRef(buyer, owner)) {
                f.addParty(buyer, Party.INVESTOR, null);
            }
        }
        double pct = stakeBefore(s, Math.max(f.lo, k - 6), k + 1);
        f.stakePercent = pct;
        if (pct >= 50 || s.find(Math.max(f.lo, k - 4), k, "majority", "controlling") >= 0) {
            f.type = "acquisition";
            for (PartyRef p : f.parties) {
                if (p.role.equals(Party.INVESTOR)) {
                    p.role = Party.ACQUIRER;
                }
            }
        }
        f.amount = amountNear(s, f, Math.max(f.lo, k - 5), used, true);
        if (f.amount == null && f.type.equals("investment")) {
            return;
        }
        out.add(f);
    }

    // ------------------------------------------------------------------------------------------
    // funding

    private void raiseVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        boolean strong = DealWords.RAISE_STRONG.contains(s.lower(v));
        if (genericSubject(s, v)) {
            return;
        }
        // "will receive $N from Bolt for the business of Acme Aerospace": a sale's price, left to receivedPriceFrames
        if (s.is(v, "receive", "receives", "received", "receiving")
                && s.money.stream().anyMatch(m -> m.start() > v && m.start() <= v + 4 && saleToldBySeller(s, m) != null)) {
            return;
        }
        if (s.is(v - 1, "the", "a", "an", "this", "its", "their", "new", "latest", "fresh")
                && !s.is(v, "raised", "secured", "closed", "completed", "received", "announced", "landed")) {
            return; // "the raise" is a noun
        }
        int hi = clauseEnd(s, v);
        int moneyLimit = Math.min(hi, v + 14);
        // "raised its stake/offer/price", "raised concerns"
        for (int j = v + 1; j < Math.min(hi, v + 5); j++) {
            if (s.is(j, "stake", "offer", "bid", "price", "prices", "forecast", "guidance", "concerns", "questions",
                    "awareness", "rates", "rate", "dividend", "estimate", "estimates", "outlook", "holding", "target",
                    "ire", "eyebrows", "doubts", "alarm", "issue", "issues", "money")) {
                if (!s.is(j, "money")) {
                    return;
                }
            }
        }
        MoneySpan m = null;
        for (MoneySpan cand : s.money) {
            if (cand.start() > v && cand.start() < moneyLimit && !used.contains(cand) && cand.isLumpSum()
                    && !isValuation(s, cand) && !isTotal(s, cand) && !isNonDealMoney(s, cand)) {
                m = cand;
                break;
            }
        }
        boolean roundWord = roundNounBetween(s, v + 1, Math.min(hi, v + 16));
        if (!strong) {
            boolean particle = s.is(v + 1, "in", "up") && s.is(v, "pulls", "pull", "pulled", "picks", "pick", "picked",
                    "rakes", "raked", "hauls", "hauled", "brings", "brought", "takes", "took", "locks", "locked", "draws", "drew");
            boolean fromInvestors = m != null && s.is(m.end(), "from") && nextName(s, m.end() + 1, hi) != null;
            if (!roundWord && !particle && !fromInvestors) {
                return;
            }
            if (s.is(v, "announced", "announces", "announce", "completed", "completes", "closed", "closes", "close",
                    "complete", "unveiled", "finalized", "finalised") && m == null) {
                // "announced a Series B round" without an amount carries nothing to record
                return;
            }
        } else if (m == null && !roundWord) {
            return;
        }
        Frame f = new Frame("funding", s, v);
        f.lo = clauseStart(s, v);
        f.hi = hi;
        Ref target = subjectBefore(s, v);
        if (target == null) {
            target = companyNounClauseHead(s, v);
        }
        if (target == null) {
            // headline style: "$5M for X" / "X lands $5M" handled; "raises" with no subject: article's company
            target = Ref.anaphor(s);
        }
        if (target.name != null && target.name.kind == Name.Kind.PERSON) {
            return;
        }
        f.target = target;
        if (m != null) {
            used.add(m);
            f.amount = m;
        }
        typeFromContext(f, s, v, hi);
        int after = m != null ? m.end() : v + 1;
        int from = s.find(after, Math.min(hi, after + 12), "from");
        if (from >= 0 && !s.is(from + 1, "the", "its") || from >= 0 && nextName(s, from + 1, Math.min(hi, from + 4)) != null) {
            for (Ref r : nameList(s, from + 1, hi)) {
                f.addParty(r, roleFor(f.type), null);
            }
        }
        addRoleCues(s, f);
        out.add(f);
    }

    // ------------------------------------------------------------------------------------------
    // investment funds raised by their managers

    /** Verbs that tell a fund raised or closed: "Acme Ventures closes a $50 million fund". */
    private static final Set<String> FUND_VERBS = Lexicon.words("""
            close closes closed closing raise raises raised raising launch launches launched launching unveil unveils
            unveiled announce announces announced complete completes completed secure secures secured debut debuts
            debuted""");
    /** Verbs that take a fund's close as their object: "makes the final close of its $100 million fund". */
    private static final Set<String> CLOSE_VERBS = Lexicon.words("""
            make makes made hold holds held reach reaches reached hit hits mark marks marked""");
    /** Words between a verb and the fund's size: "announced its first close of", "closes a new". */
    private static final Set<String> FUND_LEAD_IN = Lexicon.words("""
            a an the its their his her new fresh another brand-new of close first final initial second third total on
            oversubscribed upsized largest latest debut maiden inaugural""");
    /** Words between a fund's size and the word fund: "$30 million early-stage Southeast Asia fund". */
    private static final Set<String> FUND_MODIFIERS = Lexicon.words("""
            new first second third fourth fifth sixth seventh eighth ninth tenth debut maiden inaugural latest flagship
            venture capital vc seed early-stage early late-stage late stage growth opportunity opportunities global
            tech technology impact climate ai healthcare fintech buyout private equity credit infrastructure select
            evergreen secondary secondaries co-investment micro angel pre-seed dedicated sidecar continuation debt -""");
    /** Capitalised words that name a kind of fund, not one fund: "$500 million Growth Fund" is the manager's. */
    private static final Set<String> GENERIC_FUND_WORDS = Lexicon.words("""
            fund venture ventures capital growth opportunity opportunities seed early stage early-stage global select
            vc equity private partners i ii iii iv v vi vii viii ix x xi xii""");
    /** Goals rather than closes: "targeting a $100 billion final close". */
    private static final String[] FUND_GOALS = {
        "targeting", "targets", "target", "aiming", "aims", "aim", "hoping", "hopes"};

    /** The last fund closed or raised in the article, for the limited partners a later sentence names. */
    private Ref lastFund;
    /** Sizes of funds the article gives a person as raising: "it has raised" that size later is the person's fund. */
    private final List<Money> personsFunds = new ArrayList<>();

    /**
     * A fund's close or raise: "Acme Ventures closes $50M Fund III", "Acme has raised $25 million for its maiden
     * fund", "Acme closed its second venture fund at $100 million", "the Apex Fund announced a first close of $2
     * billion", "a $30 million fund announced in January". The target is the fund when the text names it ("$100
     * million Alpha Fund"), else the manager; the fund's size is the amount. A fund that only appears as the source
     * of an investment ("invested from its new $200 million fund") has no verb of raising and makes no frame.
     */
    private void fundFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum()) {
                continue;
            }
            int fundNoun = fundNounAfter(s, m.end());
            boolean closeNoun = (s.is(m.start() - 1, "of") && s.is(m.start() - 2, "close")
                    || closeNounAfter(s, m.end())) && !roundAfterClose(s, m.end());
            int npStart = m.start();
            int fundClosedAt = fundNoun < 0 && !closeNoun ? fundClosedAt(s, m) : -1;
            if (fundClosedAt >= 0) {
                // "Apex Fund III closed at $400 million", "The fund closed with $60 million"
                used.add(m);
                Ref fund = s.is(fundClosedAt - 1, "fund") ? lastFund : subjectBefore(s, fundClosedAt);
                if (fund == null || fund.anaphor && fund.text == null) {
                    continue;
                }
                out.add(fundFrame(s, fundClosedAt, fundClosedAt, m, new Ref(fund.text, fund.name, fund.sentence, false)));
                continue;
            }
            if (fundNoun < 0 && !closeNoun) {
                fundNoun = fundNounBefore(s, m.start());
                if (fundNoun < 0) {
                    continue;
                }
                npStart = fundNoun;
                while (npStart > 0 && (FUND_MODIFIERS.contains(s.lower(npStart - 1)) || s.is(npStart - 1, "its", "their",
                        "a", "the"))) {
                    npStart--;
                }
            }
            if (s.find(Math.max(0, npStart - 5), npStart, FUND_GOALS) >= 0) {
                used.add(m); // a goal: the fund's size is no other deal's amount either
                continue;
            }
            int verb = fundVerbBefore(s, npStart, closeNoun);
            Ref manager = null;
            if (verb >= 0) {
                manager = subjectBefore(s, verb);
                Name placeBefore = s.nameEndingAt(s.is(verb - 1, "has", "have", "had") ? verb - 1 : verb);
                if (manager == null || placeBefore != null && placeBefore.kind == Name.Kind.PLACE) {
                    // "India launched a $1 billion fund", "the ministry launched ...": a public programme, not a
                    // firm's raise
                    used.add(m);
                    continue;
                }
            } else if (fundNoun > m.end() - 1 && s.is(fundNoun + 1, "announced", "raised", "closed", "launched")
                    && !s.is(m.start() - 1, "its", "their", "'s") && timeAfter(s, fundNoun + 2)) {
                // "A $27.5 million fund announced in January was fully deployed": the article's firm's fund
                verb = fundNoun + 1;
                manager = Ref.anaphor(s);
            } else {
                continue;
            }
            used.add(m);
            if (verb < npStart && s.is(verb, LAUNCH_VERBS) && !closeNoun && s.find(verb, npStart, "close") < 0
                    && !investmentFirm(manager)) {
                continue; // "TikTok launched a $200 million fund for creators": a programme it pays for, not money raised
            }
            if (manager.name != null && manager.name.kind == Name.Kind.PERSON && personTitled(s, manager.name)) {
                personsFunds.add(m.money()); // a person's fund: the firm that holds it is not named here
                continue;
            }
            if (manager.name != null && manager.name.kind == Name.Kind.PERSON) {
                // a firm named after its founders ("Andreessen Horowitz closed a fund"): a person does not raise it
                manager = new Ref(manager.text, null, s, false);
            }
            boolean pronounSubject = manager.anaphor
                    || manager.name != null && manager.name.end < verb && s.find(manager.name.end, verb, "it") >= 0;
            if (pronounSubject && personsFunds.stream().anyMatch(p -> DealAssembler.close(p, m.money()))) {
                continue; // "Jane Roe closes $25M fund ... it has raised $25 million": the same person's fund
            }
            String named = fundNoun > m.start() ? namedFund(s, m.end(), fundNoun) : null;
            out.add(fundFrame(s, verb, Math.min(verb, npStart), m, named != null ? new Ref(named, null, s, false) : manager));
        }
    }

    /** A fund's frame: its verb at {@code verb}, its clause from the one holding {@code from} to the fund's size. */
    private Frame fundFrame(Sentence s, int verb, int from, MoneySpan size, Ref target) {
        Frame f = new Frame("funding", s, verb);
        f.lo = clauseStart(s, from);
        f.hi = Math.max(clauseEnd(s, verb), Math.min(s.size(), size.end()));
        f.amount = size;
        f.fund = true;
        f.target = target;
        return f;
    }

    /**
     * A fund's close is its completion ("announced a first close of $93 billion"). Names the sentence gives as
     * backers of something else ("interest from investors like A and B") are not the fund's limited partners.
     */
    private void fundStatusAndTime(Sentence s, List<Frame> out) {
        for (Frame f : out) {
            if (f.fund && "announced".equals(f.status) && s.find(f.lo, f.hi, "close", "closes", "closed", "closing") >= 0) {
                f.status = "completed";
            }
            if (f.fund && !f.aboutEarlierFund) {
                f.round = null; // "its seed fund" invests in seed rounds; the fund raises none
                if (!limitedPartnerCue(s)) {
                    f.parties.clear();
                }
                if (!f.background) {
                    lastFund = f.target; // a fund recalled in passing is not the one later sentences elaborate
                }
            }
        }
    }

    /**
     * A fund's size closed by the fund itself: "Apex Fund III closed at $400 million", "The fund closed with $60
     * million". The verb, or -1.
     */
    private int fundClosedAt(Sentence s, MoneySpan m) {
        int verb = m.start() - 2;
        if (!s.is(m.start() - 1, "at", "with", "on") || !s.is(verb, "closed", "closes", "close")) {
            return -1;
        }
        if (s.is(verb - 1, "fund") && s.is(verb - 2, "the", "new") && lastFund != null) {
            return verb;
        }
        Name n = s.nameEndingAt(verb);
        return n != null && NAMED_FUND.matcher(n.text).matches() ? verb : -1;
    }

    /** A fund named for itself: "Alpha Fund", "Apex Fund III". */
    static final Pattern NAMED_FUND = Pattern.compile(".*\\bFund( [IVX]+| \\d+)?");

    /**
     * The word fund after a fund's size and its modifiers ("$30M early-stage fund", "$25M for its maiden fund",
     * "$40 million in commitments for its new fund", "$900 million across two funds").
     */
    private static int fundNounAfter(Sentence s, int i) {
        if (s.is(i, "in") && s.find(i + 1, Math.min(s.size(), i + 4), "commitments") >= 0) {
            i = s.find(i + 1, Math.min(s.size(), i + 4), "commitments") + 1;
        }
        boolean across = s.is(i, "across");
        if (across) {
            i++;
        } else if (s.is(i, "for")) {
            i++;
        }
        if (s.is(i, "its", "their", "a", "the") && (across || s.is(i - 1, "for"))) {
            i++;
        }
        for (int j = i; j < Math.min(s.size(), i + 6); j++) {
            // "a $50 million fund round" is a company's (funding) round
            if (s.is(j, "fund") && !s.is(j + 1, "manager", "managers", "-", "round", "rounds") || across && s.is(j, "funds")) {
                return j;
            }
            Tok t = s.toks.get(j);
            if (!FUND_MODIFIERS.contains(t.lower) && !(t.capitalised() && t.hasLetter() && s.moneyAt(j) == null)
                    && !(across && s.is(j, "two", "three", "four", "both"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A time right after a fund's participle ("a $30 million fund announced in January", "... raised last year"): the
     * fund is told as the article's firm's own; "a fund launched by the city" names someone else and is not.
     */
    private static boolean timeAfter(Sentence s, int i) {
        if (s.is(i, "in", "during") && (Lexicon.MONTHS.contains(s.lower(i + 1)) || YEAR.matcher(s.word(Math.min(i + 1,
                s.size() - 1))).matches() || s.is(i + 1, "early", "late", "mid"))) {
            return true;
        }
        return s.is(i, "last", "earlier", "this") || s.is(i, "on") && Lexicon.MONTHS.contains(s.lower(i + 1));
    }

    /** Fund verbs that also tell a company setting up a programme it pays for itself. */
    private static final String[] LAUNCH_VERBS = {
        "launch", "launches", "launched", "launching", "unveil", "unveils", "unveiled", "announce", "announces",
        "announced"};
    /** Words in the names of firms that manage money: "Acme Ventures", "Birch Capital", "Orr Partners". */
    private static final Pattern INVESTMENT_FIRM = Pattern.compile(
            ".*\\b(Ventures?|Capital|Partners|VC|Funds?|Investments?|Investors|Management|Equity|Advis[eo]rs|Asset)\\b.*");

    /** A manager named like a firm that raises funds; a pronoun or an operating company is not. */
    private static boolean investmentFirm(Ref manager) {
        String text = manager.text != null ? manager.text : manager.name != null ? manager.name.text : null;
        return text != null && INVESTMENT_FIRM.matcher(text).matches();
    }

    /** Titles told before a person's name: "former Sequoia partner Jane Roe", "veteran investor Jo Lin". */
    private static final String[] FUND_PERSON_TITLES = {
        "partner", "founder", "co-founder", "cofounder", "executive", "investor", "veteran", "entrepreneur", "ceo",
        "president", "director", "billionaire", "banker", "former", "ex"};

    /**
     * A name the text gives a person's title ("former Sequoia partner Jane Roe closes $25M fund"): a person raising a
     * fund whose firm is not named yet. A firm named after people ("Andreessen Horowitz", tagged a person) has none.
     */
    private static boolean personTitled(Sentence s, Name name) {
        return s.is(name.start - 1, FUND_PERSON_TITLES);
    }

    /** Words that make a close the close of a company's round, not of a fund. */
    private static final String[] ROUND_WORDS = {
        "round", "rounds", "series", "financing", "funding", "tranche", "notes", "bridge"};

    /**
     * "announced the close of $20 million in Series A funding", "a $12 million first close of its Series B round": a
     * round's close (a company's), unless the words name a fund ("first close of its seed fund"). Only the words
     * describing the sum count, up to a comma or a new clause ("..., which it will invest in seed rounds").
     */
    private static boolean roundAfterClose(Sentence s, int moneyEnd) {
        int end = Math.min(s.size(), moneyEnd + 8);
        for (int j = moneyEnd; j < end; j++) {
            if (s.is(j, ",", ";", "to", "which", "that", "and", "will", "fund", "funds")) {
                return false;
            }
            if (s.is(j, ROUND_WORDS) || s.is(j, "seed", "pre-seed") && s.is(j + 1, "round", "funding", "financing")) {
                return true;
            }
        }
        return false;
    }

    /** "an initial $93 billion close", "a $100 billion final close": the size of a fund's close. */
    private static boolean closeNounAfter(Sentence s, int i) {
        if (s.is(i, "first", "final", "initial", "second", "hard", "total")) {
            i++;
        }
        // "close to", "close in on": nearness, not a close
        return s.is(i, "close") && !s.is(i + 1, "to", "the", "a", "its", "on", "at")
                && !(s.is(i + 1, "in") && s.is(i + 2, "on"));
    }

    /** "closed its second venture capital fund at $100 million", "Fund III, at $400 million". */
    private static int fundNounBefore(Sentence s, int moneyStart) {
        if (!s.is(moneyStart - 1, "at", "of", "worth", "totaling", "totalling", "with")) {
            return -1;
        }
        for (int j = moneyStart - 2; j >= Math.max(0, moneyStart - 4); j--) {
            if (s.is(j, "fund")) {
                return j;
            }
            if (!s.is(j, ",") && !GENERIC_FUND_WORDS.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb that raises or closes the fund whose words start at {@code npStart}, or -1. */
    private static int fundVerbBefore(Sentence s, int npStart, boolean closeNoun) {
        boolean closeWord = closeNoun;
        int j = npStart - 1;
        while (j >= 0 && npStart - j <= 6 && FUND_LEAD_IN.contains(s.lower(j))) {
            closeWord |= s.is(j, "close");
            j--;
        }
        if (j < 0) {
            return -1;
        }
        if (FUND_VERBS.contains(s.lower(j)) || closeWord && CLOSE_VERBS.contains(s.lower(j))) {
            return j;
        }
        return -1;
    }

    /**
     * The fund's own name from the capitalised words before the word Fund: "$100 million Alpha Fund" gives "Alpha
     * Fund"; "$500 million Fund III" or "Growth Fund" name only a kind of fund and give null (the manager's).
     */
    private static String namedFund(Sentence s, int from, int fundNoun) {
        if (!Character.isUpperCase(s.word(fundNoun).charAt(0))) {
            return null;
        }
        int start = fundNoun;
        while (start > from && s.toks.get(start - 1).capitalised()) {
            start--;
        }
        boolean distinct = false;
        for (int j = start; j < fundNoun; j++) {
            distinct |= !GENERIC_FUND_WORDS.contains(s.lower(j));
        }
        if (!distinct) {
            return null;
        }
        int end = fundNoun + 1;
        if (end < s.size() && s.word(end).matches("[IVX]+|\\d+")) {
            end++;
        }
        return s.span(start, end);
    }

    /**
     * A frame that only elaborates the fund told before, named as it was, or like it by "it" when it was ("a $30
     * million fund announced ...").
     */
    private Frame earlierFundFrame(Sentence s, int anchor) {
        Frame f = new Frame("funding", s, anchor);
        f.target = lastFund.text == null ? Ref.anaphor(s) : new Ref(lastFund.text, lastFund.name, lastFund.sentence, false);
        f.fund = true;
        f.aboutEarlierFund = true;
        return f;
    }

    /**
     * The fund told before has closed: "Today marks the first close of the new fund", "the fund's final close",
     * "The fund held its first close in May". A sentence with an amount is read by {@link #fundFrames}.
     */
    private void fundCloseFrame(Sentence s, List<Frame> out) {
        if (lastFund == null || !s.money.isEmpty()) {
            return;
        }
        int close = -1;
        for (int i = 1; i < s.size() && close < 0; i++) {
            if (s.is(i, "close") && s.is(i - 1, "first", "final", "initial", "second", "hard") && closeOfTheFund(s, i)) {
                close = i;
            }
        }
        if (close < 0) {
            return;
        }
        out.add(earlierFundFrame(s, close));
    }

    /** "close of the new fund", "the fund's first close", "the fund held its final close" (close at {@code close}). */
    private static boolean closeOfTheFund(Sentence s, int close) {
        if (s.is(close + 1, "of") && s.is(close + 2, "the", "its", "this", "our", "their")
                && s.find(close + 3, Math.min(s.size(), close + 6), "fund") >= 0) {
            return true;
        }
        int ordinal = close - 1;
        if (s.is(ordinal - 1, "'s", "’s") && s.is(ordinal - 2, "fund")) {
            return true;
        }
        return s.is(ordinal - 1, "its") && s.is(ordinal - 2, FUND_CLOSE_VERBS) && s.is(ordinal - 3, "fund")
                && s.is(ordinal - 4, "the", "new");
    }

    /** Verbs a fund holds its close with: "the fund held its first close". */
    private static final String[] FUND_CLOSE_VERBS = {
        "held", "holds", "reached", "reaches", "hit", "hits", "made", "makes", "completed", "completes", "had", "has"};

    /**
     * "limited partners", "its LP base", "LPs include": the sentence speaks of a fund's investors. "LP" ending a firm's
     * name ("Blackstone Group LP") is a legal form, not a cue. Works on untagged sentences too (it decides tagging).
     */
    static boolean limitedPartnerCue(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, "limited") && s.is(i + 1, "partners", "partner")) {
                return true;
            }
            if (s.is(i, "lp", "lps") && !(i > 1 && s.toks.get(i - 1).capitalised() && s.toks.get(i - 1).hasLetter())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The fund includes A, B and C among its LP base", "Limited partners include A and B": investors of the fund
     * the article reported closed before.
     */
    private void fundInvestorFrames(Sentence s, List<Frame> out) {
        if (lastFund == null) {
            return;
        }
        int lp = limitedPartnerCue(s) ? 0 : -1;
        if (lp < 0 && s.find(0, s.size(), "investors", "backers") >= 0 && (s.containsPhrase("in the fund")
                || s.containsPhrase("of the fund") || s.containsPhrase("the fund 's") || s.containsPhrase("the fund ’s"))) {
            lp = 0; // "Investors in the fund include A and B"
        }
        if (lp < 0) {
            return;
        }
        int include = s.find(0, s.size(), "include", "includes", "included", "including");
        if (include < 0) {
            return;
        }
        int end = s.find(include + 1, s.size(), "among", ".", ";");
        List<Ref> names = nameList(s, include + 1, end < 0 ? s.size() : end);
        if (names.isEmpty()) {
            return;
        }
        Frame f = earlierFundFrame(s, include);
        for (Ref r : names) {
            if (r.name != null && r.name.kind == Name.Kind.PLACE || sameRef(r, f.target)) {
                continue;
            }
            f.addParty(r, Party.INVESTOR, null);
        }
        if (!f.parties.isEmpty()) {
            out.add(f);
        }
    }

    private void investVerb(Sentence s, int v, List<Frame> out, Set<MoneySpan> used) {
        String w = s.lower(v);
        if (s.is(v + 1, "by") || s.is(v, "led", "lead", "leads", "leading") && s.is(v + 1, "to", "up")
                || s.is(v, "backing") && s.is(v + 1, "from")) {
            return; // "led by", "backed by", "backing from": role cues, read by partyListFrames; "led to" is no investment
        }
        if (s.is(v - 1, "the", "a", "an", "their", "its") || s.is(v, "lead") && s.is(v + 1, "investor", "investors")) {
            return;
        }
        if (s.is(v - 1, "-") || s.is(v, "joined", "join", "joins") && !roundNounBetween(s, v + 1, Math.min(s.size(), v + 5))
                && !(namedBackers(s, v + 1) && roundNounBetween(s, v + 3, Math.min(s.size(), v + 14)))) {
            return; // but "X joined existing backers A and B in the round"
        }
        if ((w.equals("fund") || w.equals("funds") || w.equals("funded")) && !s.is(v + 1, "the") && s.moneyAt(v + 1) == null
                && nextName(s, v + 1, Math.min(s.size(), v + 3)) == null) {
            return;
        }
        boolean lead = w.startsWith("lead") || w.equals("led") || w.startsWith("co-le");
        boolean back = w.startsWith("back") || w.startsWith("fund");
        Frame f = new Frame("funding", s, v);
        f.lo = clauseStart(s, v);
        f.hi = clauseEnd(s, v);
        List<Ref> investors = subjectList(s, v);
        if (investors.isEmpty()) {
            return;
        }
        if (investors.size() == 1 && investors.get(0).anaphor && !lead) {
            // "it invested $X in Y": the subject is the article's company, kept as an anaphor
        }
        Ref target = null;
        MoneySpan m = null;
        int prep = -1;
        String[] preps = w.startsWith("commit") ? new String[] {"to"}
                : w.startsWith("bet") ? new String[] {"on"}
                : new String[] {"in", "into"};
        for (int j = v + 1; j < Math.min(f.hi, v + 16); j++) {
            MoneySpan cand = s.moneyAt(j);
            if (cand != null && m == null && cand.isLumpSum() && !used.contains(cand) && !isValuation(s, cand)) {
                m = cand;
                j = cand.end() - 1;
                continue;
            }
            if (s.is(j, "up") && s.is(j + 1, "to") || s.is(j, "to") && s.is(j - 1, "up")) {
                continue;
            }
            if (s.is(j, preps) && !back) {
                prep = j;
                break;
            }
            if (s.is(j, ".", ";", "which", "who")) {
                break;
            }
        }
        if (back || lead && prep < 0) {
            target = objectAfter(s, v + 1, f.hi);
            if (lead && target != null && target.name != null && !target.name.possessive) {
                // "led the round in X" is read below; "led X" alone is not a funding frame
                target = null;
            }
        } else if (prep >= 0) {
            target = objectAfter(s, prep + 1, f.hi);
        }
        if (lead && prep >= 0 && target == null) {
            target = objectAfter(s, prep + 1, f.hi);
        }
        if (lead && target == null) {
            target = roundFor(s, v + 1, f.hi);
        }
        if (lead && target == null && s.is(v + 1, "its", "their") && roundNounBetween(s, v + 2, Math.min(f.hi, v + 5))
                && s.is(v - 1, "which", "who")) {
            // "Naspers, which led its previous round": the round of the company the article is about
            target = Ref.anaphor(s);
        }
        if (target == null) {
            boolean alsoInvested = s.is(v - 1, "also") && s.is(v + 1, ".", ",", ";", "too") && m == null;
            if (!lead && !roundNounBetween(s, v + 1, Math.min(f.hi, Math.max(v + 8, prep + 4))) && !alsoInvested) {
                return; // "A, B and C also invested." names more backers of the round
            }
            // "Sequoia led the round": parties for the article's round
            f.attachment = true;
            f.attachType = "funding";
        } else {
            f.target = target;
        }
        for (Ref inv : investors) {
            if (target != null && sameRef(inv, target) || ownsTheSubject(s, inv, v)) {
                continue;
            }
            if (inv.name != null && inv.name.kind == Name.Kind.PLACE) {
                continue;
            }
            f.addParty(inv, lead ? Party.LEAD_INVESTOR : Party.INVESTOR, null);
        }
        if (m != null) {
            used.add(m);
            boolean roundAmount = roundNounBetween(s, m.end(), Math.min(f.hi, m.end() + 4));
            if (roundAmount || lead) {
                f.amount = m;
            } else if (f.parties.size() == 1 && !isTotal(s, m)) {
                f.parties.get(0).amount = m.money();
            } else if (!isTotal(s, m)) {
                f.amount = m;
            }
        }
        if (f.target != null && f.target.name != null && !f.target.name.canBeCompany()
                && f.target.name.kind == Name.Kind.PLACE) {
            return;
        }
        typeFromContext(f, s, v, f.hi);
        if (f.type.equals("funding") && f.target != null && isListedCompanyContext(s, f)) {
            f.type = "investment";
        }
        addRoleCues(s, f);
        out.add(f);
    }

    /**
     * "SoftBank may lead a new $1 billion round for Ofo", "led a $12 million Series A for Tarnly": the company after a
     * round noun's "for" is the one raising. Null unless "for" follows a round noun within a few words.
     */
    private Ref roundFor(Sentence s, int from, int hi) {
        for (int j = from; j < Math.min(hi, from + 10); j++) {
            if (s.is(j, ",", ";", "which", "that", "and")) {
                return null;
            }
            if (s.is(j, "for") && roundNounBetween(s, Math.max(from, j - 3), j)) {
                Ref r = objectAfter(s, j + 1, hi);
                return r != null && r.name != null && r.name.canBeCompany() ? r : null;
            }
        }
        return null;
    }

    /** Amounts followed by a round or debt noun with no verb frame of their own: "a $14 million Series B round". */
    private void moneyNounFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum() || isValuation(s, m) || isTotal(s, m) || isNonDealMoney(s, m)) {
                continue;
            }
            if (Terms.componentOfTheDeal(s, m)) {
                continue; // "the round includes a $200 million primary investment ...": a tranche, not a deal
            }
            int j = m.end();
            int limit = Math.min(s.size(), j + 5);
            int noun = -1;
            String type = null;
            for (int k = j; k < limit; k++) {
                String w = s.lower(k);
                if (s.is(k, "round", "funding", "financing", "investment", "raise", "fundraise", "fundraising",
                        "injection", "placement", "seed") || w.equals("series") && k + 1 < s.size()) {
                    noun = k;
                    type = "funding";
                    break;
                }
                if (DealWords.DEBT_NOUNS.contains(w) && s.is(k + 1, "book", "books", "portfolio", "portfolios")) {
                    break; // "a near-£200m loan book": loans a bank holds, not one it made or took
                }
                if (DealWords.DEBT_NOUNS.contains(w) && !s.is(k, "note") || w.equals("credit") && s.is(k + 1, "facility", "line")) {
                    noun = k;
                    type = "debt";
                    break;
                }
                if (s.is(k, "ipo", "listing", "offering") && !s.is(k - 1, "secondary", "share")) {
                    noun = k;
                    type = "ipo";
                    break;
                }
                if (s.is(k, "deal", "acquisition", "takeover", "buyout", "merger", "purchase", "transaction", "bid",
                        "offer", "sale") ) {
                    noun = k;
                    type = "acquisition";
                    break;
                }
                if (s.is(k, "contract", "commitment", "partnership", "pact") && !s.is(k, "pact")) {
                    noun = k;
                    type = "commitment";
                    break;
                }
                if (s.is(k, "stake")) {
                    break;
                }
                if (!Character.isLetter(s.word(k).charAt(0)) && !s.is(k, "-") || s.is(k, "in", "of", "for", "to", "from", "and", "by")) {
                    break;
                }
            }
            int of = m.start() - 1;
            if (s.is(of, "around", "about", "approximately", "roughly", "nearly", "some")) {
                of--; // "its last funding of around $15 million"
            }
            if (noun < 0 && s.is(of, "of") && s.is(of - 1, "round", "funding", "financing", "investment",
                    "raise", "fundraise")) {
                noun = of - 1; // "a Series F funding round of $169.5 million"
                type = "funding";
            }
            boolean proceeds = false;
            of = m.start() - 1;
            while (of > 0 && s.is(of, "up", "to", "approximately", "about", "around", "roughly", "approx", "approx.")) {
                of--;
            }
            if (noun < 0 && s.is(of, "of") && s.is(of - 1, "proceeds")) {
                proceeds = true;
                // "issued 5.7 million units for gross proceeds of (up to) C$285,045": what a placement or offering raised
                noun = of - 1;
                type = has(s, 0, s.size(), "ipo", "initial public offering") ? "ipo" : "funding";
            }
            if (noun < 0) {
                // "$18M for X" in headlines, "$5 million in funding", "$95 million of notes"
                if (s.is(j, "in", "of") && s.is(j + 1, "funding", "financing", "seed", "new", "fresh", "venture", "series",
                        "equity", "debt", "investment", "capital", "growth", "loans", "convertible", "notes", "initial", "bank",
                        "senior", "secured", "unsecured", "subordinated", "exchangeable", "bonds")) {
                    int k = j + 1;
                    while (k < s.size() && s.is(k, "new", "fresh", "venture", "equity", "growth", "initial", "convertible", "bank",
                            "senior", "secured", "unsecured", "subordinated", "exchangeable")) {
                        k++;
                    }
                    noun = k;
                    type = DealWords.DEBT_NOUNS.contains(s.lower(k)) || s.is(j + 1, "debt") ? "debt" : "funding";
                } else {
                    continue;
                }
            }
            if (type.equals("acquisition")) {
                attachDealSize(s, m, noun, out, used);
                continue;
            }
            Frame f = new Frame(type, s, noun);
            f.lo = clauseStart(s, m.start());
            f.hi = clauseEnd(s, noun);
            f.amount = m;
            used.add(m);
            Ref owner = null;
            // "OpenAI's $110 billion round", "the AI lab's massive $110 billion funding round"
            int before = m.start() - 1;
            while (before >= 0 && (s.is(before, "a", "an", "the", "new", "massive", "fresh", "latest", "total", "huge",
                    "whopping", "its", "their", "first", "initial", "additional") || s.moneyAt(before) != null
                    && false || before >= 0 && s.word(before).equals("up") || s.is(before, "to") && s.is(before - 1, "up"))) {
                before--;
            }
            if (before >= 0 && s.is(before, "'s", "’s")) {
                Name n = s.nameEndingAt(before);
                if (n != null) {
                    owner = Ref.of(s, n);
                } else {
                    owner = Ref.anaphor(s);
                }
            }
            if (owner == null && before >= 0 && s.is(before, "its", "their")) {
                owner = Ref.anaphor(s);
            }
            int after = noun + 1;
            while (after < s.size() && (s.is(after, "round", "funding", "financing", "led", "co-led") || s.lower(after).length() == 1
                    && s.is(after - 1, "series"))) {
                if (s.is(after, "led", "co-led")) {
                    break;
                }
                after++;
            }
            if (owner == null && s.is(after, "in", "for", "into", "to") && !type.equals("debt")) {
                owner = objectAfter(s, after + 1, f.hi);
            }
            // "$2 billion in bank debt to complete its takeover of Y": an infinitive, not a borrower
            boolean infinitive = s.is(after, "to") && after + 1 < s.size() && !s.toks.get(after + 1).capitalised()
                    && !s.is(after + 1, "the", "a", "an", "its", "their");
            if (owner == null && s.is(after, "for", "to") && type.equals("debt") && !infinitive) {
                owner = objectAfter(s, after + 1, f.hi);
            }
            if (owner == null && proceeds) {
                // the issuer opens the sentence ("The Company issued ...", "Tarn closed ..."); "per Unit" is no owner
                Name first = s.nameStartingAt(0);
                boolean selfReference = s.find(0, m.start(), "company", "it", "we", "corporation") >= 0;
                owner = !selfReference && first != null && first.kind == Name.Kind.ORG ? Ref.of(s, first) : Ref.anaphor(s);
            }
            if (owner == null) {
                owner = subjectBefore(s, m.start());
            }
            if (owner == null) {
                owner = Ref.anaphor(s);
            }
            if (owner.name != null && owner.name.kind == Name.Kind.PERSON) {
                owner = Ref.anaphor(s);
            }
            f.target = owner;
            int from = s.find(after, Math.min(f.hi, after + 6), "from");
            if (from >= 0) {
                for (Ref r : nameList(s, from + 1, f.hi)) {
                    f.addParty(r, type.equals("debt") ? Party.LENDER : Party.INVESTOR, null);
                }
            }
            addRoleCues(s, f);
            out.add(f);
        }
    }

    /** "$22 billion deal", "$5.51 billion buyout bid": the size of an acquisition named in the sentence. */
    private void attachDealSize(Sentence s, MoneySpan m, int noun, List<Frame> out, Set<MoneySpan> used) {
        for (Frame f : out) {
            if (f.sentence == s && f.amount == null && (f.type.equals("acquisition") || f.type.equals("investment"))) {
                f.amount = m;
                used.add(m);
                return;
            }
        }
        boolean commitment = s.is(noun, "deal", "contract", "agreement") && (s.find(m.end(), noun, "multi-year",
                "multiyear", "cloud", "compute", "computing", "supply", "service", "services", "licensing") >= 0);
        if (commitment) {
            commitmentFrame(s, m, noun, out, used);
            return;
        }
        Frame f = attachmentAt(s, noun, "acquisition");
        f.amount = m;
        f.weakAmount = true;
        used.add(m);
        Ref bidder = bidderAfter(s, noun);
        if (bidder != null) {
            f.addParty(bidder, Party.ACQUIRER, null);
        }
        out.add(f);
    }

    private static final Set<String> BIDDING_GROUPS = Lexicon.words("consortium group fund funds investors partnership");

    /**
     * The bidder in "a $5 billion buyout bid by Acme", "a takeover offer by a consortium backed by Acme",
     * "a bid by an Acme-backed consortium" (for an unnamed group, the firm behind it), or null.
     */
    private Ref bidderAfter(Sentence s, int noun) {
        int by = s.is(noun + 1, "by") ? noun + 1 : s.is(noun + 1, "offer", "bid") && s.is(noun + 2, "by") ? noun + 2 : -1;
        if (by < 0) {
            return null;
        }
        int end = Math.min(s.size(), by + 12);
        for (int i = by + 1; i < end; i++) {
            Name n = s.nameAt(i);
            if (n != null) {
                if (n.descriptorSuffix != null) {
                    boolean backsTheGroup = n.descriptorSuffix.equals("backed") || n.descriptorSuffix.equals("led");
                    return backsTheGroup && BIDDING_GROUPS.contains(s.lower(n.end + 2)) && n.canBeCompany() ? Ref.of(s, n) : null;
                }
                if (n.kind == Name.Kind.PLACE) {
                    i = n.end - 1;
                    continue;
                }
                return n.canBeCompany() && !isMedia(n) ? Ref.of(s, n) : null;
            }
            if (BIDDING_GROUPS.contains(s.lower(i)) && s.is(i + 1, "backed", "led") && s.is(i + 2, "by")) {
                Ref backer = nameAfter(s, i + 3, end);
                return backer != null && !backer.anaphor ? backer : null;
            }
            if (s.is(i, ",", ".", ";", "for", "to", "that", "which", "valuing", "-") && !s.isInnerHyphen(i)) {
                return null;
            }
        }
        return null;
    }

    /** "$38 billion multi-year deal between OpenAI and AWS": a commercial commitment, the seller named second. */
    private void commitmentFrame(Sentence s, MoneySpan m, int noun, List<Frame> out, Set<MoneySpan> used) {
        Frame f = new Frame("commitment", s, noun);
        clause(f);
        int between = s.find(noun + 1, Math.min(s.size(), noun + 3), "between", "with");
        if (between < 0) {
            return;
        }
        Ref buyer;
        Ref seller;
        if (s.is(between, "between")) {
            Name a = nextName(s, between + 1, Math.min(s.size(), between + 6));
            int and = a == null ? -1 : s.find(a.end, Math.min(s.size(), a.end + 2), "and");
            Name b = and < 0 ? null : nextName(s, and + 1, Math.min(s.size(), and + 5));
            if (a == null || b == null) {
                return;
            }
            buyer = Ref.of(s, a);
            seller = Ref.of(s, b);
        } else {
            seller = nameAfter(s, between + 1, f.hi);
            buyer = subjectBefore(s, m.start());
            if (seller == null) {
                return;
            }
        }
        f.target = seller;
        if (buyer != null) {
            f.addParty(buyer, Party.BUYER, null);
        }
        f.amount = m;
        used.add(m);
        out.add(f);
    }

    // ------------------------------------------------------------------------------------------
    // attachments: parties, valuations, per-party amounts

    /** "led by X and Y", "with participation from Z", "investors include ...": roles for the round in the sentence or the article's round. */
    private void partyListFrames(Sentence s, List<Frame> out) {
        boolean hasCue = s.containsPhrase("led by") || s.containsPhrase("co-led by") || s.containsPhrase("participation from")
                || s.containsPhrase("participation of") || s.contains("participated") || s.containsPhrase("joined by")
                || s.containsPhrase("investors include") || s.containsPhrase("investors included")
                || s.containsPhrase("investors including") || s.containsPhrase("investors like")
                || s.containsPhrase("investors such as") || s.containsPhrase("included participation")
                || s.containsPhrase("backers include") || s.containsPhrase("backers including")
                || s.containsPhrase("led the round") || s.containsPhrase("led the investment")
                || s.containsPhrase("led the financing") || s.containsPhrase("led the funding")
                || s.contains("included", "includes") && s.contains("investors", "backers", "round")
                || s.containsPhrase("co-led the") || s.containsPhrase("joined the round") || s.contains("contributors")
                || backersOfTheRound(s, 0) >= 0 || hasListCue(s);
        if (!hasCue) {
            return;
        }
        Frame host = null;
        for (Frame f : out) {
            if (!f.attachment && (f.type.equals("funding") || f.type.equals("investment") || f.type.equals("debt"))) {
                host = f;
                break;
            }
        }
        if (host == null && backersOfASum(s)) {
            return; // "which has raised over $250 million from investors like A and B": the sum's backers, no round's
        }
        Frame f = host;
        if (f == null) {
            f = new Frame("funding", s, 0);
            f.attachment = true;
            f.attachType = "funding";
        }
        int before = f.parties.size();
        addRoleCues(s, f);
        if (host == null && f.parties.size() > before) {
            out.add(f);
        }
    }

    /**
     * "Acme, which has raised more than $50 million from investors including A, on Tuesday raised $30 million": the
     * names after a sum's "from" (up to the next figure or the round's own words) backed the sum, not the round; only
     * parties added from index {@code from} on are dropped.
     */
    private static void dropBackersOfASum(Sentence s, Frame host, int from) {
        for (MoneySpan m : s.money) {
            if (!sumWithBackers(s, m)) {
                continue;
            }
            int end = s.size();
            for (MoneySpan o : s.money) {
                if (o.start() > m.end() && o.start() < end) {
                    end = o.start();
                }
            }
            if (host.anchor > m.end()) {
                end = Math.min(end, host.anchor);
            }
            for (int i = host.parties.size() - 1; i >= from; i--) {
                Name n = host.parties.get(i).ref.name;
                if (n != null && n.start > m.end() && n.start < end) {
                    host.parties.remove(i);
                }
            }
        }
    }

    /** A sum raised so far followed by whom it came from: "has raised more than $1 billion from investors such as". */
    private static boolean backersOfASum(Sentence s) {
        return s.money.stream().anyMatch(m -> sumWithBackers(s, m));
    }

    private static boolean sumWithBackers(Sentence s, MoneySpan m) {
        return s.is(m.end(), "from") && isTotal(s, m);
    }

    /**
     * Where an inverted backer list starts at or after {@code from}: "Backing the round are ...",
     * "Participating in the financing were ..." (the index of the first cue word), or -1.
     */
    private static int backersOfTheRound(Sentence s, int from) {
        for (int i = from; i + 3 < s.size(); i++) {
            if (s.is(i, "backing") && s.is(i + 1, "the") && s.is(i + 2, "round", "investment", "financing", "funding", "raise")
                    && s.is(i + 3, "are", "is", "were", "was")) {
                return i;
            }
            if (s.is(i, "participating") && s.is(i + 1, "in") && i + 4 < s.size() && s.is(i + 2, "the")
                    && s.is(i + 3, "round", "investment", "financing", "funding", "raise")
                    && s.is(i + 4, "are", "is", "were", "was")) {
                return i; // its verb sits one token later; the caller skips lower-case words up to the names
            }
        }
        return -1;
    }

    /**
     * Cues for lists of backers beyond the fixed phrases: "the round include(s) ...", "its investors
     * are ...", "existing investors A and B joined in", "Joining A in the round are ...".
     */
    private static boolean hasListCue(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (backersFrom(s, i) || alongsideInARound(s, i) || roundBackedBy(s, i) || moneyCameFrom(s, i)
                    || namesAreBackers(s, i) || !withNamesParticipating(s, i).isEmpty()) {
                return true;
            }
            if (s.is(i, "included") && s.is(i - 1, "also") && s.is(i - 2, "which") && s.is(i - 4, "round", "investment",
                    "financing", "funding") || leadInvestorCopula(s, i) || coLedWith(s, i) >= 0) {
                return true;
            }
            if (s.is(i, "joined") && (s.is(i + 2, "deal", "financing", "investment") || s.is(i + 1, "in"))
                    || s.is(i, "including") && s.is(i - 1, ",") && s.is(i - 2, "investors", "backers")) {
                return true;
            }
            if (s.is(i, "include") && s.find(Math.max(0, i - 3), i, "investors", "backers", "round", "investment",
                    "participants") >= 0 && !capTableOf(s, i) // "investors in Acme include": its whole cap table
                    || copulaList(s, i) || joiningTheRound(s, i) > 0 || namedBackers(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** "includes backing from A and B", "with investment from A", "from the likes of A": backers after the cue at {@code i}. */
    private static boolean backersFrom(Sentence s, int i) {
        if (s.is(i, "likes") && s.is(i - 1, "the") && s.is(i - 2, "from") && s.is(i + 1, "of")) {
            return s.nameStartingAt(i + 2) != null; // read from i + 2, as for "backing from"
        }
        return s.is(i, "backing", "investment", "investments", "support") && s.is(i + 1, "from")
                && s.moneyAt(i - 1) == null // "a $2 billion investment from X" is a deal of its own
                && s.find(i + 2, Math.min(s.size(), i + 6), "its", "their", "his", "her") < 0
                && nextName(s, i + 2, Math.min(s.size(), i + 6)) != null;
    }

    /**
     * "The round is backed by A and B": a round's backers. "HOOQ, which is backed by Singtel" tells who
     * owns some company, so a round word must come shortly before.
     */
    private static boolean roundBackedBy(Sentence s, int i) {
        return s.is(i, "backed") && s.is(i + 1, "by") && s.find(Math.max(0, i - 5), i, "round", "funding", "financing",
                "raise", "investment", "seed") >= 0;
    }

    /** "A was the lead investor", "A and B were lead investors in the round": at {@code i}, the verb. */
    private static boolean leadInvestorCopula(Sentence s, int i) {
        return s.is(i, "was", "were", "is", "are") && s.nameEndingAt(i) != null
                && (s.is(i + 1, "the") && s.is(i + 2, "lead") && s.is(i + 3, "investor", "backer")
                || s.is(i + 1, "lead", "co-lead") && s.is(i + 2, "investors", "backers"));
    }

    /** "A co-led the round with B": the index of "with", or -1. */
    private static int coLedWith(Sentence s, int i) {
        if (!s.is(i, "co-led", "co-leads", "co-leading") || !s.is(i + 1, "the")
                || !s.is(i + 2, "round", "investment", "financing", "funding", "raise")) {
            return -1;
        }
        return s.is(i + 3, "with") && s.nameStartingAt(i + 4) != null ? i + 3 : -1;
    }

    /** "with A and B participating", "also saw A and B participate": the names before the participle. */
    private static List<Name> withNamesParticipating(Sentence s, int i) {
        if (!s.is(i, "participating", "participate", "joining", "join", "investing", "invest")) {
            return List.of();
        }
        int k = s.is(i - 1, "also") ? i - 1 : i;
        List<Name> names = new ArrayList<>();
        Name n = s.nameEndingAt(k);
        while (n != null && n.kind != Name.Kind.PLACE) {
            names.add(0, n);
            int sep = n.start - 1;
            if (s.is(sep, "and") && s.is(sep - 1, ",")) {
                sep--;
            }
            if (!s.is(sep, ",", "and")) {
                break;
            }
            n = s.nameEndingAt(sep);
        }
        if (names.isEmpty() || !s.is(names.get(0).start - 1, "with", "saw", "sees", "see")) {
            return List.of();
        }
        return names;
    }

    /** "The funding came from A, B and C": a round's backers after "came from". */
    private static boolean moneyCameFrom(Sentence s, int i) {
        return s.is(i, "came", "comes", "come") && s.is(i + 1, "from") && s.nameStartingAt(i + 2) != null
                && s.find(Math.max(0, i - 4), i, "round", "funding", "financing", "investment", "money", "capital", "cash") >= 0;
    }

    /** "A, B and C are also investors", "A and B were backers of the round": names before the verb. */
    private static boolean namesAreBackers(Sentence s, int i) {
        if (!s.is(i, "are", "were") || s.nameEndingAt(i) == null) {
            return false;
        }
        int k = s.is(i + 1, "also", "all", "both") ? i + 2 : i + 1;
        if (s.is(k, "existing", "new", "other", "returning")) {
            k++;
        }
        return s.is(k, "investors", "backers", "participants") && s.is(k + 1, ".", "in", ",", ";");
    }

    /** "X was a participant alongside Y and Z", "invested alongside Y": co-investors of a round. */
    private static boolean alongsideInARound(Sentence s, int i) {
        return s.is(i, "alongside") && nextName(s, i + 1, Math.min(s.size(), i + 5)) != null
                && s.find(Math.max(0, i - 6), i, "participant", "participants", "participated", "participating", "invested",
                "investing", "investor", "investors", "co-invested", "round") >= 0;
    }

    /** "Other investors in Acme include": a company named right before the verb at {@code i}. */
    private static boolean capTableOf(Sentence s, int i) {
        Name n = s.nameEndingAt(i);
        return n != null && s.is(n.start - 1, "in", "of");
    }

    /** "Its investors are A, B and C", "the investors that signed on to the note are A (leading), B": names after the verb. */
    private static boolean copulaList(Sentence s, int i) {
        if (!s.is(i, "are", "were") || s.nameStartingAt(i + 1) == null && !namedBackers(s, i + 1)) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 9); j--) {
            if (s.is(j, ",", ".", ";", "(", ")")) {
                return false;
            }
            if (s.is(j, "investors", "backers", "participants", "contributors")) {
                return true;
            }
        }
        return false;
    }

    /** "existing investors Salesforce and K1", "new backers A and B": a list noun right before names. */
    private static boolean namedBackers(Sentence s, int i) {
        return s.is(i, "existing", "new", "other", "previous", "returning")
                && s.is(i + 1, "investors", "backers", "investor", "backer") && s.nameStartingAt(i + 2) != null;
    }

    /** "Joining Acme in the Series A are A, B and C": where the backers' names start, or -1. */
    private static int joiningTheRound(Sentence s, int i) {
        if (!s.is(i, "joining") || i > 0 && !s.is(i - 1, ",", "“", "\"")) {
            return -1;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 12); j++) {
            if (s.is(j, "are", "were") && roundNounBetween(s, i + 1, j)) {
                return j + 1;
            }
            if (s.is(j, ",", ".", ";")) {
                return -1;
            }
        }
        return -1;
    }

    /** "Most of Acme's previous investors participated": the name before the verb owns its subject, it is none. */
    private static boolean ownsTheSubject(Sentence s, Ref r, int v) {
        int owned = r.name == null ? -1 : s.find(r.name.end, v, "investors", "backers", "shareholders", "partners", "alumni",
                "employees", "founders", "executives", "staff", "members");
        return owned >= 0 && s.find(r.name.end, owned, ",", "and") < 0;
    }

    /**
     * "WeWork's investors include ...", "its other backers include ...": who owns the company, told as
     * background, not who joined the round (at {@code i}, the plural noun).
     */
    private static boolean capTable(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && s.is(k, "other", "current", "early", "major", "notable", "big", "many")) {
            k--;
        }
        return s.is(k, "'s", "’s", "its", "their") && s.is(i + 1, "include", "includes", "including");
    }

    /** "A — also new to the company — joined": where the aside before {@code v} opens, else {@code v}. */
    private static int beforeDashAside(Sentence s, int v) {
        int k = v - 1;
        while (k > 0 && s.is(k, "also", "then", "too")) {
            k--;
        }
        if (!s.is(k, "—", "--", "–")) {
            return v;
        }
        for (int j = k - 1; j > Math.max(0, k - 16); j--) {
            if (s.is(j, "—", "--", "–")) {
                return j;
            }
            if (s.is(j, ".", ";")) {
                break;
            }
        }
        return v;
    }

    /** Verbs of a backer's own share: "which is writing a $1 billion check", "who is putting in $5M". */
    private static final Set<String> SHARE_VERBS = Lexicon.words("""
            writing write writes wrote investing invest invests invested contributing contributes contributed
            putting puts put committing commits committed providing provides provided""");

    /** "led by A, which is reportedly writing a $1 billion check": A's own amount, for parties of {@code f} named in {@code s}. */
    private static void ownShares(Sentence s, Frame f) {
        for (PartyRef p : f.parties) {
            Name n = p.ref.name;
            if (n == null || p.amount != null || p.ref.sentence != s || !s.is(n.end, ",") || !s.is(n.end + 1, "which", "who")) {
                continue;
            }
            for (int j = n.end + 2; j < Math.min(s.size(), n.end + 9); j++) {
                if (s.is(j, ",", ".", ";") || s.nameAt(j) != null) {
                    break;
                }
                if (SHARE_VERBS.contains(s.lower(j))) {
                    for (int m = j + 1; m < Math.min(s.size(), j + 5); m++) {
                        MoneySpan money = s.moneyAt(m);
                        if (money != null && money.isLumpSum() && !isValuation(s, money)) {
                            p.amount = money.money();
                            break;
                        }
                    }
                    break;
                }
            }
        }
    }

    /** Role cues anywhere in the sentence, added to frame {@code f}. */
    private void addRoleCues(Sentence s, Frame f) {
        int before = f.parties.size();
        addRoleCuesOfTheSentence(s, f);
        dropBackersOfASum(s, f, before);
    }

    private void addRoleCuesOfTheSentence(Sentence s, Frame f) {
        for (int i = 0; i < s.size(); i++) {
            if (leadInvestorCopula(s, i)) {
                for (Ref r : subjectList(s, i)) {
                    if (r.name != null && (r.name.canBeCompany() || r.name.kind == Name.Kind.PERSON)) {
                        f.addParty(r, Party.LEAD_INVESTOR, null); // "A was the lead investor"
                    }
                }
            }
            int coLedAt = coLedWith(s, i);
            if (coLedAt >= 0) {
                Ref partner = nameAfter(s, coLedAt + 1, s.size());
                if (partner != null && !partner.anaphor) {
                    f.addParty(partner, Party.LEAD_INVESTOR, null); // "A co-led the round with B"
                }
            }
            List<Name> participating = withNamesParticipating(s, i);
            if (!participating.isEmpty()) {
                for (Name n : participating) {
                    f.addParty(Ref.of(s, n), Party.INVESTOR, null);
                }
                continue;
            }
            if (namesAreBackers(s, i)) {
                for (Ref r : subjectList(s, i)) {
                    if (r.name != null && (r.name.canBeCompany() || r.name.kind == Name.Kind.PERSON)) {
                        f.addParty(r, Party.INVESTOR, null);
                    }
                }
                continue;
            }
            if (s.is(i, "provided", "arranged", "extended") && s.is(i + 1, "by") && f.type.equals("debt")) {
                for (Ref r : nameList(s, i + 2, s.size())) {
                    f.addParty(r, Party.LENDER, null); // "a $200 million term loan provided by Bank A"
                }
                continue;
            }
            if (backersFrom(s, i) || alongsideInARound(s, i) || roundBackedBy(s, i) || moneyCameFrom(s, i)) {
                for (Ref r : nameList(s, s.is(i, "alongside") ? i + 1 : i + 2, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
                continue;
            }
            if (copulaList(s, i) || joiningTheRound(s, i) > 0) {
                int start = s.is(i, "joining") ? joiningTheRound(s, i) : i + 1;
                if (namedBackers(s, start)) {
                    start += 2;
                }
                for (Ref r : nameList(s, start, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
                continue;
            }
            if (s.is(i, "led", "co-led") && s.is(i + 1, "by")) {
                List<Ref> names = nameList(s, i + 2, s.size());
                int coBackers = coBackersFrom;
                for (int k = 0; k < names.size(); k++) {
                    // "led by A, alongside B": B joins the round without leading it
                    f.addParty(names.get(k), k < coBackers ? Party.LEAD_INVESTOR : Party.INVESTOR, null);
                }
            } else if (backersOfTheRound(s, i) == i) {
                // "Backing the round are VCs A and B", "Participating in the round were A and B"
                int start = i + 4;
                while (start < s.size() && s.nameAt(start) == null && !s.toks.get(start).capitalised()
                        && !s.is(start, ",", ".", ";") && start < i + 7) {
                    start++; // "are existing investors A and B"
                }
                if (s.is(start, "vc", "vcs", "investors", "backers", "firms")) {
                    start++;
                }
                for (Ref r : nameList(s, start, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "participation") && (s.is(i + 1, "from", "of", "by") || s.is(i + 1, "also") && s.is(i + 2, "from"))) {
                for (Ref r : nameList(s, s.is(i + 1, "also") ? i + 3 : i + 2, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "joined") && s.is(i + 1, "by")) {
                for (Ref r : nameList(s, i + 2, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "investors", "backers", "investor") && s.is(i + 1, "include", "included", "including", "like",
                    "such", "includes") && !capTable(s, i)) {
                int start = s.is(i + 1, "such") ? i + 3 : i + 2;
                for (Ref r : nameList(s, start, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "including") && s.is(i - 1, ",") && s.is(i - 2, "investors", "backers")) {
                // "backed by some significant investors, including A, which led it, plus B"
                for (Ref r : nameList(s, i + 1, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "included", "includes", "include", "including") && !s.is(i + 1, "participation")
                    && (s.find(Math.max(0, i - 3), i, "investors", "backers", "round", "investment", "participants") >= 0
                    || s.is(i - 1, "also") && s.is(i - 2, "which") && s.is(i - 3, ",")
                    && s.is(i - 4, "round", "investment", "financing", "funding"))
                    && !s.is(i - 1, "investors", "backers")) {
                // "Existing investors joining included A, B and C", "the round includes A and B"
                for (Ref r : nameList(s, i + 1, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "included", "includes", "include", "including") && s.is(i + 1, "participation")
                    && s.is(i + 2, "from")) {
                for (Ref r : nameList(s, i + 3, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if (s.is(i, "existing", "new", "other", "previous", "returning") && s.is(i + 1, "investors", "backers")
                    && nextName(s, i + 2, Math.min(s.size(), i + 3)) != null) {
                for (Ref r : nameList(s, i + 2, s.size())) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            } else if ((s.is(i, "participated") || s.is(i, "joined") && s.is(i + 2, "round", "investment", "financing", "deal")
                    || s.is(i, "joined") && s.is(i + 1, "in") && s.is(i + 2, ".", ",", "too"))
                    || s.is(i, "led", "co-led") && s.is(i + 1, "the") && s.is(i + 2, "round", "investment", "financing", "funding", "deal")) {
                boolean lead = s.is(i, "led", "co-led");
                for (Ref r : subjectList(s, beforeDashAside(s, i))) {
                    if (ownsTheSubject(s, r, i)) {
                        continue;
                    }
                    if (r.name != null && r.name.canBeCompany() || r.name != null && r.name.kind == Name.Kind.PERSON) {
                        f.addParty(r, lead ? Party.LEAD_INVESTOR : Party.INVESTOR, null);
                    }
                }
            } else if (s.is(i, "contributors", "participants", "investors") && s.is(i - 1, "major", "other", "key") ) {
                for (Ref r : subjectList(s, i - 2)) {
                    f.addParty(r, Party.INVESTOR, null);
                }
            }
        }
        ownShares(s, f);
    }

    /** "SoftBank and Nvidia ..., each investing $30 billion": the same amount for every named party. */
    private void eachInvesting(Sentence s, List<Frame> out) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, "each")) {
                continue;
            }
            MoneySpan m = null;
            for (int j = i + 1; j < Math.min(s.size(), i + 6); j++) {
                if (s.moneyAt(j) != null) {
                    m = s.moneyAt(j);
                    break;
                }
            }
            if (m == null && i > 0 && s.moneyAt(i - 1) != null) {
                m = s.moneyAt(i - 1); // "$30 billion each"
            }
            if (m == null || !m.isLumpSum()) {
                continue;
            }
            List<Ref> names = subjectList(s, Math.min(i, m.start()));
            if (names.isEmpty()) {
                continue;
            }
            Frame host = null;
            for (Frame f : out) {
                if (f.type.equals("funding") || f.type.equals("investment")) {
                    host = f;
                    break;
                }
            }
            if (host == null) {
                host = new Frame("funding", s, i);
                host.attachment = true;
                host.attachType = "funding";
                out.add(host);
            }
            for (Ref r : names) {
                if (r.name != null && (r.name.canBeCompany() || r.name.kind == Name.Kind.PERSON)) {
                    host.addParty(r, Party.INVESTOR, null).amount = m.money();
                }
            }
        }
    }

    /**
     * "including $12 million from A and $5 million from B", "the round includes $10 million from C": a
     * backer's own share of a round whose amount is told apart (or elsewhere in the article).
     */
    private void sharesFrom(Sentence s, List<Frame> out) {
        for (MoneySpan m : s.money) {
            if (!m.isLumpSum() || !s.is(m.end(), "from") || isValuation(s, m) || isTotal(s, m) || isNonDealMoney(s, m)) {
                continue;
            }
            Name n = s.nameStartingAt(m.end() + 1);
            if (n == null && s.is(m.end() + 1, "the")) {
                n = s.nameStartingAt(m.end() + 2);
            }
            if (n == null || !(n.canBeCompany() || n.kind == Name.Kind.PERSON) || n.descriptorSuffix != null
                    || n.possessive || isMedia(n)) {
                continue;
            }
            Frame host = null;
            boolean ownAmount = false;
            for (Frame f : out) {
                if (f.amount == m) {
                    ownAmount = true; // "raised $20 million from A": the round's amount, not A's share
                }
                if (host == null && (f.type.equals("funding") || f.type.equals("investment"))) {
                    host = f;
                }
            }
            if (ownAmount || host == null && !roundNounBetween(s, 0, s.size())) {
                continue;
            }
            if (host == null) {
                host = new Frame("funding", s, m.start());
                host.attachment = true;
                host.attachType = "funding";
                out.add(host);
            }
            host.addParty(Ref.of(s, n), Party.INVESTOR, null).amount = m.money();
        }
    }

    /** "values OpenAI at $840 billion", "at a $28B valuation", "valued at": the company's valuation. */
    private void valuationFrames(Sentence s, List<Frame> out) {
        for (MoneySpan m : s.money) {
            if (!isValuation(s, m) || !m.isLumpSum()) {
                continue;
            }
            String basis = basisNear(s, m);
            Ref worthOf = companyWorthOwner(s, m);
            if (worthOf != null) {
                // "an implied value of Ambros of $500 million": that company's worth, wherever its deal is told
                Frame f = attachmentAt(s, m.start(), "valuation");
                f.target = worthOf;
                f.valuation = m.money();
                f.basis = basis;
                f.focus = m;
                out.add(f);
                continue;
            }
            // "acquired Y for 60 mln shares, valued at 3.6 mln dlrs": the price of an acquisition
            Frame acquisition = null;
            for (Frame f : out) {
                if ((f.type.equals("acquisition") || f.type.equals("investment")) && !f.attachment) {
                    acquisition = f;
                    break;
                }
            }
            boolean fundingWords = s.contains("round", "funding", "financing", "raise", "raised", "raising", "series",
                    "investors", "ipo", "post-money", "pre-money");
            if (acquisition != null && !fundingWords) {
                if (acquisition.amount == null && !isValuationOfCompany(s, m)) {
                    acquisition.amount = m;
                }
                continue;
            }
            if (!fundingWords && transactionValue(s, m) && !isValuationOfCompany(s, m)) {
                out.add(dealPriceFrame(s, m)); // "The transaction is valued at about 16.3 mln dlrs"
                continue;
            }
            if (!fundingWords && s.contains("shares", "stock") && !isValuationOfCompany(s, m)) {
                Frame f = dealPriceFrame(s, m);
                f.weakAmount = true;
                out.add(f);
                continue;
            }
            Frame host = null;
            int best = Integer.MAX_VALUE;
            for (Frame f : out) {
                if (f.type.equals("funding") || f.type.equals("ipo") || f.type.equals("investment")
                        || f.type.equals("acquisition") && f.attachment) {
                    int d = Math.abs(f.anchor - m.start());
                    if (d < best && f.valuation == null) {
                        best = d;
                        host = f;
                    }
                }
            }
            // "paying up to $500 million at a valuation north of $700 million": the bought company's worth
            boolean pricedAcquisition = host != null && host.type.equals("acquisition") && host.amount != null
                    && valuationOwner(s, m) == null;
            if (host == null || host.type.equals("acquisition") && !pricedAcquisition) {
                Frame f = new Frame("funding", s, m.start());
                f.lo = clauseStart(s, m.start());
                f.hi = clauseEnd(s, m.start());
                f.attachment = true;
                f.attachType = "valuation";
                // "values OpenAI at", "gives Port a valuation of", "OpenAI was valued at"
                Ref owner = valuationOwner(s, m);
                if (owner != null) {
                    f.target = owner;
                }
                host = f;
                out.add(f);
            }
            host.valuation = m.money();
            host.basis = basis;
            if (host.focus == null && host.amount == null) {
                host.focus = m;
            }
        }
    }

    /**
     * "The Financial Times is reporting that Nestle is paying up to $500 million": what a company pays, in a sentence
     * with no deal of its own and no round, is the price of the article's acquisition.
     */
    private void payingFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        if (!out.isEmpty() || s.contains("round", "funding", "financing", "raise", "raised", "invest", "invested",
                "investment", "loan", "fines", "settlement")) {
            return;
        }
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum() || isNonDealMoney(s, m) || isTotal(s, m) || isValuation(s, m)) {
                continue;
            }
            int k = m.start() - 1;
            while (k >= 0 && m.start() - k <= 3 && s.is(k, "up", "to", "about", "approximately", "around", "roughly",
                    "nearly", "more", "than", "over", "some", "just")) {
                k--;
            }
            // "is paying", "would pay"; "paid" tells what was paid once, often long before
            if (!s.is(k, "paying", "pay", "pays") || s.is(k - 1, "to") && s.is(k - 2, "agreed", "ordered")) {
                continue;
            }
            Ref payer = subjectBefore(s, k);
            if (payer == null || payer.name == null || !payer.name.canBeCompany()) {
                continue;
            }
            Frame f = dealPriceFrame(s, m);
            f.weakAmount = true;
            used.add(m);
            out.add(f);
        }
    }

    /**
     * "Acme said it will receive about 588 mln dlrs in cash from Bolt Corp for the business of Acme Aerospace": a
     * sale told by its seller, the money received from the buyer for the business being its price.
     */
    private void receivedPriceFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        for (MoneySpan m : s.money) {
            if (used.contains(m) || out.stream().anyMatch(f -> f.amount == m)) {
                continue;
            }
            Frame f = saleToldBySeller(s, m);
            if (f != null) {
                used.add(m);
                out.add(f);
            }
        }
    }

    /** The sale {@code m} prices when it is money received from a buyer for a business, else null. */
    private Frame saleToldBySeller(Sentence s, MoneySpan m) {
        if (!m.isLumpSum() || isNonDealMoney(s, m) || isValuation(s, m)) {
            return null;
        }
        int k = m.start() - 1;
        while (k >= 0 && m.start() - k <= 3 && s.is(k, "about", "approximately", "around", "roughly", "nearly",
                "some", "up", "to", "more", "than", "over")) {
            k--;
        }
        if (!s.is(k, "receive", "receives", "received", "receiving")) {
            return null;
        }
        int j = m.end();
        if (s.is(j, "in")) {
            j++;
            while (j < s.size() && s.is(j, "cash", "and", "stock", "shares", "notes")) {
                j++;
            }
        }
        if (!s.is(j, "from")) {
            return null;
        }
        Name buyer = s.nameAt(j + 1);
        if (buyer == null || !buyer.canBeCompany()) {
            return null;
        }
        int f0 = buyer.end;
        if (!s.is(f0, "for")) {
            return null;
        }
        int t = f0 + 1;
        while (t < s.size() && t - f0 <= 5 && s.is(t, "the", "its", "their", "business", "businesses", "unit", "units",
                "operations", "division", "assets", "of", "stake", "interest", "in", "entire", "whole")) {
            t++;
        }
        Name target = s.nameAt(t);
        Ref seller = subjectBefore(s, k);
        if (target == null || !target.canBeCompany() || seller == null || seller.name == null
                || !seller.name.canBeCompany() || seller.name == target || seller.name == buyer) {
            return null;
        }
        Frame f = new Frame("acquisition", s, k);
        f.target = Ref.of(s, target);
        f.addParty(Ref.of(s, buyer), Party.ACQUIRER, null);
        f.addParty(seller, Party.SELLER, null);
        f.amount = m;
        return f;
    }

    /**
     * "Kestrel has agreed to buy $1.5 billion of its shares from Dorian": a sum of a company's stock bought from a
     * holder is an investment in that company ("its" own shares: the buyer's; "of Acme shares": Acme's), sized by
     * the sum, with the holder selling.
     */
    private boolean sharesBoughtFrom(Sentence s, Frame f, int v, Ref subject, List<Frame> out, Set<MoneySpan> used) {
        MoneySpan m = s.moneyAt(v + 1);
        if (m == null || m.start() != v + 1 || used.contains(m) || !m.isLumpSum() || !s.is(m.end(), "of")) {
            return false;
        }
        int k = m.end() + 1;
        Ref company;
        if (s.is(k, "its", "their")) {
            // the buyer's own stock: "the brokerage firm has agreed to buy $1.5 billion of its shares"
            company = subject != null ? subject : Ref.anaphor(s);
            k++;
            if (s.is(k, "own")) {
                k++;
            }
        } else {
            Name n = s.nameAt(k);
            company = n != null && n.canBeCompany() ? Ref.of(s, n) : null;
            k = n == null ? k : n.end;
        }
        if (company == null || !s.is(k, "shares", "stock", "common")) {
            return false;
        }
        int from = s.find(k, Math.min(f.hi, k + 6), "from");
        Ref holder = from < 0 ? null : nameAfter(s, from + 1, f.hi);
        boolean ownStock = subject == null || subject == company || sameRef(subject, company);
        if (ownStock && (holder == null || holder.name == null || sameRef(holder, company))) {
            // a company buying back its own stock, in the market or "from its founder", invests in no one
            used.add(m);
            return true;
        }
        f.type = "investment";
        f.target = company;
        if (holder != null && !sameRef(holder, company)) {
            f.addParty(holder, Party.SELLER, null);
        }
        if (subject != null && subject != company && !sameRef(subject, company)) {
            f.addParty(subject, Party.INVESTOR, null);
        }
        f.amount = m;
        used.add(m);
        out.add(f);
        return true;
    }

    /**
     * "The Transaction includes approximately $750 million in local deposits for a deposit premium of approximately
     * $19 million": a branch or portfolio purchase is priced by the premium paid over what it takes over.
     */
    private void premiumPriceFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        if (!out.isEmpty()) {
            return;
        }
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum()) {
                continue;
            }
            int k = m.start() - 1;
            while (k >= 0 && s.is(k, "approximately", "about", "around", "roughly", "nearly")) {
                k--;
            }
            if (!s.is(k, "of") || !s.is(k - 1, "premium") || s.find(Math.max(0, k - 5), k - 1, "for") < 0) {
                continue;
            }
            // only a premium over deposits or branches taken over prices a deal ("reserves for a premium of $12
            // million owed to reinsurers" is an insurer's bill)
            if (!s.is(k - 2, "deposit") && s.find(0, s.size(), "deposit", "deposits", "branch", "branches",
                    "offices", "loans") < 0) {
                continue;
            }
            out.add(dealPriceFrame(s, m));
            used.add(m);
            return;
        }
    }

    /** A deal's worth told beside its noun ("an indicated value of $X") goes to the sentence's acquisition. */
    private void statedDealValueFrames(Sentence s, List<Frame> out, Set<MoneySpan> used) {
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum() || !statedDealValue(s, m) || isValuation(s, m)
                    || out.stream().anyMatch(f -> f.amount == m)) {
                continue;
            }
            Frame acquisition = null;
            for (Frame f : out) {
                if ((f.type.equals("acquisition") || f.type.equals("investment")) && f.amount == null) {
                    acquisition = f;
                    break;
                }
            }
            if (acquisition != null) {
                acquisition.amount = m;
            } else if (out.stream().noneMatch(f -> f.type.equals("acquisition") || f.type.equals("investment"))) {
                out.add(dealPriceFrame(s, m));
            }
            used.add(m);
        }
    }

    /** The price of the acquisition the article is about, told in a sentence that names no company. */
    private static Frame dealPriceFrame(Sentence s, MoneySpan m) {
        Frame f = attachmentAt(s, m.start(), "acquisition");
        f.amount = m;
        return f;
    }

    /** A frame that elaborates a deal told elsewhere in the article ({@code attachType}), anchored at {@code at}. */
    private static Frame attachmentAt(Sentence s, int at, String attachType) {
        Frame f = new Frame("acquisition", s, at);
        f.lo = clauseStart(s, at);
        f.hi = clauseEnd(s, at);
        f.attachment = true;
        f.attachType = attachType;
        return f;
    }

    /** "values the company at", "a $6 billion valuation": a company's worth, not a price paid in shares. */
    private static boolean isValuationOfCompany(Sentence s, MoneySpan m) {
        if (s.find(m.end(), Math.min(s.size(), m.end() + 3), "valuation", "valuations") >= 0) {
            return true;
        }
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 8); j--) {
            if (s.is(j, "valuation", "values", "valuing")) {
                return true;
            }
            if (s.is(j, "valued")) {
                return s.find(Math.max(0, j - 4), j, "company", "startup", "firm", "it", "business") >= 0;
            }
        }
        return false;
    }

    private Ref valuationOwner(Sentence s, MoneySpan m) {
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 12); j--) {
            if (s.is(j, "values", "valued", "valuing", "value", "gives", "give", "gave", "giving")) {
                Name n = nextName(s, j + 1, m.start());
                if (n != null && n.canBeCompany()) {
                    return Ref.of(s, n);
                }
                if (s.is(j, "valued")) {
                    return appositiveHead(s, subjectBefore(s, j));
                }
                if (s.find(j + 1, m.start(), "company", "startup", "firm", "it", "business") >= 0) {
                    return Ref.anaphor(s);
                }
                return null;
            }
            if (s.is(j, "valuation") && s.is(j - 1, "'s", "’s")) {
                Name n = s.nameEndingAt(j - 1);
                return n != null ? Ref.of(s, n) : Ref.anaphor(s);
            }
        }
        return null;
    }

    /**
     * "Careem, an Uber rival in the Middle East that is valued at $1 billion": a name that only qualifies the
     * appositive's noun ("an Uber rival") is not whom the clause speaks of; the company the appositive describes is.
     */
    private static Ref appositiveHead(Sentence s, Ref r) {
        if (r == null || r.name == null) {
            return r;
        }
        Name n = r.name;
        if (s.is(n.start - 1, "a", "an") && s.is(n.end, "rival", "rivals", "competitor", "competitors", "peer",
                "alternative", "challenger", "clone", "spinoff", "spin-off", "affiliate") && s.is(n.start - 2, ",")) {
            Name head = s.nameEndingAt(n.start - 2);
            if (head != null && head.canBeCompany()) {
                return Ref.of(s, head);
            }
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------
    // frame details: status, time, round label

    private void finish(Frame f) {
        Sentence s = f.sentence;
        int lo = Math.max(0, Math.min(f.lo, f.anchor - 12));
        int hi = Math.min(s.size(), Math.max(f.hi, f.anchor + 1));
        if (f.round == null) {
            f.round = roundLabel(s, lo, hi);
        }
        if (f.type.equals("funding") && !f.attachment && stakeNotRound(s, f, lo, hi)) {
            f.type = "investment";
        }
        f.status = status(s, f, lo, hi);
        f.background = background(s, f, lo, hi);
        int latest = s.phraseAt("latest", lo, hi);
        if (f.background && latest >= 0 && rolesOnly(f) && s.is(latest + 1, "round", "funding", "financing", "investment")) {
            // "This latest round was led by X": who backs the round the article reports, unless another cue dates it
            f.background = background(s, f, lo, latest) || background(s, f, latest + 2, hi);
        }
    }

    /** A frame that only names backers of a round told elsewhere: no amount, no valuation. */
    private static boolean rolesOnly(Frame f) {
        return f.attachment && f.amount == null && f.valuation == null && f.focus == null && !f.parties.isEmpty();
    }

    private String roundLabel(Sentence s, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "series") && i + 1 < s.size() && SERIES_LETTER.matcher(s.word(i + 1)).matches()) {
                return "series_" + Character.toLowerCase(s.word(i + 1).charAt(0));
            }
            if (s.is(i, "pre-seed") || s.is(i, "pre") && s.is(i + 1, "-") && s.is(i + 2, "seed")) {
                return "pre_seed";
            }
            if (s.is(i, "seed") && (s.is(i + 1, "round", "funding", "financing", "investment", "stage", "money", "capital")
                    || s.is(i - 1, "a", "its", "the") || s.moneyAt(i - 1) != null)) {
                return "seed";
            }
            if (s.is(i, "bridge") && s.is(i + 1, "round", "financing", "loan", "funding")) {
                return "bridge";
            }
            if (s.is(i, "growth") && s.is(i + 1, "round", "equity", "funding", "financing", "investment")) {
                return "growth";
            }
            if (s.is(i, "strategic") && s.is(i + 1, "round", "investment", "funding", "financing")) {
                return "strategic";
            }
        }
        return null;
    }

    /**
     * The status a lead sentence that yields no frame of its own gives its deal word ("said it plans to merge two of
     * its banks", "has just closed the necessary funding round"), or null when it has no deal word of that type.
     */
    static String statusOfDealWord(Sentence s, String type) {
        Set<String> words = type.equals("acquisition") ? LEAD_ACQUISITION_WORDS
                : type.equals("funding") ? LEAD_FUNDING_WORDS : Set.of();
        for (int i = 0; i < s.size(); i++) {
            if (words.contains(s.lower(i))) {
                return status(s, new Frame(type, s, i), 0, s.size());
            }
        }
        return null;
    }

    private static final Set<String> LEAD_ACQUISITION_WORDS = leadAcquisitionWords();

    /** The deal words the frame rules know ("combine", "purchase", "bought"), plus the noun "merger". */
    private static Set<String> leadAcquisitionWords() {
        Set<String> words = new HashSet<>(DealWords.ACQUIRE_VERBS);
        words.addAll(DealWords.MERGE_VERBS);
        words.addAll(DealWords.ACQUISITION_NOUNS);
        words.addAll(Lexicon.words("merger mergers"));
        return Set.copyOf(words);
    }

    private static final Set<String> LEAD_FUNDING_WORDS = Lexicon.words("""
            round funding financing""");

    private static String status(Sentence s, Frame f, int lo, int hi) {
        int slo = 0;
        int shi = s.size();
        if (hasFactualCue(s, "called off", "calls off", "call off", "terminated", "terminate", "terminates", "rejected",
                "rejects", "reject", "scrapped", "scraps", "abandoned", "abandons", "withdrew", "withdrawn", "cancelled",
                "canceled", "cancels", "collapsed", "walked away", "walks away", "dropped its", "ended talks", "broke off",
                "no longer", "failed to", "pulled out", "backed out", "blocked", "officially dead", "is dead", "now dead",
                "has died", "officially died", "talks are over")) {
            if (!has(s, slo, shi, "lawsuit to block", "sued to block", "seeks to block", "seeking to block", "to block the",
                    "could block", "would block", "may block", "might block")) {
                return "cancelled";
            }
        }
        if (hasRumorCue(s, "reportedly", "people familiar", "person familiar", "sources said", "sources say",
                "source said", "source says", "according to sources", "according to a source", "according to people",
                "according to a person", "according to reports", "according to a report", "is said to", "are said to",
                "was said to", "said to be", "rumored", "rumoured", "sources told", "source told", "people close",
                "report said", "reports said", "people with knowledge", "familiar with the matter", "sources close",
                "according to two", "according to three", "unnamed sources", "sources familiar", "people briefed",
                "reports suggest", "reported that", "source close", "source with knowledge", "sources with knowledge",
                "person with knowledge", "source familiar", "'re hearing", "’re hearing", "are hearing",
                "we've heard", "we’ve heard", "we have heard") || reportedByOthersOnly(s)) {
            return "rumored";
        }
        // intent belongs to the deal's own verb: "plans to raise", not "the potential to revolutionise" further on
        int plo = Math.max(lo, f.anchor - 8);
        int phi = Math.min(hi, f.anchor + 4);
        if (has(s, plo, phi, "in talks", "in discussions", "in negotiations", "in advanced talks", "talks to", "talks with",
                "exploring", "explores", "explore", "considering", "considers", "plans to", "planning to", "plan to",
                "intends to", "intend to", "seeking", "seeks", "seek to", "looking to", "is looking", "proposes", "offered to", "offers to", "would acquire", "would buy", "could acquire",
                "aims to", "wants to", "is set to", "may acquire", "may buy", "weighing",
                "weighs", "in the process of", "exclusive discussions", "open to", "interested in", "bid for",
                "to make an offer", "made an offer", "unsolicited",
                "is in the process", "discussions with", "negotiating", "will seek", "hopes to")
                || pursuesTheDeal(s, f, plo, phi) || proposed(s, plo, phi) || offerFor(s, plo, phi) || optionToBuy(s, plo, phi) || hedgedDealNoun(s, plo, phi)
                || f.type.equals("ipo") && hedgedListing(s) || raiseStillSought(s, f)) {
            // "plans to expand in Asia after raising $1.8 million": the raise is done, the plan is something else
            if (s.is(f.anchor - 1, "after", "since", "having")) {
                return "announced";
            }
            // "an agreed bid for X": the target's board has accepted, so the deal is struck, not just proposed
            if (has(s, plo, phi, "agreed bid", "agreed offer", "agreed takeover", "recommended bid", "recommended offer")) {
                return "announced";
            }
            return "planned";
        }
        if (has(s, lo, hi, "completed", "completes", "complete", "completion", "closed", "closes", "closing of",
                "finalized", "finalised", "finalizes", "consummated", "had acquired",
                "now owns", "took over", "has merged", "wrapped up", "has now satisfied", "amassed")) {
            if (!has(s, lo, hi, "expected to close", "expected to complete", "is expected to be completed",
                    "subject to", "to close in", "will close", "to be completed", "upon completion", "upon closing",
                    "on completion", "following completion", "until closing", "prior to closing", "before closing",
                    "expected closing", "close of the", "to complete", "closing conditions", "anticipated to close",
                    "closes in on", "closing in on") && !completionStillToCome(s, lo, hi)) {
                return "completed";
            }
        }
        // simple past of acquire/buy in a wire sentence: "X said it acquired Y"
        if ((f.type.equals("acquisition") || f.type.equals("investment")) && f.anchor < s.size()
                && s.is(f.anchor, "acquired", "bought", "purchased", "sold")
                && !s.is(f.anchor - 1, "be", "been", "being", "to", "was", "is", "will")
                && !has(s, lo, hi, "agreed", "will", "would", "to be", "expected", "pending", "subject to")) {
            return "completed";
        }
        return "announced";
    }

    /**
     * "... from TD when the offering is completed", "once the sale closes": a completion the deal waits for. Only a
     * present or future form waits; "when the deal closed on Friday" tells a closing that happened.
     */
    private static boolean completionStillToCome(Sentence s, int lo, int hi) {
        for (int i = lo; i < Math.min(hi, s.size()); i++) {
            boolean toCome = s.is(i, "closes", "completes")
                    || s.is(i, "completed", "closed") && s.is(i - 1, "is", "are", "be")
                    || s.is(i, "close", "complete") && s.is(i - 1, "will", "to", "can", "shall", "'ll", "’ll");
            if (toCome && s.find(Math.max(lo, i - 5), i, "when", "once", "until") >= 0
                    && s.find(Math.max(lo, i - 5), i, "has", "have", "had", "was", "were") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "reported by X" makes a rumour only when nothing in the sentence confirms the deal: "the companies said on
     * Monday, confirming a deal first reported by X" tells a confirmed deal.
     */
    private static boolean reportedByOthersOnly(Sentence s) {
        int at = s.phraseAt("reported by", 0, s.size());
        if (at < 0 || s.find(Math.max(0, at - 3), at, "first", "earlier", "previously") >= 0) {
            return false;
        }
        return s.find(0, s.size(), "confirmed", "confirming", "confirms", "confirm", "said", "says", "announced",
                "announces", "announcing") < 0;
    }

    /**
     * "is pursuing a sale of X", "pursue the acquisition", "is pursuing talks to buy X": intent on this deal. "bought
     * X to pursue growth in Asia" tells what the deal is for, not that it is still to come.
     */
    private static boolean pursuesTheDeal(Sentence s, Frame f, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (!s.is(i, "pursue", "pursues", "pursuing")) {
                continue;
            }
            if (i < f.anchor || s.find(i + 1, Math.min(s.size(), i + 4), "merger", "acquisition", "sale", "takeover",
                    "purchase", "deal", "bid", "buyout", "combination", "transaction", "offer") >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A cue anywhere in the sentence, but not one only supposed: "ready to buy X if the regulator rejects ...". */
    private static boolean hasFactualCue(Sentence s, String... phrases) {
        for (String p : phrases) {
            int at = s.phraseAt(p, 0, s.size());
            while (at >= 0) {
                if (s.find(Math.max(0, at - 5), at, "if", "unless", "whether") < 0) {
                    return true;
                }
                at = s.phraseAt(p, at + 1, s.size());
            }
        }
        return false;
    }

    /**
     * A rumour cue anywhere in the sentence; "1st Source said" or "Open Source said" name a company, not an
     * anonymous source, so a capitalised "Source" inside the sentence does not count.
     */
    private static boolean hasRumorCue(Sentence s, String... phrases) {
        for (String p : phrases) {
            int at = s.phraseAt(p, 0, s.size());
            while (at >= 0) {
                boolean namedSource = p.startsWith("source") && at > 0 && Character.isUpperCase(s.word(at).charAt(0));
                if (!namedSource) {
                    return true;
                }
                at = s.phraseAt(p, at + 1, s.size());
            }
        }
        return false;
    }

    /** A cue of the past that dates the deal, not "previous investor Accel" or "the previously announced merger". */
    private static boolean hasPastCue(Sentence s, int lo, int hi, String... phrases) {
        for (String p : phrases) {
            int at = s.phraseAt(p, lo, hi);
            while (at >= 0) {
                int next = at + p.split(" ").length;
                if (s.isInnerHyphen(next)) {
                    next++;
                }
                boolean aboutPeople = s.is(next, "investor", "investors", "backer", "backers", "shareholder", "shareholders",
                        "owner", "owners", "partner", "partners", "employer");
                // "the previously announced acquisition" is this deal; "as previously reported" dates what is told
                boolean aboutThisDeal = s.is(next, "announced", "disclosed", "reported", "agreed", "signed")
                        && s.find(next + 1, Math.min(s.size(), next + 5), DEAL_NOUN_WORDS) >= 0;
                if (!aboutPeople && !aboutThisDeal) {
                    return true;
                }
                at = s.phraseAt(p, at + 1, hi);
            }
        }
        return false;
    }

    /**
     * Shares changing hands outside a round: "$20 million in secondary funding by selling existing shares", or the
     * raise is a holder's ("cut its holding in X to raise $2 billion"). Guidelines: an investment, not a funding.
     */
    private static boolean stakeNotRound(Sentence s, Frame f, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "secondary") && s.is(i + 1, "funding", "financing", "sale", "transaction", "shares", "round",
                    "investment", "offering", "deal")) {
                return true;
            }
        }
        if (f.target != null && f.target.name != null) {
            int t = f.target.name.start;
            return s.is(t - 1, "in", "of") && s.is(t - 2, "holding", "holdings", "stake", "shareholding", "shares");
        }
        return false;
    }

    /** "proposed" anywhere in the window, but not in a SPAC's name for its signed merger. */
    private static boolean proposed(Sentence s, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "proposed") && !signedSpacMerger(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** "the proposed business combination" is how a SPAC and its target name the merger they have signed. */
    private static boolean signedSpacMerger(Sentence s, int proposed) {
        return s.is(proposed + 1, "business") && s.is(proposed + 2, "combination", "combinations");
    }

    /**
     * "an offer for X" is a proposal, but "will pay $4 a share in a tender offer for X" or "through a cash tender
     * offer" names the way an agreed deal is carried out.
     */
    private static boolean offerFor(Sentence s, int lo, int hi) {
        int at = s.phraseAt("offer for", lo, hi);
        while (at >= 0) {
            boolean vehicle = false;
            if (s.is(at - 1, "tender")) {
                int by = s.find(Math.max(0, at - 10), at - 1, "in", "through", "via");
                vehicle = by >= 0 && s.is(by + 1, "a", "an", "its", "the");
            }
            if (!vehicle) {
                return true;
            }
            at = s.phraseAt("offer for", at + 1, hi);
        }
        return false;
    }

    /**
     * "secured an option to acquire full ownership": a right to buy later; "exercised its option" is the purchase,
     * and "granted X an option to buy 18.5 pct of its shares" is a term (a lock-up) of a deal told on its own.
     */
    private static boolean optionToBuy(Sentence s, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "option", "options", "right") && s.is(i + 1, "to") && s.is(i + 2, "acquire", "buy", "purchase")
                    && s.find(Math.max(0, i - 3), i, "exercise", "exercised", "exercises", "exercising") < 0
                    && s.find(i + 3, Math.min(s.size(), i + 8), "shares", "stock", "common", "warrants") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "it is raising $200 million for growth": a round still being sought. With backers named ("is raising $5 million
     * from A", "in a round led by B") or its instrument set ("through placements and a rights issue") the raise is
     * struck and told in the present, and so is a raise in a labelled round ("in a Series B round").
     */
    private static boolean raiseStillSought(Sentence s, Frame f) {
        int v = f.anchor;
        if (!f.type.equals("funding") || !s.is(v, "raising")) {
            return false;
        }
        int aux = s.is(v - 1, "now", "currently", "also") ? v - 2 : v - 1;
        // a labelled round ("in a Series B round") is struck and told in the present, like a round with backers
        return s.is(aux, "is", "are") && f.parties.isEmpty() && f.round == null
                && s.find(v + 1, s.size(), "from", "led", "backed", "participation", "investors", "investor",
                "through", "via", "round", "series", "seed") < 0;
    }

    /**
     * "raises $9m ahead of its proposed London AIM listing": the listing is still to come. The sentence's first
     * listing is the deal's own; "completed its initial public offering ..., and said X had no proposed listing"
     * hedges another one.
     */
    private static boolean hedgedListing(Sentence s) {
        for (int j = 0; j < s.size(); j++) {
            if (s.is(j, "listing", "ipo", "float", "flotation") || s.is(j, "offering") && s.is(j - 1, "public")) {
                int k = j - 1;
                // only the exchange's name and words like "dual" may stand between
                while (k >= 0 && j - k < 8 && (s.toks.get(k).capitalised()
                        || s.is(k, "dual", "initial", "public", "stock", "market", "-"))) {
                    k--;
                }
                return s.is(k, "proposed", "planned", "potential", "possible", "prospective", "intended");
            }
        }
        return false;
    }

    /** "a potential acquisition", "the proposed merger", "a possible sale": intent written on the deal's noun. */
    private static boolean hedgedDealNoun(Sentence s, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "potential", "possible", "proposed", "prospective", "mooted") && !signedSpacMerger(s, i)
                    && s.find(i + 1, Math.min(s.size(), i + 3), "acquisition", "deal", "sale", "merger", "takeover", "bid",
                    "offer", "purchase", "investment", "transaction", "combination", "buyer", "buyers", "suitor") >= 0) {
                return true;
            }
            if (s.is(i, "proposal", "negotiations") && s.is(i + 1, "to", "for")) {
                return true;
            }
        }
        return false;
    }

    private boolean background(Sentence s, Frame f, int lo, int hi) {
        if (valuationWithinATotal(s, f) || investedSoFar(s, f.anchor) || purchasesItIsKnownFor(s, f)) {
            return true;
        }
        // a window around the frame's own words, so one sentence can recall an old round and report a new one
        int wlo = lo;
        int whi = hi;
        MoneySpan focus = f.amount != null ? f.amount : f.focus;
        if (focus != null) {
            wlo = Math.max(lo, focus.start() - 10);
            whi = Math.min(hi, focus.end() + 10);
            for (MoneySpan other : s.money) {
                if (other == focus) {
                    continue;
                }
                if (other.end() <= focus.start() && other.end() > wlo) {
                    wlo = other.end();
                }
                if (other.start() >= focus.end() && other.start() < whi) {
                    whi = other.start();
                }
            }
            // "a jump from previous valuations", "up from $3 billion": a comparison with the past
            for (int i = focus.end(); i < whi; i++) {
                boolean comparisonFrom = s.is(i, "from") && s.find(Math.max(focus.end(), i - 3), i, "jump", "up", "down",
                        "rise", "increase", "leap", "climb", "higher", "lower", "rose", "jumped", "increased", "surge") >= 0;
                if (comparisonFrom || s.is(i, "than", "compared", "versus", "vs", "vs.")) {
                    whi = i;
                    break;
                }
            }
        }
        // "FreeCharge, the business that Snapdeal acquired two years ago, will be sold": an aside before the deal's
        // words has a time of its own, so the window is read around it
        int from = wlo;
        for (int c = s.find(wlo, whi, ",", "—"); c >= 0 && c < f.anchor; c = s.find(c + 1, whi, ",", "—")) {
            int close = asideEnd(s, c);
            if (close >= 0 && close < f.anchor) {
                if (pastCueIn(s, from, c, wlo, whi)) {
                    return true;
                }
                from = close + 1;
                c = close;
            }
        }
        if (pastCueIn(s, from, whi, wlo, whi)) {
            return true;
        }
        // only a valuation is a snapshot: "completed its acquisition ..., effective as of January 31" is the deal's own date
        if (f.valuation != null && asOfAnEarlierDate(s, wlo, whi)) {
            return true;
        }
        if (datedEarlierInTheClause(s, f, wlo) || pastPerfectNear(s, f)) {
            return true;
        }
        // "three months after Orbital Insight closed its $50 million Series C": the deal inside the "after" clause came first
        for (int i = Math.max(1, lo); i < f.anchor; i++) {
            if (s.is(i, "after") && s.is(i - 1, "months", "weeks", "days", "years", "month", "week", "year", "shortly", "soon")
                    && !s.title && s.find(i, f.anchor, ";", "—", "but", "while") < 0) {
                // an opening "A week after X, Y announced ..." ends at its comma; mid-sentence it runs on
                boolean opening = i <= 4;
                if (!opening || f.anchor < afterClauseEnd(s, i)) {
                    return true;
                }
            }
        }
        // "In September, rival X agreed to buy Y": a month opening the sentence dates all of it
        if (publishedMonth > 0 && s.is(0, "in") && Lexicon.MONTHS.contains(s.lower(1)) && s.lower(1).length() > 3
                && s.is(2, ",")) {
            int month = monthNumber(s.lower(1));
            return month > 0 && month < publishedMonth && pastTenseNear(s, 3, Math.min(s.size(), f.anchor + 1));
        }
        return false;
    }

    /**
     * "Facebook, known for its acquisitions of Instagram and WhatsApp, bought Bolt", "Harrowgate's purchases of A and B":
     * a company's purchases told in the plural describe it; they are news only when the sentence tells them happen
     * ("completed its acquisitions of A and B").
     */
    private static boolean purchasesItIsKnownFor(Sentence s, Frame f) {
        int k = f.anchor;
        if (!f.type.equals("acquisition") || !s.is(k, "acquisitions", "purchases", "takeovers") || !s.is(k + 1, "of")
                || !s.is(k - 1, "its", "their", "'s", "’s")) {
            return false;
        }
        return s.find(Math.max(0, k - 6), k - 1, "complete", "completes", "completed", "completing", "close", "closes",
                "closed", "closing", "announce", "announces", "announced", "finalize", "finalizes", "finalized", "finalise",
                "finalised", "approve", "approves", "approved", "approval", "clear", "clears", "cleared", "clearance",
                "block", "blocks", "blocked", "agreed", "agrees", "signed", "pending", "proposed", "planned") < 0;
    }

    /**
     * "Microsoft has invested nearly $14 billion into the startup": the perfect tense with an upper-bound hedge sums
     * what was put in over time, before the news.
     */
    private static boolean investedSoFar(Sentence s, int v) {
        if (!s.is(v, "invested", "poured", "put", "injected", "committed")) {
            return false;
        }
        int aux = s.is(v - 1, "already", "now", "collectively") ? v - 2 : v - 1;
        if (!s.is(aux, "has", "have", "had")) {
            return false;
        }
        int j = v + 1;
        while (j < s.size() && HEDGE_WORDS.contains(s.lower(j))) {
            j++;
        }
        MoneySpan m = s.moneyAt(j);
        // "Tencent has invested more than $15 million in the round": a share of the round told, not a sum over years
        return m != null && sumHedgeIn(s, v + 1, j)
                && s.find(m.end(), Math.min(s.size(), m.end() + 6), "round", "financing", "series", "tranche") < 0;
    }

    /**
     * Where an opening "Days after WeWork announced plans to enter the region, which is home to 600 million people,
     * through the acquisition of Spacemob, ..." ends: at its first comma that opens no aside.
     */
    private static int afterClauseEnd(Sentence s, int after) {
        for (int c = s.find(after, s.size(), ","); c >= 0; c = s.find(c + 1, s.size(), ",")) {
            int close = asideEnd(s, c);
            if (close < 0) {
                return c;
            }
            c = close;
        }
        return s.size();
    }

    /** A cue in {@code [lo, hi)} that dates a deal before the article; {@code wlo..whi} is the whole window read. */
    private boolean pastCueIn(Sentence s, int lo, int hi, int wlo, int whi) {
        if (hasPastCue(s, lo, hi, "previously", "previous", "prior", "earlier round", "last round", "most recent round",
                "latest round", "had raised", "had acquired", "had bought", "had been", "first round", "once",
                "back in", "ago", "last year", "last month", "the year before", 
                "earlier this year", "has since", "had invested", "had previously", "before that", "dating back",
                "its last", "a prior", "an earlier", "earlier funding", "last funding", "in the past", "years earlier",
                "the previous", "two years", "three years", "last summer", "last spring", "last fall", "last autumn",
                "last winter", "earlier this summer", "earlier this spring", "earlier this fall", "earlier this autumn",
                "recently raised", "recently merged", "recently acquired", "recently closed",
                "recently completed", "recently bought", "recently sold", "which recently", "on the heels of",
                "in the wake of", "fresh off", "fresh from")) {
            if (!has(s, lo, hi, "earlier this week", "earlier today", "earlier on", "last week announced")) {
                return true;
            }
        }
        // an explicit year before the article's
        for (int i = lo; i < hi; i++) {
            String w = s.word(i);
            if (YEAR.matcher(w).matches() && w.length() == 4) {
                int year = Integer.parseInt(w);
                if (publishedYear > 0 && year < publishedYear && year > 1950
                        && !s.is(i - 1, "fiscal", "fy", "through", "until", "till", "by", "due", "since")
                        && !s.is(i + 1, "notes", "bonds") && !s.is(i - 1, "due")) {
                    return true;
                }
            }
            // "in September" in a December article, with a verb in the past
            if (publishedMonth > 0 && s.is(i - 1, "in") && Lexicon.MONTHS.contains(s.lower(i)) && s.lower(i).length() > 3) {
                int month = monthNumber(s.lower(i));
                if (month > 0 && month < publishedMonth && !s.is(i + 1, "2026", "2027") && pastTenseNear(s, wlo, whi)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The comma or dash closing an aside opened at {@code open} (", the payment business that X acquired in 2015,",
     * ", which raised $5 million last year,"), or -1 when what follows is no aside.
     */
    private static int asideEnd(Sentence s, int open) {
        // an appositive follows a name ("FreeCharge, the ..."); "However, the deal ..." opens no aside
        boolean appositive = s.is(open + 1, "the", "a", "an") && s.nameEndingAt(open) != null;
        if (!appositive && !s.is(open + 1, "which", "who")) {
            return -1;
        }
        for (int j = open + 2; j < Math.min(s.size(), open + 25); j++) {
            if (s.is(j, ";", ".", "(", ")")) {
                return -1;
            }
            if (s.is(j, ",", "—") && (s.is(open, ",") == s.is(j, ","))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "In February Alleghany agreed to buy ...", "TD last year cut its holding ... to raise $2.5 billion": a date that
     * opens the clause dates its deal even when the deal's words come more than a window later. Only an unbroken
     * stretch counts: a comma, dash or relative pronoun between them may start an aside with a time of its own.
     */
    private boolean datedEarlierInTheClause(Sentence s, Frame f, int wlo) {
        int from = wlo;
        while (from > 0 && !s.is(from - 1, ",", ";", "—", "--", "–", "(", ")", ":", "which", "who", "that", "but", "while",
                "after", "since", "when", "as") && !s.is(from - 1, "and") ) {
            from--;
        }
        if (from >= wlo) {
            return false;
        }
        if (has(s, from, wlo, "last year", "last month", "earlier this year", "back in", "a year ago", "years ago")) {
            return true;
        }
        for (int i = from; i < wlo; i++) {
            String w = s.word(i);
            if (YEAR.matcher(w).matches() && w.length() == 4 && s.is(i - 1, "in")) {
                int year = Integer.parseInt(w);
                if (publishedYear > 0 && year < publishedYear && year > 1950) {
                    return true;
                }
            }
            if (publishedMonth > 0 && s.is(i - 1, "in") && Lexicon.MONTHS.contains(s.lower(i)) && s.lower(i).length() > 3
                    && !s.is(i + 1, "2026", "2027")) {
                int month = monthNumber(s.lower(i));
                if (month > 0 && month < publishedMonth && pastTenseNear(s, i + 1, Math.min(s.size(), f.anchor + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "a valuation of $1.3 billion (as of September, 2016)", "as of last year": a figure dated by a snapshot is an
     * earlier state of the company, not the deal the article reports ("as of today", "as of now" are the present).
     */
    private boolean asOfAnEarlierDate(Sentence s, int lo, int hi) {
        for (int i = lo; i + 2 <= hi; i++) {
            if (!s.is(i, "as") || !s.is(i + 1, "of") || s.is(i - 1, "effective", "effectively")) {
                continue;
            }
            String next = s.lower(i + 2);
            if (next.equals("last")) {
                return true;
            }
            int month = monthNumber(next);
            if (month > 0) {
                // "as of September, 2016" (dated by its year) or "as of September" in a later month's article
                for (int k = i + 3; k < Math.min(s.size(), i + 7); k++) {
                    String w = s.word(k);
                    if (YEAR.matcher(w).matches() && w.length() == 4) {
                        return publishedYear <= 0 || Integer.parseInt(w) < publishedYear
                                || Integer.parseInt(w) == publishedYear && publishedMonth > month;
                    }
                }
                return publishedMonth <= 0 || month < publishedMonth;
            }
            if (YEAR.matcher(next).matches() && next.length() == 4) {
                return publishedYear <= 0 || Integer.parseInt(next) < publishedYear;
            }
        }
        return false;
    }

    /**
     * "Tan had pitched the board on buying Rivos", "FCL had made an offer for NZFP": the past perfect tells what came
     * before the news, when it governs the deal's own verb (a few words before it, in the same clause).
     */
    private static boolean pastPerfectNear(Sentence s, Frame f) {
        for (int i = f.anchor - 1; i >= Math.max(0, f.anchor - 6); i--) {
            if (s.is(i, ",", ";", "—", "which", "that", "who", "and", "but")) {
                return false;
            }
            if (s.is(i, "had") && i + 1 < s.size() && !s.is(i - 1, "it", "they") && !s.is(i - 2, "said", "says")) {
                String w = s.lower(i + 1);
                if (w.endsWith("ed") || IRREGULAR_PAST.contains(w) || PAST_PARTICIPLES.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> PAST_PARTICIPLES = Lexicon.words("""
            been taken done given begun """); // with IRREGULAR_PAST (made, won, sought, held, ...)

    private static boolean pastTenseNear(Sentence s, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            // part-of-speech tags are off by default: a past verb is read from its form ("agreed", "bought")
            String w = s.lower(i);
            if (s.toks.get(i).pos.equals("VBD") || w.length() > 4 && w.endsWith("ed") && !s.is(i - 1, "the", "a", "an")
                    || IRREGULAR_PAST.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PAST = Lexicon.words("""
            bought sold paid took made led won got put set sought held brought rose fell grew began""");

    private static int monthNumber(String m) {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(m)) {
                return i + 1;
            }
        }
        return -1;
    }

    private void typeFromContext(Frame f, Sentence s, int v, int hi) {
        int lo = Math.max(0, v - 6);
        boolean debt = false;
        boolean ipo = false;
        boolean roundish = false;
        for (int i = lo; i < hi; i++) {
            String w = s.lower(i);
            if (DealWords.DEBT_NOUNS.contains(w) && !s.is(i - 1, "convertible") && !w.equals("note")
                    || w.equals("credit") && s.is(i + 1, "facility", "line") || w.equals("venture") && s.is(i + 1, "debt")) {
                debt = true;
            }
            if (s.is(i, "ipo", "ipos") || w.equals("initial") && s.is(i + 1, "public") || w.equals("public")
                    && s.is(i + 1, "offering", "listing", "debut") || w.equals("go") && s.is(i + 1, "public")
                    || w.equals("listing") && !s.is(i - 1, "conditional")
                    // "raise $100 million in its debut": a company's market debut, not a product's
                    || w.equals("debut") && s.is(i - 1, "its", "market", "trading", "exchange") || w.equals("flotation")) {
                ipo = !ipoAsGoal(s, i);
            }
            if (s.is(i, "round", "series", "seed", "equity", "investors", "led", "venture", "funding")) {
                roundish = true;
            }
        }
        if (ipo && !roundish) {
            f.type = "ipo";
        } else if (debt && !roundish) {
            f.type = "debt";
            for (PartyRef p : f.parties) {
                p.role = Party.LENDER;
            }
        }
    }

    /** "$55M as it closes in on an IPO", "a round ahead of its IPO": the listing is a later aim, not this deal. */
    private static boolean ipoAsGoal(Sentence s, int cue) {
        int from = Math.max(0, cue - 5);
        return has(s, from, cue, "ahead of", "before", "way to", "path to", "road to", "closes in on", "closing in on",
                "toward", "towards", "prepares for", "preparing for", "eyes", "eyeing", "run-up to");
    }

    /** A stake bought in a listed company ("shares of", "stake in") is an investment, not a round. */
    private static boolean isListedCompanyContext(Sentence s, Frame f) {
        return s.contains("shares", "stake", "stock") && !s.contains("round", "series", "seed", "funding", "raise", "raised");
    }

    // ------------------------------------------------------------------------------------------
    // finding names around words

    /** The subject of the verb at {@code v}: the nearest name before it, skipping appositives and descriptors. */
    Ref subjectBefore(Sentence s, int v) {
        Ref opener = appositiveOpener(s, v);
        if (opener != null) {
            return opener;
        }
        Ref head = relativeClauseHead(s, v);
        if (head != null) {
            return head;
        }
        int i = v - 1;
        while (i >= 0 && v - i <= 40) {
            Tok t = s.toks.get(i);
            Name n = s.nameAt(i);
            if (n != null) {
                if (n.descriptorSuffix != null || n.kind == Name.Kind.PLACE || isMedia(n)
                        || n.possessive && n.end < v - 1 && !s.is(n.end + 1, "-")
                        || s.is(n.start - 1, "from")) {
                    // "... adding $45 million from Sky and completing a $90 million raise": Sky is no subject
                    i = n.start - 1;
                    continue;
                }
                return Ref.of(s, n);
            }
            if (PRONOUNS.contains(t.lower) && !t.lower.equals("its") || t.lower.equals("its") && s.is(i + 1, "own")) {
                return pronoun(s, i);
            }
            if (isCompanyNoun(s, i)) {
                // a worth told in passing ("WeWork, the co-work company valued at $20 billion") is no deal of its own
                Ref named = s.is(v, "valued", "valuing") ? null : nameBeforeAppositiveNoun(s, i);
                return named != null ? named : pronoun(s, i);
            }
            if (t.word.equals(",")) {
                int c0 = -1;
                for (int j = i - 1; j >= 0; j--) {
                    if (s.is(j, ",", ";", "(", "—")) {
                        c0 = j;
                        break;
                    }
                }
                if (c0 >= 0 && isAppositive(s, c0 + 1, i)) {
                    i = c0 - 1;
                    continue;
                }
            }
            if (t.word.equals(")")) {
                int open = -1;
                for (int j = i - 1; j >= Math.max(0, i - 15); j--) {
                    if (s.is(j, "(")) {
                        open = j;
                        break;
                    }
                }
                if (open >= 0) {
                    i = open - 1;
                    continue;
                }
            }
            if (CLAUSE_BREAKS.contains(t.lower) || t.word.equals(".") || t.word.equals("?")) {
                break;
            }
            i--;
        }
        return null;
    }

    /**
     * "Naked Hub, a company that started out in resorts but is raising $200 million": the verb of a relative clause
     * on "X, a company that" is X's, however the clause goes on before it.
     */
    private static Ref companyNounClauseHead(Sentence s, int v) {
        for (int j = v - 1; j >= Math.max(2, v - 20); j--) {
            if (s.is(j, ".", ";", "?", "!") || s.nameAt(j) != null) {
                return null;
            }
            if (!s.is(j, "that", "which")) {
                continue;
            }
            boolean companyNoun = false;
            int k = j - 1;
            while (k > j - 6 && k >= 0 && !s.is(k, "a", "an") && s.toks.get(k).hasLetter()
                    && !s.toks.get(k).capitalised()) {
                companyNoun |= Lexicon.COMPANY_NOUNS.contains(s.lower(k));
                k--;
            }
            if (!companyNoun || !s.is(k, "a", "an") || !s.is(k - 1, ",")) {
                return null;
            }
            Name head = s.nameEndingAt(k - 1);
            return head != null && head.canBeCompany() && !head.possessive ? Ref.of(s, head) : null;
        }
        return null;
    }

    /**
     * "Kuaishou, which recently raised $350 million", "Acme — which was bought by Zed in 2019": the verb of a relative
     * clause has the name the clause hangs on as its subject, not a name further back in the sentence.
     */
    private Ref relativeClauseHead(Sentence s, int v) {
        int j = v - 1;
        while (j > v - 4 && j >= 0 && RELATIVE_CLAUSE_ADVERBS.contains(s.lower(j))) {
            j--;
        }
        if (!s.is(j, "which", "who") || !s.is(j - 1, ",", "—", "--", "–")) {
            return null;
        }
        Name n = s.nameEndingAt(j - 1);
        return n != null && n.canBeCompany() && !n.possessive ? Ref.of(s, n) : null;
    }

    /** "Magic Widgets — the AI startup sold to Zed": a company noun set after a name by a dash or comma is that name. */
    private Ref nameBeforeAppositiveNoun(Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(1, noun - 4); k--) {
            if (s.is(k, "the")) {
                Name n = s.is(k - 1, "—", "--", "–", ",") ? s.nameEndingAt(k - 1) : null;
                return n != null && n.canBeCompany() && !n.possessive ? Ref.of(s, n) : null;
            }
        }
        return null;
    }

    /** A verb's object phrase that ends at a comma before any pronoun or company noun (", it said" follows). */
    private static boolean reportingClauseOnly(Sentence s, int objStart, int hi) {
        int comma = s.find(objStart, Math.min(hi, objStart + 6), ",");
        if (comma <= objStart) {
            return false;
        }
        for (int j = objStart; j < comma; j++) {
            if (PRONOUNS.contains(s.lower(j)) || Lexicon.COMPANY_NOUNS.contains(s.lower(j)) || s.is(j, "them")) {
                return false;
            }
        }
        return s.is(comma + 1, "it", "they", "the") && s.find(comma + 1, Math.min(s.size(), comma + 5), "said", "says",
                "added", "announced") >= 0;
    }

    private static final Set<String> RELATIVE_CLAUSE_ADVERBS = Lexicon.words("""
            recently previously also just once already has had have was were is """);

    /** Words that may stand between an appositive's closing comma and its sentence's verb. */
    private static final Set<String> AUXILIARIES = Lexicon.words("""
            has have had is was are were will just today now recently also officially finally """);

    /**
     * "Codacy, a startup based in Lisbon, Portugal that ..., has raised": a sentence that opens with
     * a company name and an appositive ("X, a/an ...,") has that company as the subject of the verb
     * right after the appositive's closing comma, whatever names the appositive holds.
     */
    private Ref appositiveOpener(Sentence s, int v) {
        Name n = s.nameStartingAt(0);
        if (n == null || !n.canBeCompany() || n.possessive || !s.is(n.end, ",") || !s.is(n.end + 1, "a", "an")) {
            return null;
        }
        int k = v - 1;
        while (k > n.end + 2 && (AUXILIARIES.contains(s.lower(k)) || s.is(k, "”", "\"", "''", "'"))) {
            k--;
        }
        if (k <= n.end + 2 || !s.is(k, ",")) {
            return null;
        }
        for (int j = n.end + 2; j < k; j++) {
            if (s.is(j, ".", ";", "?", "!")) {
                return null;
            }
        }
        return Ref.of(s, n);
    }

    /** Names joined by commas and "and" right before {@code v}: "Google, SoftBank back ...", "SoftBank and Nvidia are ...". */
    List<Ref> subjectList(Sentence s, int v) {
        List<Ref> out = new ArrayList<>();
        Ref first = subjectBefore(s, v);
        if (first == null) {
            return out;
        }
        out.add(first);
        if (first.name == null) {
            return out;
        }
        int i = skipDescriptor(s, first.name.start - 1);
        while (i >= 0) {
            if (s.is(i, ",", "and", "&")) {
                if (s.is(i, "and") && s.is(i - 1, ",")) {
                    i--;
                }
                Name n = s.nameEndingAt(i);
                if (n == null && i > 0 && s.is(i - 1, "'s", "’s")) {
                    n = null;
                }
                if (n == null || n.kind == Name.Kind.PLACE || n.descriptorSuffix != null) {
                    break;
                }
                out.add(0, Ref.of(s, n));
                i = skipDescriptor(s, n.start - 1);
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * Going left from {@code i}, past a lower-case description before a name ("Singapore's sovereign
     * wealth fund Temasek", "investment bank Raine Group"): the index before it when an "and" or a
     * comma precedes it, else {@code i}.
     */
    private static int skipDescriptor(Sentence s, int i) {
        int k = i;
        while (k >= 0 && k > i - 4 && s.nameAt(k) == null && !s.toks.get(k).capitalised() && s.toks.get(k).hasLetter()
                && !s.is(k, "and", "the", "a", "an", "its", "their") && !COMMON_VERBS.contains(s.lower(k))
                && !s.toks.get(k).pos.startsWith("VB")) {
            k--;
        }
        if (k == i) {
            return i;
        }
        if (s.is(k, "'s", "’s") && s.nameEndingAt(k) != null && s.nameEndingAt(k).kind == Name.Kind.PLACE) {
            k = s.nameEndingAt(k).start - 1; // "Singapore's"
        } else if (s.nameAt(k) != null && s.nameAt(k).kind == Name.Kind.PLACE) {
            k = s.nameAt(k).start - 1; // "New York investment bank"
        }
        return s.is(k, "and", ",", "&") ? k : i;
    }

    private boolean isAppositive(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        Tok first = s.toks.get(from);
        if (s.nameAt(from) != null && s.nameAt(from).kind != Name.Kind.PLACE && s.nameAt(from).descriptorSuffix == null
                && !s.nameAt(from).possessive) {
            return false;
        }
        return !first.capitalised() || Lexicon.FUNCTION_WORDS.contains(first.lower) || s.nameAt(from) != null;
    }

    /** "the ChatGPT developer", "the iPhone maker": a name used to describe a company mentioned before. */
    private static boolean isDescriptiveName(Sentence s, Name n) {
        return s.is(n.start - 1, "the") && Lexicon.COMPANY_NOUNS.contains(s.lower(n.end)) && !n.possessive
                && s.nameStartingAt(n.end + 1) == null;
    }

    /** A lower-case noun phrase that refers to a company: "the company", "the San Jose-based outfit". */
    private boolean isCompanyNoun(Sentence s, int i) {
        if (!Lexicon.COMPANY_NOUNS.contains(s.lower(i)) || s.toks.get(i).capitalised() && i > 0) {
            return false;
        }
        if (s.nameStartingAt(i + 1) != null) {
            return false; // "startup Streamroot": a descriptor before a name
        }
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            if (s.is(j, "the", "this", "that")) {
                return true;
            }
            if (s.nameAt(j) != null && !(s.nameAt(j).descriptorSuffix != null) || s.is(j, ",", "a", "an", "its", "their")) {
                return false;
            }
        }
        return false;
    }

    /** "it"/"the company": the speaker of the same sentence ("X said it ...") when there is one, else the article's company. */
    private Ref pronoun(Sentence s, int i) {
        if (s.is(i, "subsidiary", "unit", "division") && s.is(i - 1, "the")) {
            // "its CWT Inc trucking subsidiary ... a buyout of the subsidiary": the unit named earlier, not its parent
            for (int j = i - 2; j >= 0; j--) {
                Name n = s.nameAt(j);
                if (n != null && n.canBeCompany() && s.find(n.end, Math.min(s.size(), n.end + 3), s.lower(i)) >= 0) {
                    return Ref.of(s, n);
                }
            }
        }
        for (int j = i - 1; j >= 0; j--) {
            Name n = s.nameAt(j);
            if (n != null && s.is(n.start - 1, "(") && s.is(n.end, ")")) {
                j = n.start; // "CoStar Group, Inc. (CSGP), ..., said it": a ticker, not the speaker
                continue;
            }
            if (n != null && n.canBeCompany() && n.descriptorSuffix == null && !isMedia(n)) {
                int gap = i - n.end;
                boolean said = s.find(n.end, i, "said", "says", "announced", "announces", "reported", "confirmed",
                        "added", "disclosed", "stated", "told", "noted", "explained") >= 0;
                // "Naked Hub moved into Asia with an acquisition, and it is raising $200 million": the subject goes on
                boolean coordinated = n.start == 0 && !n.possessive && s.is(i - 1, "and", "but") && s.is(i - 2, ",")
                        && s.is(i, "it", "they");
                // "Yammer once gained traction, but after it was acquired by Microsoft it faded": a time clause
                // on the same subject
                int sub = i - 1;
                boolean timeClause = s.is(sub, "after", "before", "when", "until", "since", "once");
                if (timeClause && s.is(sub - 1, "and", "but")) {
                    sub--;
                }
                coordinated |= timeClause && n.start == 0 && !n.possessive && s.is(sub - 1, ",") && s.is(i, "it", "they");
                if (said || coordinated || gap <= 1 && s.is(n.end, ",")) {
                    Ref r = Ref.of(s, n);
                    return r;
                }
                break;
            }
        }
        return Ref.anaphor(s);
    }

    /** The first name at or after {@code from}, before {@code to}. */
    private static Name nextName(Sentence s, int from, int to) {
        for (Name n : s.names) {
            if (n.start >= from && n.start < to) {
                return n;
            }
        }
        return null;
    }

    /** The company named right after {@code from}: "by X", "to X", "with X". */
    private Ref nameAfter(Sentence s, int from, int to) {
        for (int i = from; i < Math.min(to, from + 10); i++) {
            Name n = s.nameAt(i);
            if (n != null) {
                if (n.descriptorSuffix != null || n.kind == Name.Kind.PLACE || isMedia(n)) {
                    i = n.end - 1 + (n.descriptorSuffix != null ? 2 : 0);
                    continue;
                }
                if (n.possessive) {
                    Name after = s.nameStartingAt(n.end + 1);
                    if (after != null && after.canBeCompany()) {
                        return Ref.of(s, after);
                    }
                }
                if (isDescriptiveName(s, n)) {
                    return pronoun(s, n.start);
                }
                return Ref.of(s, n);
            }
            if (PRONOUNS.contains(s.lower(i)) || isCompanyNoun(s, i)) {
                return pronoun(s, i);
            }
            if (s.is(i, ".", ";", "for", "in", "at", "which", "who", "said", "from", "to") && i > from) {
                return null;
            }
        }
        return null;
    }

    /**
     * The company bought after {@code from}. People are not bought: a name the tagger reads as a person's
     * ("acquire UK-based Kurt Geiger", "Steve Madden") is a company named after one, for the whole article.
     */
    private Ref boughtObjectAfter(Sentence s, int from, int to) {
        Ref object = objectAfter(s, from, to);
        if (object != null) {
            return object;
        }
        int limit = Math.min(to, from + 8);
        for (int i = from; i < limit; i++) {
            Name n = s.nameAt(i);
            if (n != null) {
                if (n.kind != Name.Kind.PERSON || n.possessive) {
                    return null;
                }
                n.kind = Name.Kind.ORG;
                return Ref.of(s, n);
            }
            boolean punctuation = !Character.isLetterOrDigit(s.word(i).charAt(0)) && !s.isInnerHyphen(i);
            if (punctuation || i > from && OBJECT_STOPS.contains(s.lower(i)) && !s.isInnerHyphen(i)) {
                return null;
            }
        }
        return null;
    }

    /** The object of a verb: the first company named after {@code from} in the same phrase. */
    private Ref objectAfter(Sentence s, int from, int to) {
        int limit = Math.min(to, from + 25);
        for (int i = from; i < limit; i++) {
            Name n = s.nameAt(i);
            if (n != null) {
                if (n.descriptorSuffix != null || isMedia(n)) {
                    i = n.end + 1;
                    continue;
                }
                if (n.kind == Name.Kind.PLACE && !(s.nameStartingAt(n.end) != null)) {
                    i = n.end - 1;
                    continue;
                }
                if (n.possessive) {
                    Name after = s.nameStartingAt(n.end + 1);
                    if (after == null) {
                        after = namedBusinessAfter(s, n.end + 1, to);
                    }
                    if (after != null && after.canBeCompany()) {
                        return Ref.of(s, after);
                    }
                    return Ref.of(s, n);
                }
                if (n.kind == Name.Kind.PERSON) {
                    return null;
                }
                if (isDescriptiveName(s, n)) {
                    return pronoun(s, n.start);
                }
                if (s.is(n.end, "subsidiaries", "units", "businesses", "divisions", "brands", "stores", "plants")
                        && !s.is(n.end + 1, "of")) {
                    return null; // "is acquiring three Boeing subsidiaries": Boeing sells, the units are named elsewhere
                }
                if ((n.kind == Name.Kind.PLACE || s.is(n.end, "assets")) && BUSINESS_NOUNS.contains(s.lower(n.end))
                        && s.is(n.end + 1, "of")) {
                    // "the U.S. and United Kingdom assets of Pfaudler Co": a place or brand qualifies whose assets
                    i = n.end + 1;
                    continue;
                }
                if (HOLDING_WORDS.contains(s.lower(n.end - 1))) {
                    // a Title Case "Full Ownership of Five Star", "Majority Stake in X": the holding, then its company
                    if (!s.is(n.end, "of", "in")) {
                        return null;
                    }
                    i = n.end;
                    continue;
                }
                Name owned = ownedCompanyAfter(s, n, to);
                return Ref.of(s, owned != null ? owned : n);
            }
            String w = s.lower(i);
            if (i > from && OBJECT_STOPS.contains(w) && !s.isInnerHyphen(i) || s.is(i, ".", ";")) {
                return null;
            }
            if (s.is(i, "in") && !s.is(i - 1, "stake", "interest", "holding", "holdings", "position", "shares", "stakes")) {
                return null;
            }
            if (s.is(i, "it", "them") || isCompanyNoun(s, i) && !s.is(i + 1, "that", "which")) {
                return pronoun(s, i);
            }
        }
        return null;
    }

    /**
     * "East Ventures portfolio company Loket", "a former YC company last year, Heyzap": the first name only
     * says whose company it is; the company is the name after the noun.
     */
    private static Name ownedCompanyAfter(Sentence s, Name n, int to) {
        int k = n.end;
        if (s.is(k, "portfolio")) {
            k++;
        }
        if (!s.is(k, "company", "startup", "firm", "subsidiary", "affiliate", "unit", "spinout", "spin-off", "rival",
                "competitor", "challenger", "peer")) {
            return null; // also "Uber rival Careem": the first name only places the second
        }
        Name next = s.nameStartingAt(k + 1);
        if (next == null && s.find(k + 1, Math.min(to, k + 5), ",") >= 0) {
            int comma = s.find(k + 1, Math.min(to, k + 5), ",");
            next = s.nameStartingAt(comma + 1);
        }
        return next != null && next.canBeCompany() ? next : null;
    }

    /** "Telecom Italia's (TIM) subsea cable business Sparkle": the business named after its owner's description. */
    private static Name namedBusinessAfter(Sentence s, int from, int to) {
        int i = from;
        if (s.is(i, "(")) {
            int close = s.find(i, Math.min(to, i + 6), ")");
            if (close < 0) {
                return null;
            }
            i = close + 1;
        }
        for (int j = i; j < Math.min(to, i + 6); j++) {
            Name n = s.nameStartingAt(j);
            if (n != null) {
                // the name comes right after the business noun: "... cable business Sparkle"
                return j > i && BUSINESS_NOUNS.contains(s.lower(j - 1)) ? n : null;
            }
            if (!Character.isLowerCase(s.word(j).charAt(0)) && !s.isInnerHyphen(j)) {
                return null;
            }
        }
        return null;
    }

    /** The owner before a noun: "X's acquisition", "its acquisition" (X the subject), "X completed the acquisition". */
    private Ref ownerBefore(Sentence s, int k) {
        int j = k - 1;
        while (j >= 0 && (s.moneyAt(j) != null || s.is(j, "proposed", "planned", "pending", "announced", "previously",
                "agreed", "recent", "latest", "first", "new", "all-cash", "cash", "stock", "all-stock", "potential",
                "possible", "hostile", "friendly", "$", "massive", "big", "biggest", "largest", "unsolicited")
                || s.isInnerHyphen(j) || s.is(j, "all") && s.isInnerHyphen(j + 1))) {
            j--; // "HPE's $14 billion all-cash takeover"
        }
        if (j >= 0 && s.is(j, "'s", "’s")) {
            Name n = s.nameEndingAt(j);
            if (n != null) {
                return Ref.of(s, n);
            }
            return Ref.anaphor(s);
        }
        if (j >= 0 && s.is(j, "its", "their", "our")) {
            Ref subject = subjectOfVerbBefore(s, j);
            if (subject == null) {
                subject = ownerOfAnAside(s, j);
            }
            return subject != null ? subject : pronoun(s, j);
        }
        return subjectBefore(s, k);
    }

    /**
     * "Facebook, known for its acquisitions of A and B, bought C": "its" in an aside right after the company opening the
     * sentence is that company's (not one in the list after it).
     */
    private static Ref ownerOfAnAside(Sentence s, int j) {
        for (int k = j - 1; k >= 1 && k >= j - 6; k--) {
            if (s.is(k, ",")) {
                Name n = s.nameEndingAt(k);
                return n != null && n.start == 0 && n.canBeCompany() && !n.possessive && n.descriptorSuffix == null
                        ? Ref.of(s, n) : null;
            }
            if (s.nameAt(k) != null || s.toks.get(k).capitalised() || s.moneyAt(k) != null || !s.toks.get(k).hasLetter()) {
                return null;
            }
        }
        return null;
    }

    /** "Harlow Corp completed its acquisition": the name right before a verb or two that precede "its" at {@code j}. */
    private static Ref subjectOfVerbBefore(Sentence s, int j) {
        int k = j - 1;
        while (k >= 0 && k >= j - 3 && s.nameAt(k) == null && !s.toks.get(k).capitalised() && s.toks.get(k).hasLetter()
                && !PRONOUNS.contains(s.lower(k)) && !s.is(k, "that", "which", "who", "and", "or", "but", "said", "says")) {
            k--;
        }
        Name n = k >= 0 && k < j - 1 ? s.nameAt(k) : null;
        return n != null && n.end == k + 1 && n.canBeCompany() && n.descriptorSuffix == null && !n.possessive ? Ref.of(s, n)
                : null;
    }

    /** "from X", "a unit of X", "X's Y unit" after a target: the seller. */
    private Ref sellerAfter(Sentence s, int from, int to) {
        for (int i = from; i < Math.min(to, from + 10); i++) {
            if (s.is(i, "from") && !s.is(i + 1, "its", "the") || s.is(i, "from") && nextName(s, i + 1, i + 4) != null) {
                Ref r = nameAfter(s, i + 1, to);
                if (r != null && !r.anaphor) {
                    return r;
                }
            }
            if (s.is(i, "division", "unit", "subsidiary", "subsidiaries", "business", "operations", "arm", "units")
                    && s.is(i + 1, "of") || s.is(i, "owned") && s.is(i + 1, "by")) {
                Ref r = nameAfter(s, i + 2, to); // "a unit of Z", "Y, owned by Z,"
                if (r != null && !r.anaphor) {
                    return r;
                }
            }
            if (s.is(i, "for", ".", ";")) {
                return null;
            }
        }
        return null;
    }

    /** "its oil and gas properties": a lower-case description of what a company sells. */
    private String describedAsset(Sentence s, int from, int to) {
        int i = from;
        if (!s.is(i, "its", "their", "a", "the")) {
            return null;
        }
        i++;
        StringBuilder b = new StringBuilder();
        int words = 0;
        while (i < to && words < 6) {
            Tok t = s.toks.get(i);
            if (s.moneyAt(i) != null || OBJECT_STOPS.contains(t.lower) || t.word.equals(",") || t.word.equals(".")
                    || t.lower.equals("in") && words > 0) {
                break;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.word);
            words++;
            i++;
        }
        String d = b.toString();
        if (words == 0 || d.matches("(?i).*\\b(shares?|stock|stake|interest|pct|percent)\\b.*")) {
            return null;
        }
        // "its radio business", "the Bretas operation": a business sold; "its services", "the mugs" are wares
        String head = s.lower(i - 1);
        return BUSINESS_NOUNS.contains(head) ? d : null;
    }

    private static final String[] DEAL_NOUN_WORDS = DealWords.DEAL_NOUNS.toArray(String[]::new);

    private static final Set<String> HOLDING_WORDS = Lexicon.words("ownership control stake stakes interest remainder");

    private static final Set<String> WARES = Lexicon.words("""
            ads ad advertising products product app apps software service services device devices phones phone chips
            chip patents patent technology tokens token coins tickets licenses licences rights content data gear
            group groups page pages account accounts subscription subscriptions""");

    private static final Set<String> BUSINESS_NOUNS = Lexicon.words("""
            business businesses unit units division divisions subsidiary subsidiaries operation operations arm
            arms brand brands assets portfolio plant plants stores chain chains network networks mill mills mine
            mines refinery refineries factory factories properties property segment franchise franchises
            affiliate affiliates branch branches hotels hotel stations station line lines venture""");

    /** A stake size between {@code from} and {@code to}: "20 pct of", "a 49% stake in", "a majority stake". */
    private double stakeBefore(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.is(i, "pct", "percent", "%", "per") && i > 0) {
                String n = s.word(i - 1);
                if (s.is(i, "per") && !s.is(i + 1, "cent")) {
                    continue;
                }
                try {
                    return Double.parseDouble(n.replace(",", ""));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            if (s.word(i).endsWith("%") && s.word(i).length() > 1) {
                try {
                    return Double.parseDouble(s.word(i).substring(0, s.word(i).length() - 1));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            if (s.is(i, "majority", "controlling")) {
                return 51;
            }
            if (s.is(i, "minority")) {
                return 10;
            }
            if (s.nameAt(i) != null) {
                break;
            }
        }
        return -1;
    }

    /** "bought 2.3 mln Piedmont common shares, or 9.9 pct of the total outstanding": the shares as a stake. */
    private double stakeRestated(Sentence s, int from, int to) {
        if (s.find(from, Math.min(to, from + 3), "shares", "stock") < 0) {
            return -1;
        }
        int or = s.find(from, Math.min(to, from + 5), "or");
        return or < 0 || !s.is(or - 1, ",") ? -1 : stakeBefore(s, or + 1, Math.min(to, or + 4));
    }

    private boolean majorityNear(Sentence s, int from, int to) {
        return s.find(Math.max(0, from - 3), to, "majority", "controlling", "remaining", "all", "entire", "whole") >= 0;
    }

    // ------------------------------------------------------------------------------------------
    // amounts

    /** The deal amount of an acquisition-like frame: "for $X" after the object, "$X deal", "valued at $X" (a transaction). */
    private MoneySpan amountNear(Sentence s, Frame f, int from, Set<MoneySpan> used, boolean markUsed) {
        MoneySpan best = null;
        int bestScore = Integer.MIN_VALUE;
        for (MoneySpan m : s.money) {
            if (used.contains(m) || !m.isLumpSum() || isNonDealMoney(s, m) || isTotal(s, m) || isMoneyRaised(s, m)
                    || namesARound(s, m)) {
                continue;
            }
            if (isValuation(s, m) && !transactionValue(s, m)) {
                continue;
            }
            if (m.start() < f.lo || m.start() >= f.hi) {
                continue;
            }
            int score = -Math.abs(m.start() - from);
            int before = m.start() - 1;
            while (before >= 0 && (s.is(before, "about", "approximately", "around", "roughly", "nearly", "some", "over",
                    "up", "to", "than", "more", "less", "a", "an", "of", "total", "estimated", "~", "least", "at", "just",
                    "cash", "consideration", "enterprise", "value", "price", "purchase", "worth") && m.start() - before < 6)) {
                if (s.is(before, "for", "worth")) {
                    break;
                }
                before--;
            }
            if (s.is(before, "for", "worth") || s.is(m.start() - 1, "for")) {
                score += 30;
            }
            if (transactionValue(s, m)) {
                score += 25;
            }
            if (s.is(m.end(), "deal", "acquisition", "takeover", "buyout", "merger", "purchase", "transaction", "bid", "offer")
                    || s.is(m.end() + 1, "deal", "acquisition", "takeover", "buyout", "merger", "purchase", "transaction", "bid", "offer")) {
                score += 25;
            }
            if (s.find(Math.max(0, m.start() - 4), m.start(), "price", "consideration", "value") >= 0) {
                score += 15;
            }
            if (m.start() < from - 15 || m.start() > from + 25) {
                score -= 20;
            }
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        if (best != null && markUsed) {
            used.add(best);
        }
        return best;
    }

    /**
     * Money raised beside an acquisition, not its price: "a concurrent private placement of $150 million", "gross
     * proceeds of $150 million", "seeking two billion dlrs in bank debt to complete its takeover of Y".
     */
    private static boolean isMoneyRaised(Sentence s, MoneySpan m) {
        int k = m.start() - 1;
        while (k >= 0 && m.start() - k <= 3 && s.is(k, "about", "approximately", "around", "roughly", "up", "to",
                "over", "more", "than", "nearly", "~")) {
            k--;
        }
        if (s.is(k, "of") && s.is(k - 1, "placement", "financing", "proceeds", "raise", "offering", "loan", "loans",
                "facility", "debt", "borrowings")) {
            return true;
        }
        if (s.is(k, "for")) {
            return false; // "sold the units for 98 mln dlrs in notes": a price paid in notes
        }
        int e = m.end();
        if (s.is(e, "in", "of")) {
            int j = e + 1;
            while (j < s.size() && s.is(j, "the", "new", "bank", "fresh", "additional", "gross", "committed")) {
                j++;
            }
            return s.is(j, "debt", "loans", "financing", "proceeds", "borrowings", "credit", "notes", "bonds");
        }
        return false;
    }

    /** "has closed a $40 million Series A round": the size of a round, never an acquisition's price. */
    private static boolean namesARound(Sentence s, MoneySpan m) {
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 3); j++) {
            if (s.is(j, "series", "round", "seed", "pre-seed", "funding", "financing", "fundraise", "fundraising")) {
                return true;
            }
            if (!s.is(j, "-", "new", "fresh", "venture", "growth", "equity", "strategic")) {
                return false;
            }
        }
        return false;
    }

    /** Money a company is valued at: "valued at", "valuation of", "$6 billion valuation", "values X at". */
    static boolean isValuation(Sentence s, MoneySpan m) {
        if (namesADealSize(s, m)) {
            return false; // "a $5.5B valuation with a $240M raise": the raise is money paid, not a worth
        }
        if (companyWorthAt(s, m) >= 0) {
            return true;
        }
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 3); j++) {
            if (s.is(j, "valuation", "valuations")) {
                return true;
            }
            if (!s.is(j, "post-money", "pre-money", "post", "pre", "-", "money", "market", "fully", "diluted", "implied",
                    "equity")) {
                break;
            }
        }
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 10); j--) {
            if (s.is(j, "valuation", "valuations") && isPooledValuation(s, j)) {
                return false;
            }
            if (s.is(j, "valuation", "valuations") && (j >= m.start() - 4 || s.find(j, m.start(), "of", "at", "to", "is", "was", "above", "near") >= 0)) {
                return s.find(j, m.start(), ",", ";", "and", "raised", "raising", "with") < 0 || j >= m.start() - 3;
            }
            if (s.is(j, "valued", "valuing", "values", "value") && s.find(j, m.start(), "at") >= 0
                    || s.is(j, "valued") && s.is(j + 1, "$")
                    || s.is(j, "valued") && s.is(j + 1, "between") && j + 2 == m.start()) {
                // "valued between $750 million and $1 billion": a range of worth
                // "a holding valued at Rs 8,371 crore": what a stake is worth, not a company
                return s.find(Math.max(0, j - 3), j, "holding", "holdings", "position") < 0;
            }
            if (s.is(j, "worth") && s.is(j - 1, "now", "is", "was", "be", "being") && s.find(j - 3, j, "company", "startup", "it") >= 0) {
                return true;
            }
            // "Typeform was worth $70 million post-money"
            if (s.is(j, "worth") && s.is(j - 1, "is", "was") && s.nameEndingAt(j - 1) != null && j + 1 == m.start()) {
                return true;
            }
            if (s.moneyAt(j) != null || s.is(j, ".", ";")) {
                break;
            }
        }
        return false;
    }

    /** The word before an amount and up to three hedges on it ("of about $5M": "of"), or -1. */
    private static int wordBeforeHedgedAmount(Sentence s, MoneySpan m) {
        int k = m.start() - 1;
        while (k >= 0 && m.start() - k <= 4 && s.is(k, "about", "approximately", "around", "roughly", "some", "nearly",
                "over", "more", "than", "up", "to", "~", "just", "under", "almost")) {
            k--;
        }
        return k;
    }

    /**
     * The "value" token of a company's worth told in merger terms: "an implied value of Ambros of $500 million",
     * "Verde has been ascribed an aggregate enterprise value of $306.9 million", "Nxu's enterprise value is $16.2
     * million", "a listed company with an equity value of about $1 billion"; -1 when the money is no such worth.
     */
    static int companyWorthAt(Sentence s, MoneySpan m) {
        int k = wordBeforeHedgedAmount(s, m);
        if (!s.is(k, "of", "is", "was", "at")) {
            return -1;
        }
        Name named = s.nameEndingAt(k);
        if (named != null && s.is(k, "of") && s.is(named.start - 1, "of") && s.is(named.start - 2, "value")) {
            return named.start - 2;
        }
        int v = k - 1;
        if (!s.is(v, "value") || statedDealValue(s, m)) {
            return -1;
        }
        boolean kind = s.find(Math.max(0, v - 2), v, "equity", "enterprise", "implied") >= 0;
        boolean ascribed = s.find(Math.max(0, v - 6), v, "ascribed", "assigned") >= 0;
        boolean possessive = s.find(Math.max(0, v - 4), v, "'s", "’s") >= 0;
        return kind || ascribed || possessive && s.is(k, "is", "was", "of") ? v : -1;
    }

    /** Whose worth {@link #companyWorthAt} tells: the company named after "value of", before "'s", or the subject. */
    private Ref companyWorthOwner(Sentence s, MoneySpan m) {
        int v = companyWorthAt(s, m);
        if (v < 0) {
            return null;
        }
        Name after = nextName(s, v + 1, m.start());
        if (after != null && after.canBeCompany()) {
            return Ref.of(s, after);
        }
        for (int j = v - 1; j >= Math.max(0, v - 5); j--) {
            if (s.is(j, "'s", "’s")) {
                Name n = s.nameEndingAt(j);
                return n != null && n.canBeCompany() ? Ref.of(s, n) : null;
            }
        }
        // the tagger may call a company a person here; no person is "ascribed an enterprise value"
        Ref subject = subjectBefore(s, v);
        return subject != null && subject.name != null && subject.name.kind != Name.Kind.PLACE ? subject : null;
    }

    /** "$240M raise", "a $230 million significant up-round": the amount is the size of a round or deal it names. */
    private static boolean namesADealSize(Sentence s, MoneySpan m) {
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 4); j++) {
            if (s.is(j, "-") || s.is(j, "up", "down") && s.is(j + 1, "-")) {
                continue; // "up-round"
            }
            if (s.is(j, "round", "raise", "fundraise", "funding", "financing", "investment", "deal", "up-round",
                    "tranche", "placement", "loan", "note", "notes")) {
                return true;
            }
            if (s.moneyAt(j) != null || !Character.isLetter(s.word(j).charAt(0)) || s.is(j, "valuation", "valuations")
                    || Lexicon.FUNCTION_WORDS.contains(s.lower(j))) {
                return false; // "valued at $1 billion in the round": the round is told apart
            }
        }
        return false;
    }

    /** "a total (mostly on paper) valuation", "their combined valuation": the worth of many companies together. */
    private static boolean isPooledValuation(Sentence s, int valuationAt) {
        for (int j = valuationAt - 1; j >= Math.max(0, valuationAt - 6); j--) {
            if (s.is(j, "total", "combined", "collective", "aggregate", "cumulative", "portfolio")) {
                return true;
            }
            if (s.moneyAt(j) != null || s.is(j, ",", ";", "at", "of")) {
                return false;
            }
        }
        return false;
    }

    /** "the transaction is valued at $X", "a deal valued at $X": the size of the deal, not of a company. */
    private static boolean transactionValue(Sentence s, MoneySpan m) {
        if (statedDealValue(s, m)) {
            return true;
        }
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 8); j--) {
            if (s.is(j, "valued", "valuing", "values")) {
                for (int k = j - 1; k >= Math.max(0, j - 5); k--) {
                    if (s.is(k, "transaction", "deal", "acquisition", "merger", "offer", "bid", "purchase", "agreement",
                            "takeover", "sale", "stake", "buyout", "package", "consideration")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return s.is(m.end(), "deal", "acquisition", "takeover", "buyout", "merger", "transaction");
    }

    /**
     * "gives the transaction an indicated value of $X", "the exchange would have a market value of about $X", "a
     * sale value of $X", "the agreement ... for an amount of $X", "to acquire two road assets at an enterprise value
     * of $X", "to issue $X worth of its own common stock in exchange for": what a deal is worth, told beside its noun.
     */
    private static boolean statedDealValue(Sentence s, MoneySpan m) {
        int k = wordBeforeHedgedAmount(s, m);
        if (s.is(k, "of") && s.is(k - 1, "value", "amount", "consideration")) {
            int noun = k - 1;
            // "... from Cinven for an enterprise value of approximately £289 million": the price paid
            int f = noun - 1;
            while (f >= 0 && noun - f <= 4 && s.is(f, "a", "an", "the", "enterprise", "equity", "total", "aggregate",
                    "implied", "transaction")) {
                f--;
            }
            if (s.is(f, "for")) {
                return true;
            }
            if (s.find(Math.max(0, noun - 3), noun, "'s", "’s") >= 0) {
                return false; // "Nxu's aggregate enterprise value of": a company's worth
            }
            for (int j = noun - 1; j >= Math.max(0, noun - 10); j--) {
                if (s.is(j, "transaction", "deal", "exchange", "merger", "offer", "sale", "agreement", "acquisition",
                        "takeover", "purchase", "buyout") || DealWords.ACQUIRE_VERBS.contains(s.lower(j))) {
                    return true;
                }
                Name n = s.nameAt(j);
                if (n != null && n.end == j + 1 && s.is(j + 1, "has", "is", "was", "will", "had")) {
                    return false; // "..., Verde has been ascribed an enterprise value of": Verde's worth
                }
                if (s.is(j, ".", ";") || s.moneyAt(j) != null) {
                    break;
                }
            }
            return false;
        }
        // "USAir put its total cost of completing the tender offer at 1.7 billion dlrs", "the cost of the acquisition is"
        if (s.is(k, "at", "is", "was", "be")) {
            int cost = s.find(Math.max(0, k - 9), k, "cost", "price");
            if (cost >= 0 && s.is(cost + 1, "of") && s.find(cost, k, "offer", "deal", "acquisition", "takeover", "merger",
                    "purchase", "transaction", "buyout") >= 0) {
                return true;
            }
        }
        // "12 mln dlrs worth of its own common stock in exchange for all of U.S. Design"
        if (s.is(m.end(), "worth") && s.is(m.end() + 1, "of")) {
            int stock = s.find(m.end() + 2, Math.min(s.size(), m.end() + 7), "stock", "shares", "common");
            return stock >= 0 && s.find(stock, Math.min(s.size(), stock + 6), "exchange", "for") >= 0;
        }
        return false;
    }

    /**
     * "It has raised $180 million to date, including major financing from Ping An at a $400 million valuation": a
     * worth told inside a total raised belongs to one of the past rounds, not to the news.
     */
    private static boolean valuationWithinATotal(Sentence s, Frame f) {
        if (f.amount != null || f.valuation == null || f.focus == null) {
            return false;
        }
        for (MoneySpan other : s.money) {
            if (other.end() <= f.focus.start() && isTotal(s, other)
                    && s.find(other.end(), f.focus.start(), "including", "includes", "included") >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Snapdeal, which had raised over $1.5 billion from investors, was valued at $6.5 billion", "which has now raised a
     * total of $329 million on a valuation of $1.3 billion": a company's worth told beside its sum raised so far in an
     * aside sizes the company, no round ("a total of $180 million, including financing from X at a $400 million
     * valuation" does; so does "It has now raised a total of $80 million at a valuation of $400 million" right after
     * the round that brought it there).
     */
    private static boolean worthBesideASum(Sentence s, Frame f) {
        if (!f.attachment || !"valuation".equals(f.attachType) || f.amount != null || f.valuation == null
                || f.focus == null || !f.parties.isEmpty()) {
            return false;
        }
        for (MoneySpan other : s.money) {
            if (other != f.focus && isTotal(s, other)) {
                if (!sumToldInAnAside(s, other)) {
                    return false;
                }
                // "was valued at $1 billion in the most recent round": the worth a round set
                int lo = Math.min(other.end(), f.focus.end());
                int hi = Math.min(s.size(), Math.max(other.start(), f.focus.end() + 6));
                return s.find(lo, hi, "including", "includes", "included", "round", "financing", "funding") < 0;
            }
        }
        return false;
    }

    /** "has raised $X to date", "bringing its total to $X", "a total of $X": totals, not one deal. */
    static boolean isTotal(Sentence s, MoneySpan m) {
        MoneySpan converted = conversionOf(s, m);
        if (converted != null) {
            return isTotal(s, converted);
        }
        // "To date, Cubic has raised $83.5 million", "So far, it has raised ...": a sum, said before the figure
        for (int j = Math.max(0, m.start() - 12); j < m.start(); j++) {
            if (s.is(j, "to") && s.is(j + 1, "date") || s.is(j, "so", "thus") && s.is(j + 1, "far")
                    || s.is(j, "all") && s.is(j + 1, "told")) {
                return s.find(j, m.start(), ";", "but", "while", "and") < 0;
            }
        }
        // "had raised more than $130 million": a cumulative figure, not one round, unless a round noun follows
        int q = beforeHedges(s, m);
        if (q < m.start() - 1 && s.is(q, "raised") && s.is(q - 1, "had", "previously") && !s.is(q - 1, "to")
                && !roundNamedAfter(s, m)) {
            return true;
        }
        if (hedgedSumSoFar(s, m, q) || sumOfRoundsNamedAfter(s, m)) {
            return true;
        }
        // "EatWith is thought to have raised (over) $8 million": hearsay about what a company has taken in so far,
        // with or without a hedge before the figure
        if (s.is(q, "raised") && s.is(q - 1, "have") && s.is(q - 2, "to")
                && s.is(q - 3, "thought", "said", "believed", "understood", "estimated", "reported", "known")
                && !roundNamedAfter(s, m)) {
            return true;
        }
        // "brings total funding raised to date to $158 million"
        for (int j = Math.max(0, m.start() - 9); j < m.start(); j++) {
            if (s.is(j, "bringing", "brings", "brought", "bring", "taking", "takes") && s.find(j, m.start(), "total") >= 0
                    || s.is(j, "to") && s.is(j + 1, "date") && j + 2 < m.start()
                    || s.is(j, "in") && s.is(j + 1, "total", "all") && s.is(j + 2, ",")) {
                return true;
            }
        }
        for (int j = Math.max(0, m.start() - 6); j < m.start(); j++) {
            if (TOTAL_CUES.contains(s.lower(j)) && !s.is(j + 1, "round", "funding", "deal", "consideration", "purchase",
                    "cost", "price")) {
                if (s.is(j, "total") && s.is(j - 1, "the") && s.is(m.end(), "funding", "round", "deal")) {
                    return false;
                }
                return !(s.find(j, m.start(), "round", "deal", "price", "consideration") >= 0);
            }
            if (s.is(j, "bringing", "brings", "brought", "bring") && s.find(j, m.start(), "to") >= 0) {
                return true;
            }
        }
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 8); j++) {
            if (s.is(j, "to") && s.is(j + 1, "date") || s.is(j, "so") && s.is(j + 1, "far")
                    || s.is(j, "in") && s.is(j + 1, "total", "all") || s.is(j, "since") && (s.is(j + 1, "its") || s.is(j + 1, "launch", "inception", "founding"))
                    || s.is(j, "overall") || s.is(j, "altogether")) {
                return true;
            }
            if (s.moneyAt(j) != null || s.is(j, ".", ";")) {
                break;
            }
        }
        return false;
    }

    /**
     * "had raised $23 million, including its $17 million Series B last year", "to $247 million, which includes a $60
     * million round": a figure that includes a round named after it sums several.
     */
    private static boolean sumOfRoundsNamedAfter(Sentence s, MoneySpan m) {
        int i = m.end();
        if (!s.is(i, ",")) {
            return false;
        }
        i++;
        if (s.is(i, "which")) {
            i++;
        }
        if (!s.is(i, "including", "includes", "included")) {
            return false;
        }
        i++;
        if (s.is(i, "its", "their", "a", "an", "the")) {
            i++;
        }
        MoneySpan part = s.moneyAt(i);
        return part != null && part != m && s.find(part.end(), Math.min(s.size(), part.end() + 4), "round", "series",
                "seed") >= 0;
    }

    /**
     * "OYO, which has raised over $250 million from investors", "having raised nearly $165 million", "has now raised
     * a total of $329 million": a perfect tense with an upper-bound hedge sums what a company took in so far; a new
     * round is told with its round word ("has raised more than $20 million in a new Series B"). {@code q} is the word
     * before the hedge.
     */
    private static boolean hedgedSumSoFar(Sentence s, MoneySpan m, int q) {
        if (!sumHedgeIn(s, q + 1, m.start()) || !s.is(q, "raised")) {
            return false;
        }
        boolean sinceAdverb = s.is(q - 1, SINCE_ADVERBS);
        int aux = auxiliaryOf(s, q);
        if (!s.is(aux, "has", "have", "having", "had")) {
            return false;
        }
        // "Acme has raised more than $20 million from A and B" opening a story is its news round: there a sum needs an
        // aside about the company, a word that sums, or the new round told beside it; past the lead it is background
        if (s.inLead && !perfectInAnAside(s, aux) && !sinceAdverb && s.find(q + 1, m.start(), "total") < 0
                && !newRoundBeside(s, m)) {
            return false;
        }
        return !roundNamedAfter(s, m);
    }

    /** "had raised more than $20 million in a new Series B led by X": a hedged figure told as one round. */
    private static boolean roundNamedAfter(Sentence s, MoneySpan m) {
        return s.find(m.end(), Math.min(s.size(), m.end() + 6), "round", "series", "seed", "new", "fresh", "latest",
                "led") >= 0;
    }

    /** The index of the word before the hedge words in front of {@code m}: "raised" in "raised more than $5 million". */
    private static int beforeHedges(Sentence s, MoneySpan m) {
        int q = m.start() - 1;
        while (q >= 0 && HEDGE_WORDS.contains(s.lower(q))) {
            q--;
        }
        return q;
    }

    /** Adverbs between a perfect's auxiliary and its participle that tell a sum so far: "has now raised". */
    private static final String[] SINCE_ADVERBS = {"now", "already", "collectively", "previously"};

    /** Where the auxiliary of the participle at {@code v} stands, over one of {@link #SINCE_ADVERBS}. */
    private static int auxiliaryOf(Sentence s, int v) {
        return s.is(v - 1, SINCE_ADVERBS) ? v - 2 : v - 1;
    }

    private static boolean sumHedgeIn(Sentence s, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (SUM_HEDGES.contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "OYO, which has raised", "a startup that has raised", "having raised", "Airbnb, which is heading for an IPO, and
     * has raised": the perfect at {@code aux} describes a company in an aside, it does not tell the sentence's news.
     */
    private static boolean perfectInAnAside(Sentence s, int aux) {
        return s.is(aux, "having") || s.is(aux - 1, "which", "who", "that")
                || s.is(aux - 1, "and") && s.find(Math.max(0, aux - 20), aux - 1, "which", "who") >= 0;
    }

    /** "Acme, which has raised ...", "Acme, which so far raised $N": a sum told in an aside about the company. */
    private static boolean sumToldInAnAside(Sentence s, MoneySpan m) {
        int v = beforeHedges(s, m);
        if (s.is(v, "raised", "invested")) {
            return s.is(v - 1, "which", "who") || perfectInAnAside(s, auxiliaryOf(s, v));
        }
        return s.find(Math.max(0, m.start() - 12), m.start(), "which", "who", "having") >= 0;
    }

    /** "..., has raised more than $50 million and on Tuesday raised $30 million": another figure told as a round. */
    private static boolean newRoundBeside(Sentence s, MoneySpan m) {
        for (MoneySpan o : s.money) {
            if (o == m || conversionOf(s, o) == m || conversionOf(s, m) == o) {
                continue;
            }
            if (s.find(Math.max(0, o.start() - 3), o.start(), "raised", "raises", "raising", "secured", "closed", "landed")
                    >= 0 || s.find(o.end(), Math.min(s.size(), o.end() + 4), "round", "series", "seed") >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "£12 million ($16 million)": the figure in brackets restates the one before it in another currency. */
    static MoneySpan conversionOf(Sentence s, MoneySpan m) {
        if (!s.is(m.start() - 1, "(")) {
            return null;
        }
        MoneySpan before = s.moneyAt(m.start() - 2);
        return before != null && before != m ? before : null;
    }

    /** Revenue, assets, market sizes, losses: money that is no deal's amount. */
    static boolean isNonDealMoney(Sentence s, MoneySpan m) {
        if (s.is(m.start() - 1, "from") && s.is(m.end(), "to") && s.moneyAt(m.end() + 1) != null) {
            return true; // "increase the offering from $12 million to $15 million": the old size
        }
        int lo = Math.max(0, m.start() - 6);
        if (statedDealValue(s, m)) {
            return false; // "its total cost of completing the tender offer at $X": the deal's cost
        }
        for (int j = m.start() - 1; j >= lo; j--) {
            if (s.is(j, ",", ";", "for", "raised", "raises", "raise", "acquire", "buy", "deal", "invest", "invested")) {
                break;
            }
            if (DealWords.NON_DEAL_MONEY.contains(s.lower(j)) && !s.is(j, "valuation", "valuations", "worth")) {
                return true;
            }
        }
        for (int j = m.end(); j < Math.min(s.size(), m.end() + 3); j++) {
            String w = s.lower(j);
            if (s.is(j, "in", "of", "a", "per", "annual", "annualized", "yearly", "of", "total")) {
                continue;
            }
            if (DealWords.NON_DEAL_MONEY.contains(w) && !s.is(j, "valuation", "valuations", "worth", "debt")) {
                return true;
            }
            if (s.is(j, "market", "industry", "opportunity", "economy") || s.is(j, "company") && s.is(j - 1, "dlr")) {
                return true;
            }
            break;
        }
        if (s.is(m.end(), "a") && s.is(m.end() + 1, "year", "month", "quarter") || s.is(m.end(), "annually")) {
            return true;
        }
        // "is in default on 33 mln dlrs of bank debt", "may downgrade 120 mln dlrs of debt": not a new loan
        if (s.find(Math.max(0, m.start() - 4), m.start(), "default", "downgrade", "downgraded", "upgrade", "rating",
                "ratings") >= 0) {
            return true;
        }
        // "a near-£200m loan book": what a bank holds
        if (s.is(m.end(), "loan", "loans", "mortgage", "credit") && s.is(m.end() + 1, "book", "books", "portfolio")) {
            return true;
        }
        // "appraised Southern as worth between 500 mln and 800 mln dlrs less than its own valuations": a difference
        if (s.is(m.end(), "more", "less", "fewer", "higher", "lower", "greater") && s.is(m.end() + 1, "than")) {
            return true;
        }
        return false;
    }

    private static String basisNear(Sentence s, MoneySpan m) {
        int lo = Math.max(0, m.start() - 8);
        int hi = Math.min(s.size(), m.end() + 8);
        for (int i = lo; i < hi; i++) {
            if (s.is(i, "post-money", "postmoney") || s.is(i, "post") && s.is(i + 1, "-", "money")
                    || s.is(i, "after") && s.is(i + 1, "the") && s.is(i + 2, "investment", "round", "funding", "deal",
                    "financing", "raise", "capital")
                    || s.is(i, "following") && s.is(i + 1, "the") && s.is(i + 2, "investment", "round", "funding")
                    || s.is(i, "including") && s.is(i + 1, "the") && s.is(i + 2, "new", "investment", "funding")) {
                return "post";
            }
            if (s.is(i, "pre-money", "premoney") || s.is(i, "pre") && s.is(i + 1, "-", "money")
                    || s.is(i, "before") && s.is(i + 1, "the", "giving") && s.find(i, Math.min(s.size(), i + 6), "investment", "round", "funding", "placement", "financing") >= 0) {
                return "pre";
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // lists and small helpers

    /** A list of names from {@code from}: "A, B and C", "UK broadcaster Sky, Malaysia's Catcha Group and PLDT". */
    /** Set by {@link #nameList}: the index in its result of the first name after "with" or "alongside". */
    private int coBackersFrom;

    List<Ref> nameList(Sentence s, int from, int to) {
        List<Ref> out = new ArrayList<>();
        coBackersFrom = Integer.MAX_VALUE;
        int i = from;
        int lowerRun = 0;
        Name pending = null;
        while (i < Math.min(to, s.size())) {
            Tok t = s.toks.get(i);
            Name n = s.nameAt(i);
            if (n != null) {
                Name owned = n.possessive ? s.nameStartingAt(n.end + 1) : null;
                int unit = owned == null ? -1 : s.find(owned.end, Math.min(to, owned.end + 3), "unit", "division", "arm",
                        "subsidiary");
                if (unit >= 0 && n.canBeCompany() && s.find(owned.end, unit, ",", "and", "&") < 0) {
                    pending = n; // "Google's Quantum AI business unit": the parent invests
                    i = unit + 1;
                    lowerRun = 0;
                    continue;
                }
                if (n.descriptorSuffix != null || n.kind == Name.Kind.PLACE || n.possessive && s.nameStartingAt(n.end + 1) != null) {
                    i = n.end + (n.possessive ? 1 : 0);
                    if (n.descriptorSuffix != null) {
                        i += 2;
                    }
                    continue;
                }
                if (describesPrevious(s, n) || PERSON_TITLES.contains(s.lower(n.end)) && n.canBeCompany()) {
                    // "Jane Roe, CEO of Acme", "Premji, the equity arm of Wipro", "Nest co-founder Tony Fadell":
                    // a name that says where a backer works is no backer
                    i = n.end;
                    continue;
                }
                if (pending != null && lowerRun > 2) {
                    // "A and a grant from B -- underscores the ... of C": C is past the list's end
                    out.add(Ref.of(s, pending));
                    pending = null;
                    break;
                }
                pending = n;
                i = n.end;
                lowerRun = 0;
                continue;
            }
            if (pending != null && pending.kind == Name.Kind.PERSON && s.is(i, "at", "of", "from")
                    && s.nameStartingAt(i + 1) != null && s.nameStartingAt(i + 1).canBeCompany()
                    && s.nameStartingAt(i + 1).kind == Name.Kind.ORG) {
                pending = s.nameStartingAt(i + 1); // "led by Jane Roe at Acme Capital": the firm invests
                i = pending.end;
                continue;
            }
            int resume = listResumesAt(s, i, pending != null, to);
            if (resume > i) {
                // "Google (leading), with SoftBank", "institutions — A, B and C", "X, which led it, plus Y"
                if (pending != null) {
                    out.add(Ref.of(s, pending));
                    pending = null;
                }
                if (s.is(i, "with", "alongside") && coBackersFrom == Integer.MAX_VALUE) {
                    coBackersFrom = out.size();
                }
                i = resume;
                lowerRun = 0;
                continue;
            }
            boolean separator = t.word.equals(",") || t.lower.equals("and") || t.word.equals("&")
                    || t.lower.equals("as") && s.is(i + 1, "well") || t.lower.equals("plus") || t.lower.equals("along")
                    || t.lower.equals("alongside") && false;
            if (separator || t.word.equals(".") || t.word.equals(";") || t.lower.equals("with") || t.lower.equals("alongside")
                    || t.word.equals("—") || t.word.equals("--") || t.word.equals("–") || t.word.equals("(") || t.lower.equals("which") || t.lower.equals("who")
                    || t.lower.equals("to") || t.lower.equals("in") && pending != null || t.lower.equals("at")
                    || t.lower.equals("for") || t.lower.equals("among")) {
                if (pending != null) {
                    out.add(Ref.of(s, pending));
                    pending = null;
                }
                if (!separator) {
                    break;
                }
                if (t.lower.equals("as")) {
                    i += 3; // "as well as"
                    continue;
                }
                if (t.lower.equals("along")) {
                    if (s.is(i + 1, "with") && coBackersFrom == Integer.MAX_VALUE) {
                        coBackersFrom = out.size(); // "led by A, along with B": B does not lead
                    }
                    i += 2;
                    continue;
                }
                i++;
                continue;
            }
            if (s.moneyAt(i) != null || s.is(i, "said", "says", "will", "has", "have", "is", "are", "was", "were",
                    "also", "participated", "joined", "invested", "led", "put", "among")) {
                if (pending != null) {
                    out.add(Ref.of(s, pending));
                    pending = null;
                }
                break;
            }
            lowerRun++;
            if (lowerRun > 6 || looksLikeVerb(s, i)) {
                if (pending != null && lowerRun == 1 && s.is(pending.start - 1, ",") && !s.toks.get(i).pos.equals("VBD")
                        && COMMON_VERBS.contains(s.lower(i)) && s.lower(i).endsWith("s")) {
                    pending = null; // "led by Greylock, Reid Hoffman joins board": a new clause's subject
                }
                break;
            }
            i++;
        }
        if (pending != null) {
            out.add(Ref.of(s, pending));
        }
        out.removeIf(r -> r.name != null && isMedia(r.name));
        return out;
    }

    /**
     * Where a list of backers goes on past a word that would otherwise end it, or {@code i} when it
     * ends (or {@code i} is no such word): a parenthesis after a name ("Acme Fund (its third)"), a
     * dash before the names ("three banks — A, B and C"), "with"/"alongside" right before a name,
     * a "which"/"who" clause or a "via" phrase closed by a comma and followed by more names.
     */
    private static int listResumesAt(Sentence s, int i, boolean afterName, int to) {
        int end = Math.min(to, s.size());
        if (s.is(i, "(") && afterName) {
            int close = s.find(i + 1, Math.min(end, i + 25), ")");
            return close > 0 ? close + 1 : i;
        }
        if (s.is(i, "—", "--", "–") && (!afterName && LIST_NOUNS.contains(s.lower(i - 1))
                || afterName && s.is(i + 1, "and", "plus"))) {
            return i + 1; // "two banks — A and B — and C"
        }
        if (s.is(i, "with", "alongside") || s.is(i, "in") && s.is(i + 1, "addition") && s.is(i + 2, "to")) {
            int next = s.is(i, "in") ? i + 3 : i + 1;
            if (s.nameStartingAt(next) != null && s.nameStartingAt(next).kind != Name.Kind.PLACE) {
                return next;
            }
            // "alongside existing seed investors A and B"
            for (int j = next; j < Math.min(end, next + 4); j++) {
                if (s.nameAt(j) != null || s.toks.get(j).capitalised() || s.is(j, "participation", "from", "of", "by")) {
                    break; // "with participation from ...": a cue of its own, with its own role
                }
                if (LIST_NOUNS.contains(s.lower(j)) && s.nameStartingAt(j + 1) != null) {
                    return j + 1;
                }
            }
        }
        if (afterName && s.is(i, "via", "through")) {
            // "DFJ via partner Jane Roe": the firm invests, not the person it sends
            int stop = s.find(i + 1, Math.min(end, i + 12), ",", ".", ";", "—", "(", "and");
            return stop > 0 ? stop : i;
        }
        if (afterName && s.is(i, ",") && s.is(i + 1, "which", "who", "the", "a", "an")) {
            // "X, which led it, plus Y", "Didi, the company that beat Uber in China, and SoftBank"
            int comma = s.find(i + 2, Math.min(end, i + 12), ",", ".", ";", "—", "(");
            if (comma > 0 && s.is(comma, ",") && (s.is(comma + 1, "and", "plus", "as", "along", "alongside")
                    || s.nameStartingAt(comma + 1) != null)) {
                return comma;
            }
        }
        return i;
    }

    /** Words before "of" that make the name after them describe a person or firm named before: "CEO of X", "arm of X". */
    private static final Set<String> DESCRIBING_OF = Lexicon.words("""
            ceo cfo cto coo founder co-founder cofounder partner head president chairman chairwoman director
            executive chief officer vp member manager arm unit division subsidiary affiliate part""");

    /** Titles after an employer's name and before a person's: "Nest co-founder Tony Fadell". */
    private static final Set<String> PERSON_TITLES = Lexicon.words("""
            ceo cfo cto coo founder founders co-founder co-founders cofounder cofounders chairman chairwoman
            president creator executive chief boss""");

    /** A name that describes the one before it rather than adding one: "X, CEO of Acme", "former Acme head". */
    private static boolean describesPrevious(Sentence s, Name n) {
        if (s.is(n.start - 1, "of") && DESCRIBING_OF.contains(s.lower(n.start - 2))) {
            return true;
        }
        return s.is(n.start - 1, "ex", "ex-", "former") && s.is(n.start - 2, ",");
    }

    /** Plural nouns that describe the names after them in a list: "existing backers X and Y". */
    private static final Set<String> LIST_NOUNS = Lexicon.words("""
            investors backers partners funds firms companies banks angels shareholders founders executives
            groups investments ventures others members lenders institutions offices clients insurers""");
    private static final Set<String> COMMON_VERBS = Lexicon.words("""
            is are was were has have had will would said says cements makes gives puts brings takes marks shows
            means helps comes plans adds joins leads owns holds runs sees expects remains becomes allows lets
            keeps gets got made gave put brought took marked showed meant helped came planned added joined owned
            held ran saw expected remained became allowed kept announced reported told noted explained declined""");

    /** A verb in a list of names ends the list: "..., cements AWS as the preferred cloud". */
    private static boolean looksLikeVerb(Sentence s, int i) {
        Tok t = s.toks.get(i);
        if (t.pos.startsWith("VB")) {
            return !t.pos.equals("VBG") && !t.pos.equals("VBN");
        }
        if (COMMON_VERBS.contains(t.lower)) {
            return true;
        }
        return s.is(i - 1, ",") && t.lower.endsWith("s") && !t.lower.endsWith("ss") && !LIST_NOUNS.contains(t.lower)
                && t.lower.length() > 3 && s.nameStartingAt(i + 1) != null;
    }

    private static boolean isMedia(Name n) {
        return Lexicon.MEDIA.contains(n.text.toLowerCase());
    }

    private static boolean sameRef(Ref a, Ref b) {
        if (a == null || b == null || a.text == null || b.text == null) {
            return false;
        }
        return io.dealstream.model.CompanyNames.key(a.text).equals(io.dealstream.model.CompanyNames.key(b.text));
    }

    private static boolean roundNounBetween(Sentence s, int from, int to) {
        for (int i = from; i < Math.min(to, s.size()); i++) {
            if (s.is(i, "round", "funding", "financing", "investment", "seed", "series", "capital", "backing",
                    "fundraise", "fundraising", "raise", "placement", "injection", "equity", "loan", "debt", "notes",
                    "ipo", "venture")) {
                return true;
            }
            if (s.is(i, ".", ";")) {
                return false;
            }
        }
        return false;
    }

    private static String roleFor(String type) {
        return switch (type) {
            case "debt" -> Party.LENDER;
            case "ipo" -> Party.UNDERWRITER;
            default -> Party.INVESTOR;
        };
    }

    private void clause(Frame f) {
        f.lo = clauseStart(f.sentence, f.anchor);
        f.hi = clauseEnd(f.sentence, f.anchor);
    }

    private static int clauseStart(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (s.is(j, ";")) {
                return j + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(Sentence s, int i) {
        // ", which recently merged with Paktor, has closed a $40 million round": a relative clause ends at its comma
        for (int j = i - 1; j > 0 && !s.is(j, ",", ";"); j--) {
            if (s.is(j, "which", "who") && s.is(j - 1, ",")) {
                int comma = s.find(i + 1, s.size(), ",", ";");
                return comma >= 0 ? comma : s.size();
            }
        }
        for (int j = i + 1; j < s.size(); j++) {
            if (s.is(j, ";") || s.is(j, "while", "whereas") && s.is(j - 1, ",")) {
                return j;
            }
        }
        return s.size();
    }

    private static boolean has(Sentence s, int lo, int hi, String... phrases) {
        for (String p : phrases) {
            if (s.phraseAt(p, lo, hi) >= 0) {
                return true;
            }
        }
        return false;
    }
}
