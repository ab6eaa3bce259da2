package io.dealstream.extractor;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.extractor.Sentence.Name;
import io.dealstream.extractor.Sentence.Tok;
import io.dealstream.model.CompanyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names in tagged sentences: capitalised spans completed beyond CoreNLP's entity tags
 * (which miss many company names and call some of them persons or places), joined across "&amp;",
 * hyphens and legal suffixes, and typed organisation, person, place or unknown with document-wide
 * votes, so that one name has one kind throughout an article.
 */
final class NameFinder {

    /** Words that end a firm's name; an "and" after one starts the next name. */
    private static final Set<String> FIRM_ENDINGS = Lexicon.words("""
            capital ventures venture partners inc inc. corp corp. ltd ltd. llc plc group holdings fund funds
            management investments labs technologies technology co co. ag sa nv advisors associates equity""");

    /** Job titles that stand between an employer and a person's name ("Klarna CEO Jane Doe"). */
    private static final Set<String> ROLE_TITLES = Lexicon.words("""
            ceo cfo cto coo founder co-founder cofounder chairman chairwoman president vc vcs""");

    /** Verbs that Title Case headlines capitalise next to company names ("Acme Announces", "to Acquire Beta"). */
    private static final Set<String> HEADLINE_VERBS = Lexicon.words("""
            announce announces announced acquire acquires acquired agree agrees build builds complete completes
            close closes raise raises secure secures receive receives sign signs sell sells buy buys confirm
            confirms enter enters launch launches invest invests submit submits explore explores
            take takes tightens expands merge merges""");

    private final Set<String> midSentenceCapitalised = new HashSet<>();
    private final Set<String> seenLowerCase = new HashSet<>();
    private final Set<String> bracketedKeys = new HashSet<>();

    NameFinder(List<Sentence> sentences, Set<String> bracketedNames) {
        for (Sentence s : sentences) {
            boolean titleCase = isTitleCase(s);
            for (int i = 0; i < s.size(); i++) {
                Tok t = s.toks.get(i);
                if (!t.hasLetter()) {
                    continue;
                }
                if (t.capitalised()) {
                    if (i > 0 && !titleCase && !isSentenceOpener(s, i)) {
                        midSentenceCapitalised.add(t.word);
                    }
                } else {
                    seenLowerCase.add(t.lower);
                }
            }
        }
        for (String n : bracketedNames) {
            bracketedKeys.add(CompanyNames.key(n));
        }
    }

    /** Marks the names of every tagged sentence, then makes each name's kind agree across the article. */
    void findAll(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.tagged) {
                s.names = find(s);
            }
        }
        Map<String, int[]> votes = new HashMap<>();
        Set<String> personTokens = new HashSet<>();
        for (Sentence s : sentences) {
            for (Name n : s.names) {
                int[] v = votes.computeIfAbsent(CompanyNames.key(n.text), k -> new int[4]);
                v[n.kind.ordinal()]++;
                if (n.kind == Name.Kind.PERSON) {
                    for (int i = n.start; i < n.end; i++) {
                        personTokens.add(s.toks.get(i).lower);
                    }
                }
            }
        }
        for (Sentence s : sentences) {
            for (Name n : s.names) {
                int[] v = votes.get(CompanyNames.key(n.text));
                if (v[Name.Kind.ORG.ordinal()] > 0 && n.kind != Name.Kind.ORG) {
                    n.kind = Name.Kind.ORG;
                } else if (n.kind == Name.Kind.UNKNOWN && n.end - n.start == 1
                        && personTokens.contains(s.toks.get(n.start).lower)) {
                    n.kind = Name.Kind.PERSON; // "Bose said": the surname of a person named in full
                } else if (n.kind == Name.Kind.UNKNOWN && v[Name.Kind.PERSON.ordinal()] > v[Name.Kind.UNKNOWN.ordinal()]) {
                    n.kind = Name.Kind.PERSON;
                }
            }
        }
    }

    List<Name> find(Sentence s) {
        boolean titleCase = isTitleCase(s);
        boolean[] nameToken = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            nameToken[i] = isNameToken(s, i, titleCase);
        }
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!nameToken[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < s.size()) {
                if (nameToken[end]) {
                    end++;
                    continue;
                }
                if (end + 1 < s.size() && nameToken[end + 1] && joins(s, end, nameToken)) {
                    end += 2;
                    continue;
                }
                // "CoStar Group, Inc." : a legal suffix after a comma belongs to the name
                if (s.is(end, ",") && end + 1 < s.size() && Lexicon.LEGAL_SUFFIXES.contains(s.lower(end + 1))) {
                    end += 2;
                    if (s.is(end, ".")) {
                        end++;
                    }
                    continue;
                }
                break;
            }
            Name name = trim(s, start, end);
            if (name != null) {
                names.add(name);
            }
            i = end;
        }
        return names;
    }

    /** Whether the non-name token at {@code k} joins the names on either side: "&amp;", hyphens, tagged "and"/"of". */
    private boolean joins(Sentence s, int k, boolean[] nameToken) {
        Tok c = s.toks.get(k);
        Tok prev = s.toks.get(k - 1);
        Tok next = s.toks.get(k + 1);
        if (!nameToken[k - 1]) {
            return false;
        }
        if (c.word.equals("&") || c.word.equals("+")) {
            return true;
        }
        if ((c.word.equals("-") || c.word.equals("/")) && prev.end == c.begin && c.end == next.begin) {
            return true;
        }
        if (c.word.equals(".") && prev.end == c.begin && c.end == next.begin) {
            return true; // "Twilio.org"
        }
        boolean connector = c.lower.equals("and") || c.lower.equals("of") || c.lower.equals("de")
                || c.lower.equals("du") || c.lower.equals("des") || c.lower.equals("van") || c.lower.equals("von")
                || c.lower.equals("der") || c.lower.equals("den") || c.lower.equals("la") || c.lower.equals("for")
                || c.lower.equals("y") || c.lower.equals("und") || c.lower.equals("et") || c.lower.equals("di");
        if (!connector) {
            return false;
        }
        if (c.lower.equals("and") && FIRM_ENDINGS.contains(prev.lower)) {
            return false; // "Saltwater Capital and Orchard Partners": two firms, however they are tagged
        }
        boolean taggedOrg = c.ner.equals("ORGANIZATION") && prev.ner.equals("ORGANIZATION")
                && next.ner.equals("ORGANIZATION");
        if (taggedOrg) {
            return true;
        }
        if (c.lower.equals("und")) {
            return true;
        }
        // "Bank of America", "Sara Lee Corp of Canada Ltd": an organisation word before "of"
        return c.lower.equals("of") && Lexicon.ORG_WORDS.contains(prev.lower) && !Lexicon.PLACES.contains(next.lower);
    }

    /** Drops titles, nationalities and lone acronyms at the edges; types what is left. */
    private Name trim(Sentence s, int start, int end) {
        // "Quora CEO Adam Smith", "London VC Balderton Capital": the name is what follows the title
        for (int k = end - 2; k > start; k--) {
            if (ROLE_TITLES.contains(s.lower(k))) {
                start = k + 1;
                break;
            }
        }
        // "Pershing Square Builds ...", "... to Acquire Tesla Property": a headline's capitalised verb is no part of a name
        while (start + 1 < end && HEADLINE_VERBS.contains(s.lower(start)) && s.toks.get(start).capitalised()
                && !(end - start == 2 && FIRM_ENDINGS.contains(s.lower(start + 1)))) { // "Launch Capital" is a firm
            start++;
        }
        while (end > start && HEADLINE_VERBS.contains(s.lower(end - 1)) && s.toks.get(end - 1).capitalised()) {
            end--;
        }
        while (start < end && !taggedOrgOpening(s, start, end) && !numberWordOpening(s, start, end)
                && (Lexicon.TITLES.contains(s.lower(start)) || Lexicon.DEMONYMS.contains(s.lower(start))
                || Lexicon.NOT_NAMES.contains(s.lower(start)) && !Lexicon.ORG_WORDS.contains(s.lower(start))
                || Lexicon.FUNCTION_WORDS.contains(s.lower(start)) || s.is(start, "&", "-", "/", "."))) {
            start++;
        }
        while (end > start && (Lexicon.TITLES.contains(s.lower(end - 1))
                || Lexicon.NOT_NAMES.contains(s.lower(end - 1)) && !Lexicon.ORG_WORDS.contains(s.lower(end - 1))
                && !isBrandSuffix(s, start, end)
                || s.is(end - 1, "&", "-", "/", ",", "and", "of"))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        if (end - start == 1 && start == 0 && s.is(0, "right") && s.is(1, "now", "away")) {
            return null; // "Right now, you buy ...": an adverb opening the sentence
        }
        if (end - start == 1 && Lexicon.ORG_WORDS.contains(s.lower(start)) && !bracketedKeys.contains(s.lower(start))) {
            return null; // "Capital", "Group" alone
        }
        String text = s.span(start, end);
        if (text.length() < 2 && !Character.isLetterOrDigit(text.charAt(0))) {
            return null;
        }
        Name name = new Name(start, end, text, kind(s, start, end));
        if (s.is(end, "'s", "’s", "'", "’")) {
            name.possessive = true;
        }
        if (s.is(end, "-") && end + 1 < s.size() && !s.toks.get(end + 1).capitalised()
                && s.toks.get(end).begin == s.toks.get(end - 1).end) {
            name.descriptorSuffix = s.lower(end + 1); // "UK-based", "KKR-backed"
        }
        return name;
    }

    /** Tech acronyms that end brand names: "Scale AI", "Oculus VR", "Magic Leap XR". */
    private static final Set<String> BRAND_ACRONYMS = Lexicon.words("ai vr ar xr ml iot");
    /** Words after a brand acronym that show it closes the name: a verb or a clause break, not a noun it modifies. */
    private static final Set<String> AFTER_NAME = Lexicon.words("""
            said says has had have is was will would raised raises agreed announced acquired bought sold closed
            to for in at on from and or with by which who that as""");

    /** "Scale AI provides ...", "Oculus VR, acquired by ...", but not "Nvidia AI chips". */
    private static boolean isBrandSuffix(Sentence s, int start, int end) {
        Tok last = s.toks.get(end - 1);
        if (end - start < 2 || !BRAND_ACRONYMS.contains(last.lower) || !last.word.equals(last.word.toUpperCase())
                || Lexicon.NOT_NAMES.contains(s.lower(end - 2))) {
            return false;
        }
        return end >= s.size() || !Character.isLetter(s.word(end).charAt(0)) || AFTER_NAME.contains(s.lower(end))
                || s.is(end, "'s", "’s");
    }

    /**
     * Whether the span opens with a word the tagger reads as part of one organisation name with the
     * next ("General Atlantic", "New Enterprise Associates"): such a word is no title or adjective to strip.
     */
    private static boolean taggedOrgOpening(Sentence s, int start, int end) {
        return end - start >= 2 && s.toks.get(start).ner.equals("ORGANIZATION")
                && s.toks.get(start + 1).ner.equals("ORGANIZATION") && !Lexicon.DEMONYMS.contains(s.lower(start))
                && !Lexicon.PLACES.contains(s.lower(start)) && !s.is(start, "the", "&", "-", "/", ".");
    }

    private Name.Kind kind(Sentence s, int start, int end) {
        String key = CompanyNames.key(s.span(start, end));
        if (bracketedKeys.contains(key)) {
            return Name.Kind.ORG;
        }
        boolean allPlaces = true;
        int org = 0;
        int person = 0;
        int location = 0;
        for (int i = start; i < end; i++) {
            Tok t = s.toks.get(i);
            if (i > start && Lexicon.ORG_WORDS.contains(t.lower)) {
                return Name.Kind.ORG;
            }
            if (!Lexicon.PLACES.contains(t.lower) && !Lexicon.DEMONYMS.contains(t.lower)) {
                allPlaces = false;
            }
            switch (t.ner) {
                case "ORGANIZATION" -> org++;
                case "PERSON" -> person++;
                case "LOCATION" -> location++;
                default -> {
                }
            }
        }
        if (allPlaces) {
            return Name.Kind.PLACE;
        }
        if (org > 0 && org >= person && org >= location) {
            return Name.Kind.ORG;
        }
        if (person > 0 && person >= location && end - start >= 2 && person == end - start) {
            return Name.Kind.PERSON;
        }
        return Name.Kind.UNKNOWN;
    }

    private boolean isNameToken(Sentence s, int i, boolean titleCase) {
        Tok t = s.toks.get(i);
        if (!t.hasLetter() || t.word.length() == 0) {
            return false;
        }
        for (MoneySpan m : s.money) {
            if (i >= m.start() && i < m.end()) {
                return false;
            }
        }
        String w = t.word;
        char first = w.charAt(0);
        boolean upper = Character.isUpperCase(first);
        boolean innerCaps = Character.isLowerCase(first) && w.length() > 2 && hasUpperAfterFirst(w)
                && !w.contains("-") && !w.startsWith("http") && !w.contains("."); // "approx.NOK" is no "inDriver"
        boolean digitName = Character.isDigit(first) && (!t.ner.equals("O") && !t.ner.equals("NUMBER") || isAlphanumericBrand(w));
        if (!upper && !innerCaps && !digitName) {
            return false;
        }
        if (Lexicon.MONTHS.contains(t.lower) && !(FIRM_ENDINGS.contains(s.lower(i + 1)) && s.toks.get(i + 1 < s.size() ? i + 1 : i)
                .capitalised() && !s.is(i - 1, "in", "on", "since", "until", "of", "last", "next", "early", "late",
                "mid", "through", "this")) || t.word.equals("I")) {
            return false; // a month, but "March Capital" is a firm
        }
        if (s.is(i - 1, "the") && (t.word.equals("Company") || t.word.equals("Corporation") || t.word.equals("Issuer"))) {
            return false; // a press release's defined term: "the Company" is the issuer, said again
        }
        if (w.length() == 1 && !t.ner.equals("ORGANIZATION")) {
            // a lone capital letter: "Series A", list markers
            return i > 0 && s.toks.get(i - 1).capitalised() && !s.is(i - 1, "series");
        }
        if (s.is(i - 1, "series") || (i > 0 && s.lower(i - 1).equals("series"))) {
            return false;
        }
        if (titleCase) {
            if (Lexicon.FUNCTION_WORDS.contains(t.lower) || DealWords.isDealWord(t.lower)) {
                return false;
            }
            return midSentenceCapitalised.contains(w) || innerCaps || isAcronym(w)
                    || (!t.ner.equals("O") && !seenLowerCase.contains(t.lower));
        }
        if (i == 0 || isSentenceOpener(s, i)) {
            if (Lexicon.FUNCTION_WORDS.contains(t.lower) || DealWords.isDealWord(t.lower) && !midSentenceCapitalised.contains(w)) {
                return false;
            }
            return !t.ner.equals("O") || t.pos.startsWith("NNP") || midSentenceCapitalised.contains(w)
                    || !seenLowerCase.contains(t.lower) || innerCaps;
        }
        if (Lexicon.FUNCTION_WORDS.contains(t.lower) && !midSentenceCapitalised.contains(w)) {
            return false;
        }
        if (DealWords.isDealWord(t.lower) && seenLowerCase.contains(t.lower) && t.ner.equals("O")
                && !t.pos.startsWith("NNP")) {
            return false;
        }
        return true;
    }

    private static final Set<String> NUMBER_WORDS = Lexicon.words("one two three four five six seven eight nine ten");

    /** "full ownership of Five Star": a capitalised number word inside a sentence opens a name ("Three Arrows"). */
    private static boolean numberWordOpening(Sentence s, int start, int end) {
        return end - start >= 2 && !s.title && NUMBER_WORDS.contains(s.lower(start)) && s.toks.get(start).capitalised()
                && !isSentenceOpener(s, start) && s.toks.get(start + 1).capitalised();
    }

    private static boolean isSentenceOpener(Sentence s, int i) {
        if (i == 0) {
            return true;
        }
        String prev = s.word(i - 1);
        return prev.equals("\"") || prev.equals("“") || prev.equals("``") || prev.equals("*") || prev.equals("•")
                || prev.equals(":") || prev.equals("—") || prev.equals("-") && i == 1 || prev.equals("(")
                || prev.equals("‘") || prev.equals("'");
    }

    /** A headline in Title Case: most of its longer words capitalised. */
    static boolean isTitleCase(Sentence s) {
        if (!s.title) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Tok t : s.toks) {
            if (t.word.length() > 3 && Character.isLetter(t.word.charAt(0))) {
                words++;
                if (t.capitalised()) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    /** "20VC", "1Password", "360Learning": digits then a capitalised word, written as one token. */
    private static boolean isAlphanumericBrand(String w) {
        int letters = 0;
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper |= Character.isUpperCase(c);
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2 && upper && w.length() >= 4;
    }

    private static boolean hasUpperAfterFirst(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return !Lexicon.NOT_NAMES.contains(w.toLowerCase());
    }
}
