package io.dealstream.aggregator.streams;

import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds, among the evidence sentences of a mention, the one that states a given figure or name, so
 * that a merged deal can cite the sentence behind each value. Money is recognised by its number in
 * the usual scales ("110" billion, "1,200" crore, "1.2" bn, "50,000" million); when nothing matches,
 * the mention's first evidence sentence stands for it.
 */
final class EvidenceLocator {

    private static final double[] SCALES = {1e12, 1e9, 1e6, 1e7, 1e5, 1e3, 1};

    private EvidenceLocator() {
    }

    static String first(DealMention m) {
        return m.evidence().isEmpty() ? null : m.evidence().get(0);
    }

    static String forMoney(DealMention m, Money money) {
        if (money == null) {
            return first(m);
        }
        String found = sentenceWithNumber(m.evidence(), money.value());
        return found != null ? found : first(m);
    }

    static String forText(DealMention m, String text) {
        String found = sentenceWithText(m.evidence(), text);
        return found != null ? found : first(m);
    }

    /** The sentence naming the party and stating its amount, else one naming it, else one with the amount. */
    static String forParty(DealMention m, String name, Money amount) {
        List<String> named = new ArrayList<>();
        for (String s : m.evidence()) {
            if (containsIgnoreCase(s, name)) {
                named.add(s);
            }
        }
        if (amount != null) {
            String both = sentenceWithNumber(named, amount.value());
            if (both != null) {
                return both;
            }
        }
        if (!named.isEmpty()) {
            return named.get(0);
        }
        return amount != null ? forMoney(m, amount) : first(m);
    }

    private static String sentenceWithText(List<String> sentences, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (String s : sentences) {
            if (containsIgnoreCase(s, text.strip())) {
                return s;
            }
        }
        return null;
    }

    private static String sentenceWithNumber(List<String> sentences, double value) {
        for (String form : numberForms(value)) {
            Pattern p = Pattern.compile("(?<![\\d.,])" + Pattern.quote(form) + "(?![\\d]|[.,]\\d)");
            for (String s : sentences) {
                if (p.matcher(s).find()) {
                    return s;
                }
            }
        }
        return null;
    }

    /** "110", "1.2", "1,200", "50,000" for the scales at which the value is a short number. */
    static List<String> numberForms(double value) {
        List<String> forms = new ArrayList<>();
        if (!(Math.abs(value) > 0) || Double.isInfinite(value)) {
            return forms;
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (double scale : SCALES) {
            double scaled = Math.abs(value) / scale;
            if (scaled < 1 || scaled >= 1e6) {
                continue;
            }
            BigDecimal rounded = BigDecimal.valueOf(scaled).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            if (rounded.subtract(BigDecimal.valueOf(scaled)).abs().doubleValue() > 1e-9 * scaled) {
                continue; // not a number anyone would write at this scale
            }
            String plain = rounded.toPlainString();
            String withCommas = grouped.format(rounded);
            addOnce(forms, withCommas);
            addOnce(forms, plain);
        }
        return forms;
    }

    private static void addOnce(List<String> forms, String form) {
        if (!forms.contains(form)) {
            forms.add(form);
        }
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return needle != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
