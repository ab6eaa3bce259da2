package io.dealstream.extractor;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One sentence of an article as the rules see it: tokens, amounts of money, names. */
final class Sentence {

    /** One token: its word, and after tagging its part of speech, lemma and entity tag. */
    static final class Tok {
        final String word;
        final String lower;
        final int begin;
        final int end;
        String pos = "";
        String lemma;
        String ner = "O";

        Tok(String word, int begin, int end) {
            this.word = word;
            this.lower = word.toLowerCase(Locale.ROOT);
            this.begin = begin;
            this.end = end;
            this.lemma = lower;
        }

        boolean capitalised() {
            return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        }

        boolean hasLetter() {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLetter(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** A name in the sentence: tokens {@code [start, end)}. */
    static final class Name {
        enum Kind { ORG, PERSON, PLACE, UNKNOWN }

        final int start;
        final int end;
        final String text;
        Kind kind;
        /** Followed by "'s". */
        boolean possessive;
        /** Part of a descriptor such as "UK-based" or "KKR-backed". */
        String descriptorSuffix;

        Name(int start, int end, String text, Kind kind) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.kind = kind;
        }

        boolean canBeCompany() {
            return kind != Kind.PERSON && kind != Kind.PLACE;
        }

        @Override
        public String toString() {
            return text + "/" + kind;
        }
    }

    final int index;
    final boolean title;
    final List<Tok> toks;
    final String text;
    List<MoneySpan> money = List.of();
    List<Name> names = List.of();
    boolean tagged;
    /** Whether the sentence opens its paragraph. */
    boolean paragraphStart;
    /** The headline or one of the first body sentences ({@link DealAssembler#LEAD_SENTENCES}), where news is told. */
    boolean inLead;

    Sentence(int index, boolean title, List<Tok> toks, String text) {
        this.index = index;
        this.title = title;
        this.toks = toks;
        this.text = text;
    }

    int size() {
        return toks.size();
    }

    String lower(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).lower : "";
    }

    String word(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i).word : "";
    }

    /** A hyphen inside a compound word ("privately-held", "previously-announced"), not a dash between phrases. */
    boolean isInnerHyphen(int i) {
        return i > 0 && i + 1 < toks.size() && is(i, "-") && toks.get(i - 1).end == toks.get(i).begin
                && toks.get(i).end == toks.get(i + 1).begin;
    }

    boolean is(int i, String... lowers) {
        String w = lower(i);
        for (String l : lowers) {
            if (w.equals(l)) {
                return true;
            }
        }
        return false;
    }

    /** The words {@code [from, to)} joined as they were written. */
    String span(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
            Tok t = toks.get(i);
            if (b.length() > 0 && i > 0 && toks.get(i - 1).end < t.begin) {
                b.append(' ');
            }
            b.append(t.word);
        }
        return b.toString();
    }

    Name nameAt(int i) {
        for (Name n : names) {
            if (i >= n.start && i < n.end) {
                return n;
            }
        }
        return null;
    }

    Name nameStartingAt(int i) {
        for (Name n : names) {
            if (n.start == i) {
                return n;
            }
        }
        return null;
    }

    Name nameEndingAt(int endExclusive) {
        for (Name n : names) {
            if (n.end == endExclusive) {
                return n;
            }
        }
        return null;
    }

    List<Name> namesIn(int from, int to) {
        List<Name> out = new ArrayList<>();
        for (Name n : names) {
            if (n.start >= from && n.end <= to) {
                out.add(n);
            }
        }
        return out;
    }

    MoneySpan moneyAt(int i) {
        for (MoneySpan m : money) {
            if (i >= m.start() && i < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** Index of the first token at or after {@code from} whose lower-case word is one of {@code words}, or -1. */
    int find(int from, int to, String... words) {
        for (int i = Math.max(0, from); i < Math.min(to, toks.size()); i++) {
            if (is(i, words)) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(String... words) {
        return find(0, toks.size(), words) >= 0;
    }

    /** Whether the lower-case text holds {@code phrase} (space-separated tokens) anywhere. */
    boolean containsPhrase(String phrase) {
        return phraseAt(phrase, 0, toks.size()) >= 0;
    }

    int phraseAt(String phrase, int from, int to) {
        String[] parts = phrase.split(" ");
        outer:
        for (int i = Math.max(0, from); i + parts.length <= Math.min(to, toks.size()); i++) {
            for (int k = 0; k < parts.length; k++) {
                if (!toks.get(i + k).lower.equals(parts[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
