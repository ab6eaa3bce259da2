package io.dealstream.extractor;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.model.Condition;
import io.dealstream.model.Tranche;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Conditions ("subject to regulatory approval", "contingent on ...", "upon achievement of ...")
 * and tranches ("an initial payment of $X, the remaining $Y contingent on ...") of a sentence.
 */
final class Terms {

    private static final Set<String> GENERIC = Set.of("certain conditions", "conditions", "certain terms",
            "the terms", "terms", "certain", "various conditions", "a number of conditions", "several conditions",
            "the conditions", "conditions precedent", "a condition", "some conditions");

    private Terms() {
    }

    /** Sentences of legal boilerplate name every risk; their conditions are not the deal's. */
    static boolean isBoilerplate(Sentence s) {
        return s.containsPhrase("forward-looking") || s.containsPhrase("forward - looking")
                || s.containsPhrase("could cause actual") || s.containsPhrase("risks and uncertainties")
                || s.containsPhrase("cautionary") || s.containsPhrase("no assurance")
                || s.containsPhrase("risk factors") || s.containsPhrase("undue reliance")
                || s.containsPhrase("failure to satisfy") || s.containsPhrase("the risk that")
                || s.containsPhrase("factors that") || s.containsPhrase("uncertainties");
    }

    static List<Condition> conditions(Sentence s) {
        List<Condition> out = new ArrayList<>();
        if (isBoilerplate(s)) {
            return out;
        }
        for (int i = 0; i < s.size(); i++) {
            int start = -1;
            boolean strong = true;
            if (s.is(i, "subject") && s.is(i + 1, "to")) {
                start = i + 2;
            } else if (s.is(i, "contingent", "conditional", "conditioned", "dependent", "predicated")
                    && s.is(i + 1, "on", "upon")) {
                start = i + 2;
            } else if (s.is(i, "pending") && !s.is(i - 1, "the", "a", "its") && !s.is(i + 1, "deal", "acquisition",
                    "merger", "transaction", "sale", "purchase", "takeover", ",")) {
                start = i + 1;
                strong = false;
            } else if (s.is(i, "upon") && s.is(i + 1, "the", "achievement", "approval", "satisfaction", "receipt",
                    "achieving", "hitting", "reaching", "meeting", "satisfying", "certain", "completion", "listing",
                    "successful", "regulatory", "shareholder", "fulfillment", "fulfilment") && !s.is(i + 2, "closing", "close",
                    "completion", "signing") && !s.is(i + 1, "completion")) {
                start = i + 1;
                strong = false;
            } else if (s.is(i, "which", "that") && s.is(i + 1, "may", "could", "might", "would") && s.is(i + 2, "include")) {
                start = i + 3;
            } else if (s.is(i, "if") && s.find(i + 1, Math.min(s.size(), i + 15), "exceeds", "exceed", "achieves",
                    "achieve", "meets", "meet", "hits", "hit", "reaches", "reach", "milestones", "milestone", "target",
                    "targets", "equals") >= 0) {
                start = i + 1;
                strong = false;
            } else if (s.is(i, "requires", "require", "required", "needs", "need") && s.find(i + 1, Math.min(s.size(), i + 6),
                    "approval", "approvals", "clearance", "consent", "vote") >= 0 && dealContext(s)) {
                start = i + 1;
                strong = false;
            } else if (s.is(i, "approved", "approve", "approves", "approval") && (s.is(i + 1, "by", "of") || s.is(i, "approved")
                    && s.is(i - 1, "unanimously")) && dealContext(s) && !s.is(i - 1, "subject")
                    && s.find(Math.max(0, i - 3), i, "to") < 0) {
                start = s.is(i, "approved") && s.is(i - 1, "unanimously") ? i - 1 : i;
                strong = false;
            }
            if (start < 0) {
                continue;
            }
            int end = start;
            while (end < s.size() && end - start < 28) {
                if (s.is(end, ".", ";", "while", "whereas") || s.is(end, "which") && end > start) {
                    break;
                }
                if (s.is(end, ",") && (end - start > 12 || s.is(end + 1, "which", "with", "said", "according", "but",
                        "it", "and", "as", "the", "while", "in", "to", "for", "after", "before", "when", "so"))) {
                    break;
                }
                if (s.is(end, "and") && s.is(end + 1, "is", "was", "will", "are", "has", "it", "would", "could")) {
                    break;
                }
                end++;
            }
            for (String piece : split(s, start, end)) {
                String kind = kind(piece);
                String lower = piece.toLowerCase(Locale.ROOT);
                if (GENERIC.contains(lower) || GENERIC.contains(lower.replaceAll("^(the|certain|various|some|other)\\s+", "").trim())) {
                    continue;
                }
                if (kind.equals("other") && (!strong || piece.split(" ").length < 3)) {
                    continue;
                }
                out.add(new Condition(kind, piece));
            }
            i = Math.max(i, end - 1);
        }
        return out;
    }

    private static boolean dealContext(Sentence s) {
        return s.contains("deal", "transaction", "merger", "acquisition", "agreement", "offer", "closing", "scheme",
                "combination", "sale", "purchase", "takeover", "investment", "placement", "offering");
    }

    /** Splits a condition span at "and"/"or"/commas into conditions of one kind each. */
    private static List<String> split(Sentence s, int start, int end) {
        List<String> pieces = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            boolean cut = i == end || s.is(i, "or", "as") && !s.is(i + 1, "well") && s.is(i, "or")
                    || s.is(i, "and") && !sharedHead(s, from, i) || s.is(i, ",") || s.is(i, "including");
            if (cut) {
                String piece = clean(s.span(from, i));
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
                from = i + 1;
            }
        }
        // "approval by X shareholders and regulatory authorities": both kinds from one span
        return pieces;
    }

    /** "Savings and Loan", "regulatory and sales milestones": an "and" inside one noun phrase. */
    private static boolean sharedHead(Sentence s, int from, int and) {
        if (and - from < 1) {
            return true;
        }
        String before = s.lower(and - 1);
        String after = s.lower(and + 1);
        boolean adjectiveBefore = before.endsWith("ory") || before.endsWith("al") || before.endsWith("ic")
                || before.equals("sales") || before.equals("financial") || before.equals("technical");
        if (adjectiveBefore && !s.is(and + 1, "the", "other", "customary")) {
            return true;
        }
        return s.toks.get(and - 1).capitalised() && s.toks.get(Math.min(s.size() - 1, and + 1)).capitalised()
                && !s.is(and + 1, "Other") && !after.equals("regulatory");
    }

    private static String clean(String piece) {
        String p = piece.trim();
        p = p.replaceAll("^(?i)(and|or|the satisfaction of|as well as)\\s+", "");
        return p.trim();
    }

    /** The kind of one condition, from its words. */
    static String kind(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\- ]", " ") + " ";
        if (containsAny(t, " milestone", " earn-out", " earnout", " earn out", " earn-outs", " sales target",
                " revenue target", " profit", " revenues", " ebitda", " hurdles", " performance", " technical",
                " targets ", " target ", " net income")) {
            return "milestone";
        }
        if (containsAny(t, " financing", " funding condition", " prerequisite funding", " debt commitment",
                " raising of", " capital raise")) {
            return "financing";
        }
        boolean regulatory = containsAny(t, " regulat", " antitrust", " competition", " government", " federal ",
                " commission", " authorit", " agency", " ministry", " clearance", " hart-scott", " hsr ", " sec ",
                " ftc ", " doj ", " cfius", " fcc ", " cma ", " court", " registration statement", " form s-4",
                " department", " bank board", " central bank", " reserve ", " fdic", " licen", " permit", " tribunal",
                " state ", " states ", " treasury", " exchange ", " tsx", " nhai", " cci ", " european union", " eu ");
        boolean listing = containsAny(t, " ipo", " initial public offering", " listing", " go public", " public offering",
                " nasdaq", " nyse");
        if (listing && !containsAny(t, " regulat", " securities", " authorities")) {
            return "ipo";
        }
        if (regulatory) {
            return "regulatory";
        }
        if (containsAny(t, " shareholder", " stockholder", " holders", " unitholder", " vote", " board",
                " general meeting", " egm ", " agm ", " directors")) {
            return "shareholder";
        }
        if (containsAny(t, " closing", " customary", " conditions precedent", " due diligence", " definitive",
                " final agreement", " negotiation", " documentation", " close ", " conditions")) {
            return "closing";
        }
        return "other";
    }

    private static boolean containsAny(String text, String... needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** A tranche of a deal's amount as a sentence states it. */
    record TrancheCue(MoneySpan money, boolean contingent) {
    }

    static List<TrancheCue> tranches(Sentence s) {
        List<TrancheCue> out = new ArrayList<>();
        for (MoneySpan m : s.money) {
            if (!m.isLumpSum() || DealRules.isNonDealMoney(s, m)) {
                continue;
            }
            int lo = Math.max(0, m.start() - 5);
            int hi = Math.min(s.size(), m.end() + 6);
            boolean upfront = has(s, lo, m.start(), "initial", "upfront", "up-front", "first", "immediate", "initially",
                    "unconditional")
                    || componentOfTheDeal(s, m)
                    || has(s, m.end(), Math.min(s.size(), m.end() + 3), "upfront", "up-front")
                    || s.phraseAt("up front", m.end(), Math.min(s.size(), m.end() + 3)) >= 0
                    || s.phraseAt("at closing", m.end(), hi) >= 0;
            boolean contingent = has(s, lo, m.start(), "remaining", "additional", "further", "deferred", "contingent",
                    "earn-out", "earnout", "milestone", "second", "subsequent", "balance", "conditional")
                    || conditionalClauseBefore(s, m) || partOfATotalPaidLater(s, m)
                    || has(s, m.end(), hi, "contingent", "conditional", "milestone", "milestones", "earn-out", "earnout",
                    "upon", "deferred")
                    || s.phraseAt("subject to", m.end(), hi) >= 0 || s.phraseAt("if", m.end(), Math.min(s.size(), m.end() + 3)) >= 0;
            if (has(s, lo, m.start(), "tranche") || has(s, m.end(), Math.min(s.size(), m.end() + 3), "tranche")) {
                if (!upfront && !contingent) {
                    upfront = true;
                }
            }
            if (upfront && !contingent) {
                out.add(new TrancheCue(m, false));
            } else if (contingent && !upfront) {
                out.add(new TrancheCue(m, true));
            }
        }
        return out;
    }

    /** "The round includes a $200 million primary investment ... and a $40 million tender offer": its parts. */
    static boolean componentOfTheDeal(Sentence s, MoneySpan m) {
        for (int j = m.start() - 1; j >= Math.max(0, m.start() - 6); j--) {
            if (s.is(j, "includes", "include", "comprises", "comprise", "consists", "consist")
                    || s.is(j, "split", "made") && s.is(j - 1, "is", "was", "be")) {
                return s.find(Math.max(0, j - 4), j, "round", "funding", "financing", "deal", "investment", "raise",
                        "placement", "offering", "consideration", "price", "transaction") >= 0;
            }
            if (s.moneyAt(j) != null || s.is(j, ".", ";")) {
                return false;
            }
        }
        // "... and a planned $40 million tender offer": a later part of the same list
        for (int j = m.start() - 1; j >= 0; j--) {
            MoneySpan before = s.moneyAt(j);
            if (before != null && before != m) {
                return s.find(before.end(), m.start(), "and") >= 0 && s.find(before.end(), m.start(), ".", ";") < 0
                        && componentOfTheDeal(s, before);
            }
        }
        return false;
    }

    /** "If the target's profit exceeds ..., the consideration will be increased by $X", "Subject to approval, ... $X". */
    private static boolean conditionalClauseBefore(Sentence s, MoneySpan m) {
        if (!s.is(0, "if", "subject", "conditional", "contingent", "should", "provided", "depending")) {
            return false;
        }
        int comma = s.find(1, m.start(), ",");
        return comma > 0 && s.find(comma, m.start(), "if", "unless") < 0
                && s.find(comma, m.start(), "issue", "pay", "paid", "payable", "increased", "receive", "additional",
                "further", "also", "release", "released") >= 0;
    }

    /** "$60 million has yet to be paid out, conditional on ...", "$60 million out of the $230 million ... upon ...". */
    private static boolean partOfATotalPaidLater(Sentence s, MoneySpan m) {
        int hi = Math.min(s.size(), m.end() + 14);
        if (s.phraseAt("yet to be", m.end(), Math.min(s.size(), m.end() + 4)) >= 0) {
            return true;
        }
        boolean partOf = s.is(m.end(), "out") && s.is(m.end() + 1, "of") || s.is(m.end(), "of") && s.is(m.end() + 1, "the")
                || m.start() > 2 && s.is(m.start() - 1, ",") && s.is(m.start() - 2, "influx", "total", "amount", "round");
        return partOf && (has(s, m.end(), hi, "upon", "conditional", "contingent", "once") || s.phraseAt("subject to", m.end(), hi) >= 0);
    }

    static Tranche toTranche(TrancheCue cue) {
        return new Tranche(cue.money().money(), cue.contingent());
    }

    private static boolean has(Sentence s, int lo, int hi, String... words) {
        return s.find(lo, hi, words) >= 0;
    }
}
