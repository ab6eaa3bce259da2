package io.dealstream.aggregator.streams;

import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            for (String s : sentences) {
                if (containsNumber(s, form)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** True when {@code form} occurs as a whole number: "110" in "$110 billion", not in "1,110" or "110.5". */
    static boolean containsNumber(String sentence, String form) {
        for (int at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
            char before = at == 0 ? ' ' : sentence.charAt(at - 1);
            int end = at + form.length();
            char after = end < sentence.length() ? sentence.charAt(end) : ' ';
            char afterNext = end + 1 < sentence.length() ? sentence.charAt(end + 1) : ' ';
            boolean numberGoesOnBefore = Character.isDigit(before)
                    || ((before == '.' || before == ',') && at >= 2 && Character.isDigit(sentence.charAt(at - 2)));
            boolean numberGoesOnAfter = Character.isDigit(after)
                    || ((after == '.' || after == ',') && Character.isDigit(afterNext));
            if (!numberGoesOnBefore && !numberGoesOnAfter) {
                return true;
            }
        }
        return false;
    }

    /** "110", "1.2", "1,200", "50,000" for the scales at which the value is a short number. */
    static List<String> numberForms(double value) {
        List<String> forms = new ArrayList<>();
        if (!(Math.abs(value) > 0) || Double.isInfinite(value)) {
            return forms;
        }
        for (double scale : SCALES) {
            double scaled = Math.abs(value) / scale;
            if (scaled < 1 || scaled >= 1e6) {
                continue;
            }
            long thousandths = Math.round(scaled * 1000);
            if (Math.abs(thousandths / 1000.0 - scaled) > 1e-9 * scaled) {
                continue; // not a number anyone would write at this scale
            }
            long whole = thousandths / 1000;
            String fraction = String.format(Locale.ROOT, "%03d", thousandths % 1000).replaceAll("0+$", "");
            String tail = fraction.isEmpty() ? "" : "." + fraction;
            addOnce(forms, grouped(whole) + tail);
            addOnce(forms, whole + tail);
        }
        return forms;
    }

    private static String grouped(long whole) {
        String digits = Long.toString(whole);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
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
