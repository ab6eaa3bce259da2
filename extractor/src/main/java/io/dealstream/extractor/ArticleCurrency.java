package io.dealstream.extractor;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.model.Article;
import io.dealstream.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the currency of amounts from the whole article rather than from one token:
 *
 * <ul>
 *   <li>a bare "$" in a Canadian or Australian issuer's release (a TSX/TSXV/CSE/ASX ticker, a
 *       "Vancouver, British Columbia" dateline, "all dollars are Canadian", C$ amounts elsewhere) is
 *       that country's dollar, unless the article converts local amounts into bare-"$" ones
 *       ("A$7.7 billion ($5.51 billion)"), the wire style where "$" is the U.S. dollar;</li>
 *   <li>a conversion written after an amount ("£40 million (just under $53 million)", "8 billion
 *       Canadian dollars, the equivalent of about $5.6 billion") is the same money again: it is dropped,
 *       and the converted figure used elsewhere (a headline's "$53M") is read as the original.</li>
 * </ul>
 */
final class ArticleCurrency {

    private ArticleCurrency() {
    }

    /** "(TSXV: ABC)", "TSX-V: ABC", "(CSE:XYZ)": the issuer's own Canadian listing. */
    private static final Pattern CANADIAN_TICKER = Pattern.compile("\\b(?:TSX|TSXV|TSX-V|TSX Venture|CSE|NEO|CNSX)\\s?:\\s?[A-Z]");
    private static final Pattern CANADIAN_DATELINE = Pattern.compile(
            "(?i)\\b(?:vancouver|toronto|calgary|edmonton|montreal|ottawa|halifax|winnipeg|saskatoon|regina|kelowna)"
                    + ",\\s+(?:british columbia|b\\.?c\\.?|ontario|on|alberta|ab|qu[eé]bec|qc|nova scotia|manitoba|saskatchewan)\\b");
    private static final Pattern CANADIAN_STATED = Pattern.compile(
            "(?i)(?:dollars? (?:amounts? )?(?:are|is|in|expressed in) (?:in )?canadian|in canadian dollars unless|"
                    + "canadian dollars unless)");
    private static final Pattern CANADIAN_PREFIX = Pattern.compile("(?:\\bC\\$|\\bCDN\\$|\\bCAD\\b ?)\\s?\\d");
    /** "(ASX: 3DA)", "ASX:ABC": the issuer's own Australian listing. */
    private static final Pattern AUSTRALIAN_TICKER = Pattern.compile("\\bASX\\s?:\\s?[A-Z0-9]");
    private static final Pattern AUSTRALIAN_PREFIX = Pattern.compile("(?:\\bA\\$|\\bAU\\$|\\bAUD\\b ?)\\s?\\d");
    private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![A-Za-z])\\$\\s?\\d");
    /** Places that tell an Australian story when several of them and no U.S. ones are named. */
    private static final Pattern AUSTRALIAN_PLACE = Pattern.compile(
            "\\b(Australia|Australian|Melbourne|Sydney|Perth|Brisbane|Adelaide|Canberra|Hobart|Victorian|Queensland"
                    + "|New South Wales|Western Australia|Tasmania)\\b");
    private static final Pattern US_PLACE = Pattern.compile(
            "\\b(U\\.S\\.|US|United States|American|Nasdaq|NASDAQ|NYSE|Calif\\.|California|New York|Silicon Valley"
                    + "|San Francisco|Texas|Delaware)\\b");
    /** "($1 = 1.3968 Australian dollars)": a wire's exchange-rate note, so its "$" is the U.S. dollar. */
    private static final Pattern RATE_NOTE = Pattern.compile("\\(\\s*(?:US)?\\$\\s?1\\s?=");

    /** Words that may stand between an amount and its conversion: "(approximately US$123 million)". */
    private static final Set<String> CONVERSION_WORDS = Set.of("(", "-lrb-", ",", "the", "equivalent", "of", "about",
            "approximately", "approx.", "around", "roughly", "some", "just", "under", "over", "nearly", "almost",
            "or", "~", "c.", "circa", "to", "equal", "us", "u.s.");

    /** Rewrites the amounts of the article's sentences in place. */
    static void apply(Article article, List<Sentence> sentences) {
        String raw = (article.title() == null ? "" : article.title()) + "\n" + article.body();
        String local = localDollar(raw);
        if (local != null && !convertsIntoBareDollars(sentences, local) && !RATE_NOTE.matcher(raw).find()) {
            for (Sentence s : sentences) {
                for (int i = 0; i < s.money.size(); i++) {
                    MoneySpan m = s.money.get(i);
                    if (isBareDollar(s, m)) {
                        s.money.set(i, withMoney(m, new Money(m.money().value(), m.money().valueHigh(), local)));
                    }
                }
            }
        }
        dropConversions(sentences);
    }

    /** The dollar a bare "$" stands for in this article when it is not the U.S. one: CAD, AUD or null. */
    static String localDollar(String raw) {
        int bare = count(BARE_DOLLAR, raw);
        boolean canadian = CANADIAN_TICKER.matcher(raw).find() || CANADIAN_DATELINE.matcher(raw).find()
                || CANADIAN_STATED.matcher(raw).find() || mostlyLocal(count(CANADIAN_PREFIX, raw), bare);
        boolean australian = AUSTRALIAN_TICKER.matcher(raw).find() || mostlyLocal(count(AUSTRALIAN_PREFIX, raw), bare)
                || australianPlaces(raw);
        if (canadian == australian) {
            return null;
        }
        return canadian ? "CAD" : "AUD";
    }

    /** "C$" amounts written at least as often as bare "$" ones: a local release, not one local fine in a roundup. */
    private static boolean mostlyLocal(int localPrefixes, int bare) {
        return localPrefixes >= 2 && localPrefixes >= bare;
    }

    private static int count(Pattern p, String raw) {
        int n = 0;
        Matcher m = p.matcher(raw);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean australianPlaces(String raw) {
        Set<String> places = new java.util.HashSet<>();
        Matcher m = AUSTRALIAN_PLACE.matcher(raw);
        while (m.find()) {
            places.add(m.group(1));
        }
        return places.size() >= 2 && !US_PLACE.matcher(raw).find();
    }

    private static boolean isBareDollar(Sentence s, MoneySpan m) {
        return s.word(m.start()).equals("$") && !(m.start() > 0 && s.is(m.start() - 1, "us", "u.s."));
    }

    /** "A$7.7 billion ($5.51 billion)": local amounts converted into bare-"$" ones. */
    private static boolean convertsIntoBareDollars(List<Sentence> sentences, String local) {
        for (Sentence s : sentences) {
            for (int i = 0; i + 1 < s.money.size(); i++) {
                MoneySpan a = s.money.get(i);
                MoneySpan b = s.money.get(i + 1);
                if (a.money().currency().equals(local) && !isBareDollar(s, a) && isBareDollar(s, b)
                        && isConversion(s, a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code b} restates {@code a} in another currency, right after it. */
    private static boolean isConversion(Sentence s, MoneySpan a, MoneySpan b) {
        if (a.money().currency().equals(b.money().currency()) || b.start() - a.end() > 5 || b.start() <= a.end()) {
            return false;
        }
        boolean marked = false;
        for (int j = a.end(); j < b.start(); j++) {
            if (!CONVERSION_WORDS.contains(s.lower(j))) {
                return false;
            }
            marked |= s.is(j, "(", "-lrb-", "equivalent", "approximately", "about", "roughly", "around", "some");
        }
        return marked;
    }

    private static void dropConversions(List<Sentence> sentences) {
        List<Money[]> converted = new ArrayList<>(); // {conversion, original}
        for (Sentence s : sentences) {
            for (int i = 0; i + 1 < s.money.size(); i++) {
                MoneySpan a = s.money.get(i);
                MoneySpan b = s.money.get(i + 1);
                if (a.isLumpSum() && b.isLumpSum() && isConversion(s, a, b)) {
                    converted.add(new Money[] {b.money(), a.money()});
                    s.money.remove(i + 1);
                }
            }
        }
        if (converted.isEmpty()) {
            return;
        }
        // the converted figure told alone elsewhere, as headlines do: "Wyndham buys Love Home Swap for $53M"
        for (Sentence s : sentences) {
            for (int i = 0; i < s.money.size(); i++) {
                MoneySpan m = s.money.get(i);
                for (Money[] c : converted) {
                    if (m.isLumpSum() && DealAssembler.close(m.money(), c[0]) && m.money().valueHigh() == null) {
                        s.money.set(i, withMoney(m, c[1]));
                        break;
                    }
                }
            }
        }
    }

    private static MoneySpan withMoney(MoneySpan m, Money money) {
        return new MoneySpan(m.start(), m.end(), money, m.qualifier(), m.perShare(), m.rate());
    }
}
