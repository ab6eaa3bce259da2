package io.dealstream.extractor;

import io.dealstream.extractor.Frame.PartyRef;
import io.dealstream.extractor.Frame.Ref;
import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.extractor.Sentence.Name;
import io.dealstream.extractor.Terms.TrancheCue;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.Condition;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Tranche;
import io.dealstream.model.Valuation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the frames of one article into its deals: resolves "it"/"the company" to the article's
 * company, joins frames that describe one deal (same type and target, compatible amounts, same
 * time), hangs role cues, valuations, conditions and tranches on the deal they elaborate, and
 * drops what the spec does not count as a deal (a round with neither amount nor valuation).
 */
final class DealAssembler {

    static int roleRank(String role) {
        return Party.LEAD_INVESTOR.equals(role) ? 2 : 1;
    }

    /** A deal being assembled. */
    private static final class Draft {
        String type;
        String target;
        final List<Frame> frames = new ArrayList<>();
        MoneySpan amount;
        boolean weakAmount;
        Money valuation;
        String basis;
        String round;
        String status;
        boolean current;
        boolean fromTitle;
        /** Made of a fund's close (see {@link Frame#fund}): only fund frames join it. */
        boolean fund;
        final LinkedHashMap<String, Party> parties = new LinkedHashMap<>();
        final List<Condition> conditions = new ArrayList<>();
        final List<Tranche> tranches = new ArrayList<>();
        final List<TrancheSeen> trancheCues = new ArrayList<>();
        final Set<Integer> sentences = new HashSet<>();
        final List<String> evidence = new ArrayList<>();
    }

    /** A part of a deal's amount, with the sentence that told it. */
    private record TrancheSeen(Sentence sentence, MoneySpan money, boolean contingent) {
    }

    private final List<Sentence> sentences;
    private final List<Draft> drafts = new ArrayList<>();
    private String topic;
    /**
     * Filled only for frames about "the former"/"the latter" whose pair of companies could not be found in the
     * sentences before: they attach to no deal.
     */
    private final Set<Frame> unresolved = new HashSet<>();

    DealAssembler(List<Sentence> sentences) {
        this.sentences = sentences;
        this.leadEnd = sentences.stream().filter(s -> s.inLead).mapToInt(s -> s.index).max().orElse(0);
    }

    /** Body sentences that make up an article's lead, where the news it reports is told. */
    static final int LEAD_SENTENCES = 3;
    /** Index of the lead's last sentence ({@link Sentence#inLead}); later sentences are counted from it. */
    private final int leadEnd;

    List<DealMention> assemble(Map<Sentence, List<Frame>> framesBySentence) {
        List<Frame> frames = new ArrayList<>();
        for (Sentence s : sentences) {
            frames.addAll(framesBySentence.getOrDefault(s, List.of()));
        }
        topic = topic(frames);
        for (Frame f : frames) {
            resolve(f, framesBySentence.getOrDefault(f.sentence, List.of()));
            if (f.amount != null && f.sentence.title && restatedAsHoldings(f.amount.money())) {
                f.amount = null;
            }
        }
        orientMergersWith(frames);
        for (Frame f : frames) {
            if (!f.attachment && f.target != null && f.target.text != null && plausibleTarget(f.target)) {
                place(f);
            }
        }
        for (Frame f : frames) {
            if (f.attachment && !valuationOfThePreviousSentencesCompany(f, framesBySentence)) {
                attach(f);
            }
        }
        for (Sentence s : sentences) {
            if (s.tagged) {
                attachTerms(s, framesBySentence.getOrDefault(s, List.of()));
            }
        }
        List<Draft> kept = new ArrayList<>();
        List<DealMention> out = new ArrayList<>();
        for (Draft d : drafts) {
            DealMention m = finish(d);
            if (m != null) {
                kept.add(d);
                out.add(m);
            }
        }
        // which deal is news is decided among the deals kept; only the flag of a mention changes
        promoteLeadDeal(kept);
        demoteSecondNews(kept);
        String[] leadStatus = statusFromTheLead(framesBySentence, kept, out);
        for (int i = 0; i < out.size(); i++) {
            DealMention m = out.get(i);
            if (m.current() != kept.get(i).current || leadStatus[i] != null) {
                out.set(i, new DealMention(m.type(), m.target(), m.parties(), m.round(), m.amount(), m.valuation(),
                        leadStatus[i] != null ? leadStatus[i] : m.status(), m.conditions(), m.tranches(),
                        kept.get(i).current, m.evidence()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------

    /**
     * "Trustar Bank Announces $750 Million Branch Acquisition" over a body's "includes approximately $750 million in
     * local deposits": the headline's figure is the size of what changes hands (deposits, loans, assets), not a price.
     */
    private boolean restatedAsHoldings(Money headline) {
        for (Sentence s : sentences) {
            if (s.title) {
                continue;
            }
            for (MoneySpan m : s.money) {
                if (!close(m.money(), headline) || !s.is(m.end(), "in", "of")) {
                    continue;
                }
                for (int j = m.end() + 1; j < Math.min(s.size(), m.end() + 4); j++) {
                    if (s.is(j, "deposits", "loans", "assets")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The article's company: whom the first deal frame is about (the raiser, or the buyer or seller). */
    private String topic(List<Frame> frames) {
        String defined = definedCompany();
        if (defined != null) {
            return defined;
        }
        for (Frame f : frames) {
            if (f.attachment) {
                continue;
            }
            if (f.sentence.inLead) {
                String about = companyOf(f);
                if (about != null) {
                    return about;
                }
            } else if (f.target != null && f.target.text != null && namedInLead(f.target.text)) {
                // deep in the body only the company a deal is about, and one the lead names: else a side story
                return f.target.text;
            }
        }
        // no frame names one. A deal's investors, buyers or lenders are never the company "it" stands for.
        Set<String> partyKeys = new HashSet<>();
        for (Frame f : frames) {
            for (PartyRef p : f.parties) {
                if (p.ref.text != null && !p.ref.anaphor) {
                    partyKeys.add(CompanyNames.key(p.ref.text));
                }
            }
        }
        // the first company named in the headline
        String named = firstCompany(true, partyKeys);
        if (named != null) {
            return named;
        }
        // the headline's subject, when the body names it again ("Soundcharts is ...", "8fit ... closes")
        String subject = headlineSubject();
        if (subject != null) {
            return subject;
        }
        // the first company named in the lead
        named = firstCompany(false, partyKeys);
        if (named != null) {
            return named;
        }
        // else the organisation named most often
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Sentence s : sentences) {
            for (Name n : s.names) {
                if (n.kind == Name.Kind.ORG && !partyKeys.contains(CompanyNames.key(n.text))) {
                    String k = CompanyNames.key(n.text);
                    int c = counts.merge(k, 1, Integer::sum);
                    text.putIfAbsent(k, n.text);
                    if (c > bestCount) {
                        bestCount = c;
                        best = text.get(k);
                    }
                }
            }
        }
        return best;
    }

    /** Whom a deal frame is about: the buyer or seller of an acquisition, else its target. */
    private static String companyOf(Frame f) {
        if (f.type.equals("acquisition")) {
            for (PartyRef p : f.parties) {
                if (p.ref.text != null && (p.role.equals(Party.ACQUIRER) || p.role.equals(Party.SELLER))
                        && (p.ref.name == null || p.ref.name.canBeCompany())) {
                    return p.ref.text;
                }
            }
        }
        return f.target != null ? f.target.text : null;
    }

    /** A company the headline or the lead names (by one of its names). */
    private boolean namedInLead(String company) {
        for (Sentence s : sentences) {
            if (!s.inLead) {
                continue;
            }
            if (containsWord(s.text, company)) {
                return true; // also a lead sentence left untagged (no money, no deal word)
            }
            for (Name n : s.names) {
                if (sameCompany(n.text, company)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code text} has {@code phrase} as whole words: "Arm" is not in "Armstrong", nor "Box" in "Xbox". */
    private static boolean containsWord(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** A press release's own name for its issuer: {@code Tarn Gold Inc. (TSXV: TGM) ("Tarn" or the "Company")}. */
    private static final Pattern DEFINED_COMPANY = Pattern.compile(
            "([\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:,? [\\p{Lu}\\d&][\\p{L}\\d.&'’-]*)*),?\\s*(?:\\([^()]{0,40}\\)\\s*)?"
                    + "\\(\\s*(?:[\"“”][^\"“”]{1,40}[\"“”],?\\s*(?:or|and)\\s*)?the\\s*[\"“”](?:Company|Corporation|Issuer)[\"“”]");

    private String definedCompany() {
        for (Sentence s : sentences) {
            if (s.index > leadEnd + 2) {
                break;
            }
            for (String term : List.of("Company", "Corporation", "Issuer")) {
                int quoted = s.text.indexOf(term);
                if (quoted < 0) {
                    continue;
                }
                // the name stands just before its definition: a bounded window keeps the regex cheap on hostile text
                String window = s.text.substring(Math.max(0, quoted - 200), Math.min(s.text.length(), quoted + 20));
                Matcher m = DEFINED_COMPANY.matcher(window);
                if (m.find()) {
                    return m.group(1).replaceAll("^(?:[\\p{Lu}]{2,}[,/ ]*)+(?=\\p{Lu}\\p{Ll})", "").strip();
                }
            }
        }
        return null;
    }

    private String firstCompany(boolean inTitle, Set<String> partyKeys) {
        for (Sentence s : sentences) {
            if (!s.tagged || s.index > leadEnd || s.title != inTitle) {
                continue;
            }
            for (Name n : s.names) {
                if (n.canBeCompany() && n.descriptorSuffix == null && !Lexicon.MEDIA.contains(n.text.toLowerCase())
                        && !partyKeys.contains(CompanyNames.key(n.text))) {
                    return n.text;
                }
            }
        }
        return null;
    }

    /**
     * The word a headline opens with, when it looks like a name (a capital or a digit, letters in it)
     * and the body uses it again in the middle of a sentence with the same spelling: the company the
     * story is about, even where the name tagger missed it ("8fit", one-word brands).
     */
    private String headlineSubject() {
        Sentence title = null;
        for (Sentence s : sentences) {
            if (s.title) {
                title = s;
                break;
            }
        }
        if (title == null || title.toks.isEmpty()) {
            return null;
        }
        Sentence.Tok first = title.toks.get(0);
        char c = first.word.charAt(0);
        if (!(Character.isUpperCase(c) || Character.isDigit(c)) || !first.hasLetter() || first.word.length() < 2
                || Character.isUpperCase(first.word.charAt(first.word.length() - 1)) && first.word.length() > 4) {
            return null;
        }
        if (title.toks.size() > 1 && (title.toks.get(1).word.equals("'s") || title.toks.get(1).word.equals("’s"))) {
            return null;
        }
        for (Name n : title.names) {
            if (n.start == 0) {
                return null; // the tagger saw it and typed it (person, place): the name loop decided
            }
        }
        int inside = 0;
        for (Sentence s : sentences) {
            if (s.title) {
                continue;
            }
            for (int i = 1; i < s.toks.size(); i++) {
                if (s.toks.get(i).word.equals(first.word) && !s.toks.get(i - 1).word.equals(".")) {
                    inside++;
                }
            }
        }
        return inside >= 2 ? first.word : null;
    }

    private static boolean isPartyOf(Frame f, String name) {
        if (name == null) {
            return false;
        }
        return f.parties.stream().anyMatch(p -> !p.ref.anaphor && p.ref.text != null && sameCompany(p.ref.text, name));
    }

    /** The target of the nearest earlier deal of the same kind that names one and does not have f's parties as target. */
    private String earlierTargetNotPartyOf(Frame f) {
        boolean buying = f.type.equals("acquisition") || f.type.equals("investment");
        for (int i = resolvedFrames.size() - 1; i >= 0; i--) {
            Frame e = resolvedFrames.get(i);
            boolean sameKind = buying ? e.type.equals("acquisition") || e.type.equals("investment") : e.type.equals(f.type);
            if (sameKind && !e.attachment && e.target != null && !e.target.anaphor && e.target.text != null
                    && !isPartyOf(f, e.target.text)) {
                return e.target.text;
            }
        }
        return null;
    }

    /**
     * Wire style "River Oaks Industries Inc said it agreed to ...": the company opening the sentence is what a
     * later "it" or "the company" in it stands for (when it is not already one of the frame's parties).
     */
    private static String sentenceSubject(Frame f) {
        Sentence s = f.sentence;
        Sentence.Name first = s.nameStartingAt(0);
        if (first == null || !first.canBeCompany() || first.possessive || !s.is(first.end, "said", "says", "announced",
                "reported", "disclosed", "confirmed")) {
            return null;
        }
        if (s.phraseAt("the subsidiary", 0, s.size()) >= 0 || s.phraseAt("the unit", 0, s.size()) >= 0
                || s.phraseAt("the division", 0, s.size()) >= 0) {
            return null; // "a buyout of the subsidiary": the parent's unit, not the parent
        }
        return isPartyOf(f, first.text) ? null : first.text;
    }

    /** Frames already resolved, in article order. */
    private final List<Frame> resolvedFrames = new ArrayList<>();

    private void resolve(Frame f, List<Frame> sameSentence) {
        resolveRefs(f, sameSentence);
        resolvedFrames.add(f);
    }

    private void resolveRefs(Frame f, List<Frame> sameSentence) {
        if (f.target != null && f.target.anaphor && f.target.text == null) {
            for (Frame other : sameSentence) {
                if (other != f && other.type.equals(f.type) && other.target != null && !other.target.anaphor
                        && other.target.text != null) {
                    f.target.text = other.target.text;
                    break;
                }
            }
            int pairPlace = formerOrLatter(f);
            if (pairPlace > 0 && f.target.text == null) {
                // "The former is said to be raising": one of two companies named before, never the article's own
                f.target.text = namedInAPairBefore(f.sentence, pairPlace);
                if (f.target.text == null) {
                    unresolved.add(f);
                    return;
                }
            }
            if (f.target.text == null) {
                f.target.text = sentenceSubject(f);
            }
            if (f.target.text == null) {
                f.target.text = topic;
                boolean topicInvests = f.parties.stream().anyMatch(p -> p.ref.anaphor
                        || p.ref.text != null && sameCompany(p.ref.text, topic));
                String bought = f.type.equals("funding") && f.background && !topicInvests ? boughtByTopicInLead() : null;
                if (bought != null) {
                    // "Sage acquires Intacct ... Its most recent round valued the company at $211 million": a past
                    // round told in a takeover story is the bought startup's
                    f.target.text = bought;
                }
            }
            if (isPartyOf(f, f.target.text)) {
                // "Nestlé is acquiring a 68% stake in the company": the company is the one bought, never the buyer
                f.target.text = earlierTargetNotPartyOf(f);
            }
        }
        for (PartyRef p : f.parties) {
            if (p.ref.anaphor && p.ref.text == null) {
                p.ref.text = boughtInTheSameList(f, sameSentence, topic) ? null : topic;
            }
        }
        if (f.target != null && f.target.text != null) {
            String tk = CompanyNames.key(f.target.text);
            f.parties.removeIf(p -> p.ref.text == null || CompanyNames.key(p.ref.text).equals(tk));
        }
    }

    /**
     * "Regulators are looking at its acquisitions of A and B": a company bought in a list is none of the list's buyers,
     * even when it is the article's company (the list's deals share their buyer's reference).
     */
    private static boolean boughtInTheSameList(Frame f, List<Frame> sameSentence, String name) {
        List<Frame> list = sameSentence.stream().filter(o -> o.anchor == f.anchor && o.type.equals(f.type)
                && !o.attachment && o.target != null && o.target.text != null).toList();
        return name != null && list.size() > 1 && list.stream().anyMatch(o -> sameCompany(o.target.text, name));
    }

    /** The company the article's company buys in the lead's news, named; null if the lead tells no such purchase. */
    private String boughtByTopicInLead() {
        for (Frame e : resolvedFrames) {
            if (e.type.equals("acquisition") && !e.attachment && !e.background && e.sentence.inLead
                    && e.target != null && !e.target.anaphor && e.target.text != null
                    && e.parties.stream().anyMatch(p -> p.role.equals(Party.ACQUIRER) && p.ref.text != null
                    && sameCompany(p.ref.text, topic))) {
                return e.target.text;
            }
        }
        return null;
    }

    /**
     * The lead may tell the state of the article's one deal in a sentence the rules draw no frame from ("United Banks
     * said it plans to merge two of its member banks", then "X will be merged into Y"): a plan or a closing told there
     * is the deal's, when the article reports one deal of that kind.
     */
    private String[] statusFromTheLead(Map<Sentence, List<Frame>> framesBySentence, List<Draft> kept,
            List<DealMention> mentions) {
        String[] told = new String[kept.size()];
        int body = 0;
        for (Sentence s : sentences) {
            if (!s.title && ++body > 1) {
                break;
            }
            if (!s.tagged || framesBySentence.getOrDefault(s, List.of()).stream().anyMatch(f -> !f.attachment)) {
                continue;
            }
            for (String type : List.of("acquisition", "funding")) {
                int news = -1;
                int count = 0;
                for (int i = 0; i < kept.size(); i++) {
                    if (kept.get(i).current && kept.get(i).type.equals(type)) {
                        news = i;
                        count++;
                    }
                }
                if (count != 1 || told[news] != null || !"announced".equals(mentions.get(news).status())
                        || !namesADealSide(s, kept.get(news))) {
                    continue;
                }
                String status = DealRules.statusOfDealWord(s, type);
                if ("planned".equals(status) || "completed".equals(status)) {
                    told[news] = status;
                }
            }
        }
        return told;
    }

    /**
     * The sentence names the deal's target or a party, or a company of the same family ("United Banks", "United
     * Bank/South"): the first two words agree. One shared word is too little: "Fairchild Camera" is no side of a deal
     * for "Fairchild Semiconductor", nor is every "General" or "First" company one family.
     */
    private static boolean namesADealSide(Sentence s, Draft d) {
        List<String> sides = new ArrayList<>();
        sides.add(d.target);
        d.parties.values().forEach(p -> sides.add(p.name()));
        for (Name n : s.names) {
            if (n.kind == Name.Kind.PLACE || n.kind == Name.Kind.PERSON) {
                continue;
            }
            for (String side : sides) {
                if (sameCompany(n.text, side) || sameFamily(n.text, side)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "United Banks" and "United Bank/South": the first two words agree, a plural 's' aside. */
    private static boolean sameFamily(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String[] wa = a.toLowerCase(java.util.Locale.ROOT).split("[\\s/]+");
        String[] wb = b.toLowerCase(java.util.Locale.ROOT).split("[\\s/]+");
        if (wa.length < 2 || wb.length < 2) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            if (!singular(wa[i]).equals(singular(wb[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** 1 when the frame's subject is "the former", 2 for "the latter" ("The former is raising ..."), else 0. */
    private static int formerOrLatter(Frame f) {
        Sentence s = f.sentence;
        for (int i = 1; i < f.anchor; i++) {
            if (s.is(i - 1, "the") && s.is(i, "former", "latter") && (i == 1 || s.is(i - 2, ",", "and", "but", "while"))
                    && s.is(i + 1, "is", "was", "has", "had", "will", "would", "also", "recently", "reportedly", "now",
                    "said", "raised", "agreed", "'s", "’s")) {
                return s.is(i, "former") ? 1 : 2;
            }
        }
        return 0;
    }

    /**
     * The first (1) or second (2) of two companies joined by "and"/"or" in the few sentences before: "like Docker and
     * Cloudera". Of several pairs the one nearest the sentence's end is meant ("Its founders, A and B, worked at C and
     * D. The latter ..."); people and places are never the pair.
     */
    private String namedInAPairBefore(Sentence s, int place) {
        int at = sentences.indexOf(s);
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            Sentence p = sentences.get(k);
            String pair = p.names.isEmpty() ? capitalisedPair(p, place) : namedPair(p, place);
            if (pair != null) {
                return pair;
            }
        }
        return null;
    }

    /** The last two tagged company names of a sentence joined by "and"/"or" (commas allowed between). */
    private static String namedPair(Sentence p, int place) {
        for (int n = p.names.size() - 1; n > 0; n--) {
            Name first = p.names.get(n - 1);
            Name second = p.names.get(n);
            if (!first.canBeCompany() || !second.canBeCompany() || second.start <= first.end) {
                continue;
            }
            boolean joined = false;
            boolean onlyJoiners = true;
            for (int i = first.end; i < second.start; i++) {
                if (p.is(i, "and", "or")) {
                    joined = true;
                } else if (!p.is(i, ",")) {
                    onlyJoiners = false;
                }
            }
            if (joined && onlyJoiners) {
                return place == 1 ? first.text : second.text;
            }
        }
        return null;
    }

    /** Untagged sentences have no names: a capitalised run either side of the last "and" stands for each one. */
    private static String capitalisedPair(Sentence p, int place) {
        for (int i = p.size() - 2; i >= 1; i--) {
            if (!p.is(i, "and")) {
                continue;
            }
            int a = i;
            while (a - 1 >= 0 && p.toks.get(a - 1).capitalised()) {
                a--;
            }
            int b = i + 1;
            while (b < p.size() && p.toks.get(b).capitalised()) {
                b++;
            }
            if (a < i && b > i + 1) {
                return place == 1 ? p.span(a, i) : p.span(i + 1, b);
            }
        }
        return null;
    }

    /**
     * "A ... merger with B" says nothing of who buys whom, so it is read as B bought; when another sentence of the
     * article has A bought ("B's takeover of the networking maker", A), the merger is that deal told from A's side.
     */
    private void orientMergersWith(List<Frame> frames) {
        for (Frame f : frames) {
            if (f.attachment || !f.type.equals("acquisition") || !mergerWith(f) || f.target == null
                    || f.target.text == null || f.parties.size() != 1) {
                continue;
            }
            PartyRef side = f.parties.get(0);
            if (side.ref.text == null || !Party.ACQUIRER.equals(side.role)) {
                continue;
            }
            boolean otherSideBought = false;
            for (Frame g : frames) {
                // told in the lead, and of the whole company (not "Allied's Michigan operations", sold by Allied)
                if (g != f && !g.attachment && g.type.equals("acquisition") && !mergerWith(g) && g.target != null
                        && g.target.text != null && sameCompany(g.target.text, side.ref.text) && g.sentence.inLead
                        && g.parties.stream().noneMatch(p -> Party.SELLER.equals(p.role)
                        || Party.ACQUIRER.equals(p.role) && p.ref.text != null && !sameOrInitials(p.ref.text, f.target.text))) {
                    otherSideBought = true;
                    break;
                }
            }
            if (otherSideBought) {
                Ref bought = side.ref;
                Ref buyer = f.target;
                f.parties.clear();
                f.target = bought;
                f.addParty(buyer, Party.ACQUIRER, null);
            }
        }
    }

    /** One company's names: "HPE" for "Hewlett Packard Enterprise". */
    private static boolean sameOrInitials(String a, String b) {
        return sameCompany(a, b) || initials(a).equals(b) || initials(b).equals(a);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /** A frame read off "merge(s/d) with" or "merger with": a combination without a stated direction. */
    private static boolean mergerWith(Frame f) {
        Sentence s = f.sentence;
        int k = f.anchor;
        boolean mergerWord = DealWords.MERGE_VERBS.contains(s.lower(k)) || s.is(k, "merger");
        int with = s.is(k + 1, "agreement", "deal", "pact", "talks", "plan", "proposal") ? k + 2 : k + 1;
        return mergerWord && s.is(with, "with");
    }

    /** Securities are bought but are not companies ("one Common Share", "each Warrant"); nor are people. */
    private static boolean plausibleTarget(Frame.Ref target) {
        Sentence.Name n = target.name;
        if (n == null) {
            return true;
        }
        if (n.kind == Sentence.Name.Kind.PERSON) {
            return false;
        }
        Sentence s = target.sentence;
        if (s.is(n.end, ",") && s.is(n.end + 1, "as") && s.find(n.end + 2, Math.min(s.size(), n.end + 7), "agent",
                "agents", "underwriter", "underwriters", "bookrunner", "adviser", "advisor", "arranger") >= 0) {
            return false; // "Paradigm Capital Inc., as lead agent": it sells the offering, it does not raise it
        }
        String[] words = n.text.toLowerCase().split("\\s+");
        String last = words[words.length - 1];
        // "its Quorn Graphics unit" is a business; "each Unit" of a placement is a security
        boolean security = SECURITIES.contains(last) || words.length == 1 && (last.equals("unit") || last.equals("units"));
        // "the National Quantum Mission", "the Choose France summit": programmes and events, not companies
        boolean event = EVENTS.contains(last) || EVENTS.contains(s.lower(n.end));
        // "one Common Share", "each Preferred share": a class of stock; "3.3 mln Princeville Corp shares" is a company's
        boolean shareClass = words.length == 1 && SHARE_CLASSES.contains(last) && SECURITIES.contains(s.lower(n.end));
        return !security && !event && !shareClass;
    }

    private static final Set<String> SHARE_CLASSES = Set.of("common", "preferred", "ordinary", "class", "voting",
            "restricted", "subordinate", "broker", "unit", "units");

    private static String lastWord(String name) {
        String[] words = name.toLowerCase().split("\\s+");
        return words[words.length - 1];
    }

    private static final Set<String> EVENTS = Set.of("summit", "conference", "forum", "mission", "programme", "program",
            "initiative", "scheme", "act", "expo", "festival", "awards");

    private static final Set<String> SECURITIES = Set.of("share", "shares", "commonshares", "warrant", "warrants",
            "stock", "debenture", "debentures", "notes", "options");

    private void place(Frame f) {
        Draft host = null;
        for (Draft d : drafts) {
            if (compatible(d, f)) {
                host = d;
                break;
            }
        }
        if (host == null && f.fund && (host = sameFundBySize(f)) != null) {
            // "IAN closes $100M fund" ... "IAN Group makes final close of $100 million Alpha Fund": one fund
            if (DealRules.NAMED_FUND.matcher(f.target.text).matches()
                    && !DealRules.NAMED_FUND.matcher(host.target).matches()) {
                host.target = f.target.text;
            }
            host.current |= !f.background && (f.sentence.inLead || toldAsNews(f));
        }
        if (host == null) {
            host = new Draft();
            host.type = f.type;
            host.target = f.target.text;
            // news is told first: a deal first met deep in the body is context unless the lead reported it
            host.current = !f.background && (f.sentence.inLead || toldAsNews(f));
            host.fromTitle = f.sentence.title;
            host.status = f.status;
            host.fund = f.fund;
            drafts.add(host);
        } else {
            if (f.sentence.title) {
                host.current = true;
            }
            // the fuller form of the same name: "Orrin Labs Inc" over the headline's "Orrin Labs"
            if (CompanyNames.key(host.target).equals(CompanyNames.key(f.target.text))
                    && f.target.text.length() > host.target.length() && f.target.text.startsWith(host.target)) {
                host.target = f.target.text;
            }
        }
        merge(host, f);
    }

    /**
     * Past the lead, a deal told in the present ("Skydo secures $10 million", "it is raising $200 million", "as part
     * of its announcement, WeWork says it has spent ...") is still news: roundups and second items are written so.
     */
    private static boolean toldAsNews(Frame f) {
        Sentence s = f.sentence;
        int v = f.anchor;
        boolean presentVerb = s.is(v, "raises", "secures", "acquires", "buys", "lands", "bags", "nabs", "closes",
                "announces", "snags", "gets", "receives", "invests", "leads", "backs")
                || s.lower(v).endsWith("ing") && s.is(v - 1, "is", "are")
                // "Quantum Labs is reportedly also in the process of raising $100 million": under way now
                || s.lower(v).endsWith("ing") && s.is(v - 1, "of") && s.phraseAt("in the process of", v - 4, v) >= 0
                // "FreeCharge will be sold to Axis Bank": what is still to happen is news
                || s.is(v - 1, "will") || s.is(v - 1, "be") && s.is(v - 2, "will")
                // "Knot has raised $5 million": a roundup's later item, told in the present perfect
                || s.is(v, "raised", "secured", "landed", "bagged", "received") && s.is(v - 1, "has")
                && s.nameEndingAt(v - 1) != null && s.moneyAt(v + 1) != null && s.moneyAt(v + 1).qualifier() == null;
        presentVerb |= underWayNow(s, v);
        boolean announcement = s.phraseAt("as part of its announcement", 0, s.size()) >= 0
                || s.phraseAt("as part of the announcement", 0, s.size()) >= 0;
        // "announced last week it had agreed to buy": the past perfect tells the deal as done before the news
        boolean pastPerfect = s.find(Math.max(0, v - 8), v, "had") >= 0;
        return presentVerb || announcement || announcedLately(f) && !pastPerfect;
    }

    private static final Set<String> INTENT_WORDS = Set.of("seeking", "looking", "planning", "aiming", "hoping",
            "poised", "set");
    private static final Set<String> TALK_WORDS = Set.of("talks", "negotiations", "discussions");

    /**
     * "SoftBank is in talks to invest $25 billion in X", "is said to be raising", "is seeking to buy": a deal under way
     * as the article is written, told in the present, is news wherever it stands.
     */
    private static boolean underWayNow(Sentence s, int v) {
        int j;
        if (s.lower(v).endsWith("ing") && s.is(v - 1, "be") && s.is(v - 2, "to")
                && s.is(v - 3, "said", "reported", "thought", "believed", "understood", "rumored", "rumoured")) {
            j = v - 4; // "is said to be raising"
        } else if (s.is(v - 1, "to") && TALK_WORDS.contains(s.lower(v - 2))) {
            j = v - 3;
            while (j >= 0 && s.is(j, "advanced", "early", "preliminary", "late-stage", "final", "exclusive")) {
                j--;
            }
            if (!s.is(j, "in")) {
                return false;
            }
            j--;
        } else if (s.is(v - 1, "to") && INTENT_WORDS.contains(s.lower(v - 2))) {
            j = v - 3;
        } else {
            return false;
        }
        while (j >= 0 && s.is(j, "also", "reportedly", "now", "still", "currently", "already")) {
            j--;
        }
        return s.is(j, "is", "are");
    }

    /**
     * "The company ... last week announced a $40 million round": the sized deal itself announced in the days before
     * the article ("it was announced last week that the purchase was expected to close" only dates a step).
     */
    private static boolean announcedLately(Frame f) {
        Sentence s = f.sentence;
        if (f.amount == null) {
            return false;
        }
        int announced = s.find(Math.max(0, f.amount.start() - 6), f.amount.start(), "announced");
        return announced >= 0 && (recentTimeEndingAt(s, announced - 1) || recentTimeStartingAt(s, announced + 1));
    }

    /** Days of the week: "on Monday" is within the last few days of the article. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * A time of the last few days ends at {@code i}: "last week", "earlier this week", "on Monday", "yesterday"
     * ("last month" is a recalled event, not news).
     */
    private static boolean recentTimeEndingAt(Sentence s, int i) {
        return s.is(i, "week") && s.is(i - 1, "last", "this")
                || s.is(i, "yesterday", "today") || WEEKDAYS.contains(s.lower(i));
    }

    /** The same, starting at {@code i}: "announced last week", "announced on Monday", "announced earlier this week". */
    private static boolean recentTimeStartingAt(Sentence s, int i) {
        if (s.is(i, "on", "earlier")) {
            i++;
        }
        return s.is(i, "last", "this") && s.is(i + 1, "week") || s.is(i, "yesterday", "today")
                || WEEKDAYS.contains(s.lower(i));
    }

    /** The fund draft of the same size as a fund frame that names the fund or its manager differently. */
    private Draft sameFundBySize(Frame f) {
        if (f.amount == null) {
            return null;
        }
        for (Draft d : drafts) {
            if (d.fund && d.amount != null && close(d.amount.money(), f.amount.money())) {
                return d;
            }
        }
        return null;
    }

    /**
     * Backers of a round ("Existing backers A and B also joined the round") and roles told in the past are not a
     * fund's limited partners.
     */
    private static boolean fundRefuses(Draft d, Frame f) {
        return d.fund && !f.fund && (f.background || f.sentence.contains("round", "series", "seed"));
    }

    private boolean compatible(Draft d, Frame f) {
        if (d.fund != f.fund) {
            return false; // a fund's close and a company's round are different deals even of one firm
        }
        boolean sameType = d.type.equals(f.type)
                || d.type.equals("funding") && f.type.equals("investment") && f.amount != null && d.amount != null
                && close(d.amount.money(), f.amount.money());
        if (!sameType || !sameCompany(d.target, f.target.text)) {
            return false;
        }
        if (f.aboutEarlierFund) {
            return true; // limited partners or a close told later belong to the fund whenever it closed
        }
        boolean amountsAgree = d.amount != null && f.amount != null && close(d.amount.money(), f.amount.money());
        if (d.amount != null && f.amount != null && !amountsAgree && restatesAnnouncedTerms(f)) {
            return true;
        }
        if (d.amount != null && f.amount != null && !amountsAgree && !d.weakAmount && !f.weakAmount) {
            return false;
        }
        if (d.round != null && f.round != null && !d.round.equals(f.round) && !amountsAgree) {
            return false;
        }
        if (d.valuation != null && f.valuation != null && !close(d.valuation, f.valuation) && !amountsAgree) {
            return false;
        }
        if (amountsAgree || f.sentence.title || d.fromTitle && !f.background) {
            return true;
        }
        boolean current = !f.background;
        if (d.current != current) {
            return false;
        }
        if (!d.current && f.amount != null && d.amount != null) {
            return amountsAgree;
        }
        return true;
    }

    /**
     * "When Bolt announced the transaction January 12, the company said it was paying 640 mln dlrs": the terms the
     * deal had when first announced, told after its current ones; the same deal, whose current price stands.
     */
    private static boolean restatesAnnouncedTerms(Frame f) {
        Sentence s = f.sentence;
        int when = s.find(0, Math.min(s.size(), f.anchor), "when");
        if (when < 0) {
            return false;
        }
        int announced = s.find(when, Math.min(s.size(), when + 8), "announced", "unveiled", "agreed");
        return announced >= 0 && s.find(announced, Math.min(s.size(), announced + 4), "transaction", "deal",
                "acquisition", "merger", "agreement", "sale", "purchase", "takeover") >= 0;
    }

    private void merge(Draft d, Frame f) {
        d.frames.add(f);
        if (f.amount != null && d.amount != null && !close(d.amount.money(), f.amount.money())
                && restatesAnnouncedTerms(f)) {
            f.amount = null; // the price first announced, not the one the deal has now
        }
        if (f.amount != null && (d.amount == null || d.weakAmount && !f.weakAmount || sharper(f.amount, d.amount))) {
            d.amount = f.amount;
            d.weakAmount = f.weakAmount;
        } else if (f.amount != null && !f.weakAmount && d.amount.money().currency().equals(f.amount.money().currency())
                && roundingOf(d.amount.money().value(), f.amount.money().value())) {
            d.amount = f.amount; // the body's exact $14.8 billion over the headline's "nearly $15 billion"
        }
        if (f.valuation != null && d.valuation == null) {
            d.valuation = f.valuation;
            d.basis = f.basis;
        } else if (f.valuation != null && d.basis == null && f.basis != null && close(d.valuation, f.valuation)) {
            d.basis = f.basis;
        }
        if (d.round == null) {
            d.round = f.round;
        }
        if (d.type.equals("funding") && f.type.equals("investment") && !f.attachment) {
            d.type = "funding";
        }
        d.status = strongerStatus(d.status, f.status, f);
        if (d.status.equals("completed") && f.attachment && stillToClose(f.sentence.text)) {
            d.status = "announced"; // "AMD has acquired X ... The acquisition is still subject to closing conditions"
        }
        for (PartyRef p : f.parties) {
            addParty(d, p);
        }
        d.conditions.addAll(f.conditions);
        d.tranches.addAll(f.tranches);
        if (d.sentences.add(f.sentence.index)) {
            d.evidence.add(f.sentence.text);
        }
    }

    /** "priced between $900 million-$950 million" after "a deal worth a touch under $1 billion": the same sum, told exactly. */
    private static boolean sharper(MoneySpan candidate, MoneySpan held) {
        if (held.qualifier() == null || !Set.of("less_than", "more_than", "about").contains(held.qualifier())
                || candidate.qualifier() != null && !candidate.isRange() || held.isRange()
                || !held.money().currency().equals(candidate.money().currency())) {
            return false;
        }
        double a = held.money().value();
        double b = candidate.money().value();
        return Math.abs(a - b) <= 0.15 * Math.max(a, b) && !close(held.money(), candidate.money());
    }

    private static String strongerStatus(String current, String candidate, Frame f) {
        if (current == null) {
            return candidate;
        }
        // a sentence that only names the deal can still say it is rumoured ("..., according to a source")
        if (candidate == null || f.attachment && !rumoredTakeover(candidate, f)) {
            return current;
        }
        return statusRank(candidate) > statusRank(current) ? candidate : current;
    }

    /**
     * An attachment sentence that calls a takeover rumoured ("in talks over an acquisition, according to a source").
     * For rounds the rumour cue is mostly about a figure ("values it at $1B, sources say"), not the round itself.
     */
    private static boolean rumoredTakeover(String candidate, Frame f) {
        return candidate.equals("rumored") && f.type.equals("acquisition") && f.valuation == null;
    }

    /** A later sentence that says the deal has not closed yet. */
    private static boolean stillToClose(String sentence) {
        String t = sentence.toLowerCase(java.util.Locale.ROOT);
        return t.contains("still subject to") || t.contains("subject to closing conditions")
                || t.contains("expected to close") || t.contains("has not yet closed") || t.contains("yet to close");
    }

    private static int statusRank(String status) {
        return switch (status) {
            case "cancelled" -> 5;
            case "rumored" -> 4;
            case "completed" -> 3;
            case "planned" -> 2;
            default -> 1;
        };
    }

    private void addParty(Draft d, PartyRef p) {
        if (p.ref.text == null) {
            return;
        }
        if (sameCompany(d.target, p.ref.text) && CompanyNames.key(d.target).equals(CompanyNames.key(p.ref.text))) {
            return;
        }
        if (p.ref.name != null && p.ref.name.kind == Name.Kind.PLACE) {
            return;
        }
        for (Map.Entry<String, Party> e : d.parties.entrySet()) {
            Party old = e.getValue();
            if (sameCompany(old.name(), p.ref.text) && sameRoleClass(old.role(), p.role)) {
                String role = roleRank(p.role) > roleRank(old.role()) ? p.role : old.role();
                Money amount = p.amount != null ? p.amount : old.amount();
                String name = old.name().length() >= p.ref.text.length() ? old.name() : p.ref.text;
                e.setValue(new Party(name, role, amount));
                return;
            }
        }
        d.parties.put(CompanyNames.key(p.ref.text) + "|" + p.role, new Party(p.ref.text, p.role, p.amount));
    }

    private static boolean sameRoleClass(String a, String b) {
        return a.equals(b) || (a.equals(Party.LEAD_INVESTOR) || a.equals(Party.INVESTOR))
                && (b.equals(Party.LEAD_INVESTOR) || b.equals(Party.INVESTOR));
    }

    /** Role cues, valuations and deal sizes that name no company attach to the deal they elaborate. */
    private void attach(Frame f) {
        if (unresolved.contains(f)) {
            return;
        }
        Draft host = null;
        String wanted = f.attachType == null || f.attachType.equals("valuation") ? "funding" : f.attachType;
        if ("valuation".equals(f.attachType) && f.type.equals("acquisition") && f.target != null) {
            // a company's worth told in merger terms: its acquisition first, else its round
            for (Draft d : drafts) {
                if (d.type.equals("acquisition") && sameCompany(d.target, f.target.text) && d.valuation == null) {
                    merge(d, f);
                    return;
                }
            }
        }
        if (f.target != null && f.target.text != null) {
            for (Draft d : drafts) {
                if ((d.type.equals(wanted) || d.type.equals("ipo") && f.attachType.equals("valuation")
                        || d.type.equals("investment") && wanted.equals("funding"))
                        && sameCompany(d.target, f.target.text) && d.current == !f.background) {
                    host = d;
                    break;
                }
            }
        }
        if (host == null && namesAnotherCompany(f)) {
            // the company's own deal told at another time: "Quantinuum raised $300M ... now talk of it listing at $10B"
            for (Draft d : drafts) {
                if (sameCompany(d.target, f.target.text) && (d.type.equals(wanted) || d.type.equals("ipo"))) {
                    if (d.valuation != null) {
                        return;
                    }
                    host = d;
                    break;
                }
            }
        }
        if (host == null && valuationOfARecalledCompany(f)) {
            return;
        }
        // "UrWork is valued at $1.5 billion" beside ReWork's round: UrWork's worth, not the round's
        if (host == null && !f.background && !namesAnotherCompany(f)) {
            for (Draft d : drafts) {
                if (fundRefuses(d, f)) {
                    continue;
                }
                if (d.current && (d.type.equals(wanted) || wanted.equals("funding") && d.type.equals("investment")
                        || "valuation".equals(f.attachType) && d.type.equals("ipo"))) {
                    host = d;
                    break;
                }
            }
        }
        if (host == null && !f.background && f.amount != null && !f.weakAmount) {
            // "A and B stepped in to lead the $169.5 million round": the round of that amount, told as context so far
            for (Draft d : drafts) {
                if (d.type.equals(wanted) && d.amount != null && close(d.amount.money(), f.amount.money())) {
                    host = d;
                    break;
                }
            }
        }
        if (host == null && f.background) {
            // a recalled round stated only by its valuation or label: "a Series G that ... valued the company at $211M"
            for (Draft d : drafts) {
                if (fundRefuses(d, f)) {
                    continue;
                }
                if (!d.current && d.type.equals(wanted) && d.sentences.contains(f.sentence.index)) {
                    host = d;
                    break;
                }
            }
        }
        if (host == null && f.valuation != null && "valuation".equals(f.attachType) && !f.background) {
            // "the proposal confirmed a Sparkle valuation of 700 million euros": the worth of a company being bought
            String of = f.target != null && f.target.text != null ? f.target.text : topic;
            for (Draft d : drafts) {
                if (d.current && d.type.equals("acquisition") && d.valuation == null && sameCompany(d.target, of)) {
                    host = d;
                    break;
                }
            }
        }
        if (host == null) {
            boolean creates = f.valuation != null && wanted.equals("funding")
                    || f.amount != null && !f.weakAmount && f.target != null;
            if (!creates) {
                return;
            }
            if (f.target == null) {
                f.target = Ref.anaphor(f.sentence);
                f.target.text = topic;
            }
            if (f.target.text == null) {
                return;
            }
            host = new Draft();
            host.type = wanted;
            host.target = f.target.text;
            // a worth told of a company no deal of the article is about: context for the news, not news
            host.current = !f.background && !namesAnotherCompany(f);
            host.status = f.status;
            drafts.add(host);
        }
        if (f.amount != null && f.weakAmount && host.amount != null && !host.weakAmount) {
            f.amount = null;
        }
        merge(host, f);
    }

    /**
     * Past the lead, a valuation told of "it" ("There is now talk of it listing at a $10 billion valuation") speaks
     * of the company whose deal the sentence before told, when that is not the article's company: it goes to that
     * deal, or nowhere. True when the frame was handled so.
     */
    private boolean valuationOfThePreviousSentencesCompany(Frame f, Map<Sentence, List<Frame>> framesBySentence) {
        Sentence s = f.sentence;
        if (!"valuation".equals(f.attachType) || f.target != null || s.index <= leadEnd || topic == null
                || s.find(0, s.size(), "it", "its") < 0 || s.contains("company")) {
            return false;
        }
        Sentence previous = null;
        for (Sentence p : sentences) {
            if (p.index == s.index - 1) {
                previous = p;
            }
        }
        if (previous == null) {
            return false;
        }
        for (Frame p : framesBySentence.getOrDefault(previous, List.of())) {
            if (p.attachment || p.target == null || p.target.anaphor || p.target.text == null
                    || sameCompany(p.target.text, topic)) {
                continue;
            }
            for (Draft d : drafts) {
                if (d.frames.contains(p)) {
                    if (d.valuation == null) {
                        merge(d, f);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The company is now valued at $20 billion" where "the company" is one whose rounds the article only recalls
     * (WeWork's, beside a rival's current round): the worth goes to that company's latest recalled round told before
     * it, never to the other company's round. True when the frame was handled so (attached, or dropped).
     */
    private boolean valuationOfARecalledCompany(Frame f) {
        if (!"valuation".equals(f.attachType) || f.valuation == null || f.target == null || !f.target.anaphor
                || f.target.text == null) {
            return false;
        }
        Draft latest = null;
        int latestSentence = -1;
        for (Draft d : drafts) {
            if (!sameCompany(d.target, f.target.text) || !d.type.equals("funding")) {
                continue;
            }
            if (d.current) {
                return false; // the company's own current round: the usual attachment
            }
            for (int i : d.sentences) {
                if (i < f.sentence.index && i > latestSentence) {
                    latestSentence = i;
                    latest = d;
                }
            }
        }
        if (latest == null) {
            return false;
        }
        if (latest.valuation == null) {
            merge(latest, f);
        }
        return true;
    }

    /** A valuation said of a company by name ("X is valued at") that no deal of the article is about. */
    private static boolean namesAnotherCompany(Frame f) {
        return "valuation".equals(f.attachType) && f.target != null && !f.target.anaphor && f.target.text != null
                && f.amount == null;
    }

    /** Conditions and tranches of a sentence go to the deal the sentence is about. */
    private void attachTerms(Sentence s, List<Frame> frames) {
        List<Condition> conditions = Terms.conditions(s);
        List<TrancheCue> tranches = Terms.tranches(s);
        if (conditions.isEmpty() && tranches.isEmpty()) {
            return;
        }
        Draft host = null;
        for (Frame f : frames) {
            for (Draft d : drafts) {
                if (d.frames.contains(f) && !f.attachment) {
                    host = d;
                    break;
                }
            }
            if (host != null) {
                break;
            }
        }
        if (host == null) {
            for (Frame f : frames) {
                for (Draft d : drafts) {
                    if (d.frames.contains(f)) {
                        host = d;
                        break;
                    }
                }
                if (host != null) {
                    break;
                }
            }
        }
        if (host == null) {
            host = mainDeal(s);
        }
        if (host == null) {
            return;
        }
        for (Condition c : conditions) {
            host.conditions.add(c);
        }
        Draft partsHost = frames.isEmpty() ? dealOfThePreviousSentence(s, host) : host;
        for (TrancheCue t : tranches) {
            partsHost.trancheCues.add(new TrancheSeen(s, t.money(), t.contingent()));
        }
        if (host.sentences.add(s.index)) {
            host.evidence.add(s.text);
        }
    }

    /**
     * "... for an initial cash payment of $350,000. Subject to approval, it will also issue $350,000 worth of shares":
     * the parts told in a sentence with no deal of its own go on with the current deal of the sentence before.
     */
    private Draft dealOfThePreviousSentence(Sentence s, Draft fallback) {
        for (Draft d : drafts) {
            if (d.current && d.sentences.contains(s.index - 1)
                    && d.frames.stream().anyMatch(f -> f.sentence.index == s.index - 1 && !f.attachment)) {
                return d;
            }
        }
        return fallback;
    }

    /** The article's current deal a sentence without names most likely elaborates. */
    private Draft mainDeal(Sentence s) {
        boolean acquisitionWords = s.contains("acquisition", "merger", "transaction", "takeover", "purchase", "sale",
                "offer", "scheme", "combination", "deal", "agreement", "closing");
        boolean fundingWords = s.contains("round", "funding", "investment", "financing", "raise", "tranche", "placement");
        for (Draft d : drafts) {
            if (!d.current) {
                continue;
            }
            if (acquisitionWords && !fundingWords && !d.type.equals("acquisition")) {
                continue;
            }
            if (fundingWords && !acquisitionWords && d.type.equals("acquisition")) {
                continue;
            }
            return d;
        }
        for (Draft d : drafts) {
            if (d.current) {
                return d;
            }
        }
        return null;
    }

    /**
     * An article reports some deal as news: when no deal came out current (the news one was first named past the
     * lead, behind a feature-style opening), the first one nothing marks as past is it.
     */
    /**
     * An article reports one deal of a kind per company as news: a second current draft of the same company and
     * type (another figure for it, told later) is a past round or a different telling, not a second piece of news.
     */
    private static void demoteSecondNews(List<Draft> kept) {
        for (int i = 0; i < kept.size(); i++) {
            Draft first = kept.get(i);
            if (!first.current) {
                continue;
            }
            for (int j = i + 1; j < kept.size(); j++) {
                Draft later = kept.get(j);
                if (later.current && later.type.equals(first.type) && sameCompany(later.target, first.target)
                        && !later.fromTitle) {
                    later.current = false;
                }
            }
        }
    }

    /**
     * An article with no deal told as news still reports one: the first deal with no background cue that is told
     * in the lead, told as happening now, or is between companies the lead names (a wire story's lead "Revlon said
     * it bought a unit of Beecham", the price in a later sentence).
     */
    private void promoteLeadDeal(List<Draft> kept) {
        if (kept.stream().anyMatch(d -> d.current)) {
            return;
        }
        for (Draft d : kept) {
            if (d.frames.stream().noneMatch(f -> f.background)
                    && (d.frames.stream().anyMatch(f -> toldAsNow(f.sentence) || f.sentence.inLead)
                    || namedInLead(d.target) || d.parties.values().stream().anyMatch(p -> namedInLead(p.name())))) {
                d.current = true;
                return;
            }
        }
    }

    /**
     * "The company this week announced that it has raised ...", "Yesterday, X reported the company was raising ...",
     * "It is also seeking to raise ...": a deal told with a time of now. Past tense alone ("Houzz was able to raise",
     * "after selling its Motorola unit") is no sign of news in a story that leads with something else.
     */
    private static boolean toldAsNow(Sentence s) {
        if (s.phraseAt("this week", 0, s.size()) >= 0 || s.phraseAt("this month", 0, s.size()) >= 0
                || s.find(0, s.size(), "today", "yesterday") >= 0 && s.phraseAt("earlier today", 0, s.size()) < 0
                // a wire story's further item: "The company also said it has agreed in principle to acquire ..."
                || s.phraseAt("also said", 0, s.size()) >= 0 || s.phraseAt("has agreed", 0, s.size()) >= 0
                || s.phraseAt("have agreed", 0, s.size()) >= 0) {
            return true;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.is(i, "now") && !s.is(i - 1, "until", "by", "till", "from")) {
                return true; // "Now Verrow, a maker of kitchen robots, has raised $14 million"
            }
            if (i > 0 && s.lower(i).endsWith("ing") && s.lower(i).length() > 5
                    && (s.is(i - 1, "is", "are") || s.is(i - 1, "also", "now", "still") && s.is(i - 2, "is", "are"))) {
                return true;
            }
        }
        return false;
    }

    private DealMention finish(Draft d) {
        if (d.target == null || d.target.isBlank() || CompanyNames.key(d.target).isEmpty() || isPublicBody(d.target)
                || EVENTS.contains(lastWord(d.target))) {
            return null;
        }
        // a state fund or agency that puts money in is a backer ("Qatar Investment Authority", "a grant from the
        // Innovation Authority"); as a buyer or seller such a body is mostly the approver a role cue misread
        d.parties.values().removeIf(p -> isPublicBody(p.name()) && !sameRoleClass(p.role(), Party.INVESTOR));
        Money amount = d.amount == null ? null : d.amount.money();
        List<Party> parties = new ArrayList<>(d.parties.values());
        parties.removeIf(p -> CompanyNames.key(p.name()).equals(CompanyNames.key(d.target)));
        // "new investors in QuEra Computing Inc." in a round of "QuEra": a company does not back itself
        parties.removeIf(p -> sameRoleClass(p.role(), Party.INVESTOR) && sameCompany(p.name(), d.target));
        if (d.type.equals("debt")) {
            // "a $200 million loan led by Bank A, with Bank B participating": who puts money in a loan lends it
            parties.replaceAll(p -> sameRoleClass(p.role(), Party.INVESTOR)
                    ? new Party(p.name(), Party.LENDER, p.amount()) : p);
        }
        if (amount == null && !d.type.equals("acquisition")) {
            List<Party> withAmount = parties.stream().filter(p -> p.amount() != null).toList();
            if (withAmount.size() == 1 && parties.size() == 1) {
                amount = withAmount.get(0).amount();
            }
        }
        boolean anyPartyAmount = parties.stream().anyMatch(p -> p.amount() != null);
        if (!d.type.equals("acquisition") && amount == null && d.valuation == null && !anyPartyAmount) {
            return null;
        }
        Valuation valuation = d.valuation == null ? null
                : new Valuation(d.valuation.value(), d.valuation.valueHigh(), d.valuation.currency(), d.basis);
        List<Condition> conditions = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (Condition c : d.conditions) {
            if (kinds.add(c.kind())) {
                conditions.add(c);
            }
        }
        List<Tranche> tranches = tranches(d, amount);
        List<String> evidence = d.evidence.size() > 6 ? d.evidence.subList(0, 6) : d.evidence;
        String status = d.status == null || perfectNewsOfADealToCome(d) ? "announced" : d.status;
        return new DealMention(d.type, d.target, parties, d.round, amount, valuation,
                status, conditions, tranches, d.current, evidence);
    }

    /**
     * "X has acquired Y" next to "X is buying Y" or "X will be acquiring Y": the perfect tells the news of a deal the
     * article also tells as still under way, so it is announced, not closed. Alone it keeps its completed reading.
     */
    private static boolean perfectNewsOfADealToCome(Draft d) {
        if (!"completed".equals(d.status)) {
            return false;
        }
        boolean toCome = false;
        for (Frame f : d.frames) {
            Sentence s = f.sentence;
            if ("completed".equals(f.status) && !f.attachment) {
                // the company itself right after the verb: "has acquired 7.5 mln X shares" tells a tender's result
                Name bought = s.nameStartingAt(f.anchor + 1);
                boolean perfect = s.is(f.anchor, "acquired", "bought", "purchased") && s.is(f.anchor - 1, "has", "have")
                        && bought != null && !s.is(bought.end, "shares", "stock", "common");
                // word tests: "undisclosed" is no closing, "completely" no completion
                boolean closingWord = s.find(0, s.size(), "complete", "completed", "completes", "completing",
                        "completion", "closed", "finalized", "finalised", "finalizes", "finalises", "finalize",
                        "finalise") >= 0;
                if (!perfect || closingWord) {
                    return false;
                }
            }
            if (!f.attachment && "announced".equals(f.status) && f.anchor < s.size()) {
                boolean progressive = s.lower(f.anchor).endsWith("ing") && s.is(f.anchor - 1, "is", "are", "be");
                boolean future = s.find(Math.max(0, f.anchor - 3), f.anchor, "will", "'ll", "’ll", "shall") >= 0;
                toCome |= progressive || future;
            }
        }
        return toCome;
    }

    /**
     * Tranches count when there are two or more parts. One contingent part of a known amount comes with the part
     * paid now: the whole when the contingent one is paid on top ("increased by", "additional"), else the rest.
     * A deal the article calls one tranche of a larger offering ("closing of the third tranche") is its own tranche.
     */
    private List<Tranche> tranches(Draft d, Money amount) {
        List<TrancheSeen> unique = new ArrayList<>();
        for (TrancheSeen t : d.trancheCues) {
            if (unique.stream().noneMatch(u -> close(u.money().money(), t.money().money()) && u.contingent() == t.contingent())) {
                unique.add(t);
            }
        }
        boolean upfront = unique.stream().anyMatch(t -> !t.contingent());
        boolean contingent = unique.stream().anyMatch(TrancheSeen::contingent);
        List<TrancheSeen> parts = new ArrayList<>();
        for (TrancheSeen t : unique) {
            // the whole amount cued as a part ("the $110 billion round is subject to ...") is not a part of itself
            boolean whole = amount != null && close(amount, t.money().money()) && !(upfront && contingent);
            if (!whole) {
                parts.add(t);
            }
        }
        List<Tranche> out = new ArrayList<>(d.tranches);
        for (TrancheSeen t : parts) {
            out.add(new Tranche(t.money().money(), t.contingent()));
        }
        if (out.size() == 1 && out.get(0).contingent() && amount != null && d.tranches.isEmpty()
                && conditioned(parts.get(0))) {
            TrancheSeen only = parts.get(0);
            double rest = amount.value() - only.money().money().value();
            if (paidOnTop(only)) {
                out.add(0, new Tranche(amount, false));
            } else if (rest > 0) {
                out.add(0, new Tranche(new Money(rest, null, amount.currency()), false));
            }
        }
        if (out.size() >= 2) {
            return out;
        }
        if (out.isEmpty() && amount != null && d.current && calledOneTranche(d)) {
            return List.of(new Tranche(amount, false));
        }
        return List.of();
    }

    /** A part said to wait on a condition ("contingent on", "upon", "if"), not merely "the balance". */
    private static boolean conditioned(TrancheSeen t) {
        Sentence s = t.sentence();
        int from = Math.max(0, t.money().start() - 6);
        int to = Math.min(s.size(), t.money().end() + 14);
        return s.find(from, to, "contingent", "conditional", "upon", "subject", "milestone", "milestones", "if", "yet",
                "earn-out", "earnout", "provided") >= 0 || s.is(0, "if", "subject", "should", "depending");
    }

    /** "the consideration will be increased by $X", "an additional $X", "an earn-out of $X": beyond the price. */
    private static boolean paidOnTop(TrancheSeen t) {
        Sentence s = t.sentence();
        int from = Math.max(0, t.money().start() - 6);
        return s.find(from, t.money().start(), "additional", "increased", "further", "plus", "earn-out", "earnout",
                "bonus", "extra") >= 0;
    }

    /** "This is the first tranche of a Series A", "closes third tranche of private placement". */
    private boolean calledOneTranche(Draft d) {
        for (Sentence s : sentences) {
            if (!(s.title || s.index <= leadEnd + 3 || d.sentences.contains(s.index))) {
                continue;
            }
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.is(i, "first", "second", "third", "fourth", "fifth", "final", "last") && s.is(i + 1, "tranche")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Securities and Exchange Commission", "Justice Department": approvers, not parties. */
    static boolean isPublicBody(String name) {
        for (String w : name.toLowerCase().split("[^a-z]+")) {
            if (Lexicon.PUBLIC_BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean close(Money a, Money b) {
        if (a == null || b == null || a.currency() == null || !a.currency().equals(b.currency())) {
            return false;
        }
        return Math.abs(a.value() - b.value()) <= 0.01 * Math.max(Math.abs(a.value()), 1.0)
                || roundingOf(a.value(), b.value()) || roundingOf(b.value(), a.value());
    }

    /** "nearly $15 billion" in a headline for the body's $14.8 billion: the other amount rounded to this one's digits. */
    private static boolean roundingOf(double rounded, double exact) {
        double unit = 1;
        while (unit * 10 <= Math.abs(rounded) && Math.abs(rounded) % (unit * 10) == 0) {
            unit *= 10;
        }
        return Math.abs(rounded) / unit >= 10 && Math.round(exact / unit) * unit == rounded;
    }

    /** Names of one company: the same key, or one name's words a subset of the other's ("Didi", "Didi Chuxing"). */
    static boolean sameCompany(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = CompanyNames.key(a);
        String kb = CompanyNames.key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        Set<String> sa = new HashSet<>(Arrays.asList(ka.split("-")));
        Set<String> sb = new HashSet<>(Arrays.asList(kb.split("-")));
        return sa.containsAll(sb) || sb.containsAll(sa);
    }
}
