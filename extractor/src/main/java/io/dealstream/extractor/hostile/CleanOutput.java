package io.dealstream.extractor.hostile;

import io.dealstream.model.ArticleMentions;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.Condition;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Topics;
import io.dealstream.model.Tranche;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What "a clean extraction" means for hostile input: every amount a finite, non-negative number in
 * an ISO currency; names that are non-blank, of sane length and free of control, format (zero-width,
 * bidi override) and unpaired surrogate characters; and each {@code deal-mentions} record
 * serialises to valid JSON that reads back equal and fits in a default-size Kafka record. Used by
 * the hostile-input tests and {@link HostileCorpusBench}.
 */
public final class CleanOutput {

    /** Kafka's default {@code max.request.size} (1 MiB): a record above it stops a producer. */
    public static final int MAX_RECORD_BYTES = 1 << 20;
    public static final int MAX_NAME_CHARS = 300;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private CleanOutput() {
    }

    /** What is wrong with an extraction, empty when it is clean. */
    public static List<String> problems(String articleId, List<DealMention> mentions) {
        List<String> problems = new ArrayList<>();
        Map<String, List<DealMention>> byCompany = new LinkedHashMap<>();
        for (DealMention m : mentions) {
            name(problems, "target", m.target());
            money(problems, "amount", m.amount());
            if (m.valuation() != null) {
                money(problems, "valuation", m.valuation().money());
            }
            for (Party p : m.parties()) {
                name(problems, "party", p.name());
                money(problems, "party amount of " + p.name(), p.amount());
            }
            for (Tranche t : m.tranches()) {
                money(problems, "tranche", t.amount());
            }
            for (Condition c : m.conditions()) {
                text(problems, "condition", c.text(), true);
            }
            for (String e : m.evidence()) {
                text(problems, "evidence", e, true);
            }
            byCompany.computeIfAbsent(CompanyNames.key(m.target()), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<DealMention>> e : byCompany.entrySet()) {
            ArticleMentions record = new ArticleMentions(articleId, null, null, null, e.getKey(), e.getValue());
            byte[] bytes;
            try {
                bytes = Topics.DEAL_MENTIONS.valueSerde().serializer().serialize(Topics.DEAL_MENTIONS.name(), record);
            } catch (RuntimeException ex) {
                problems.add("the deal-mentions record of " + e.getKey() + " does not serialise: " + ex);
                continue;
            }
            if (bytes.length > MAX_RECORD_BYTES) {
                problems.add("the deal-mentions record of " + e.getKey() + " is " + bytes.length + " bytes");
            }
            try {
                ArticleMentions back = Topics.DEAL_MENTIONS.valueSerde().deserializer().deserialize(Topics.DEAL_MENTIONS.name(), bytes);
                if (!record.equals(back)) {
                    problems.add("the deal-mentions record of " + e.getKey() + " does not read back equal");
                }
            } catch (RuntimeException ex) {
                problems.add("the deal-mentions record of " + e.getKey() + " is not valid JSON: " + ex);
            }
        }
        return problems;
    }

    private static void money(List<String> problems, String what, Money money) {
        if (money == null) {
            return;
        }
        if (!Double.isFinite(money.value()) || money.value() < 0) {
            problems.add(what + " is " + money.value());
        }
        if (money.valueHigh() != null && (!Double.isFinite(money.valueHigh()) || money.valueHigh() < money.value())) {
            problems.add(what + " has the high end " + money.valueHigh());
        }
        if (money.currency() == null || !CURRENCY.matcher(money.currency()).matches()) {
            problems.add(what + " has the currency " + money.currency());
        }
    }

    private static void name(List<String> problems, String what, String name) {
        if (name == null || name.isBlank()) {
            problems.add(what + " is blank");
            return;
        }
        if (name.length() > MAX_NAME_CHARS) {
            problems.add(what + " is " + name.length() + " characters long");
        }
        text(problems, what, name, false);
    }

    /** Quoted text may keep format characters (zero-width joiners, bidi marks) the article has; names may not. */
    private static void text(List<String> problems, String what, String text, boolean quoted) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL && c != '\n' && c != '\t') {
                problems.add(what + " '" + printable(text) + "' holds the control character U+" + hex(c));
                return;
            }
            if (type == Character.FORMAT && !quoted) {
                problems.add(what + " '" + printable(text) + "' holds the format character U+" + hex(c));
                return;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    problems.add(what + " '" + printable(text) + "' holds an unpaired surrogate U+" + hex(c));
                    return;
                }
            }
        }
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
