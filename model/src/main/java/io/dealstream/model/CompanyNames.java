package io.dealstream.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deterministic company-name keys: case-, accent-, punctuation- and corporate-suffix-insensitive,
 * so that "Amazon", "Amazon.com Inc." and "Amazon's" share the key {@code amazon}. Aliases
 * (AWS = Amazon Web Services) are resolved on top of this key by the aggregator.
 */
public final class CompanyNames {

    private static final Set<String> SUFFIXES = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited",
            "llc", "plc", "group", "holdings", "holding", "sa", "ag", "nv", "bv", "gmbh", "se", "the",
            "spa", "ab", "as", "oy", "kk", "lp", "llp", "pte", "pty", "bhd", "srl", "com");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    /** Dotted initialisms such as "S.A." or "N.V." collapse to one token before punctuation splits them. */
    private static final Pattern INITIALISM = Pattern.compile("\\b(?:[a-z]\\.){2,}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private CompanyNames() {
    }

    /** The key of a company name; an empty string when nothing but suffixes and punctuation is left. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = INITIALISM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        StringBuilder key = new StringBuilder();
        for (String token : s.split(" ")) {
            if (token.isEmpty() || SUFFIXES.contains(token)) {
                continue;
            }
            if (key.length() > 0) {
                key.append('-');
            }
            key.append(token);
        }
        return key.toString();
    }
}
