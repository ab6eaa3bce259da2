package io.dealstream.cli;

import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.RoundTotals;
import io.dealstream.model.Valuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Deal updates as readable one-line summaries, for {@code dealstream local} and {@code dealstream tail}. */
public final class DealUpdateFormat {

    private static final Map<String, String> SYMBOLS = Map.of(
            "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹", "CNY", "CN¥");
    private static final int MAX_PARTIES_SHOWN = 4;

    private DealUpdateFormat() {
    }

    /**
     * For example {@code created  funding  OpenAI <- Amazon (lead, $50B), SoftBank ($30B) | $110B |
     * valued $840B post | announced | 2 sources | deal openai-funding-1}.
     */
    public static String oneLine(DealUpdate update) {
        String change = update.change() == null ? "changed" : update.change();
        Deal deal = update.deal();
        if (deal == null) {
            return String.format("%-8s deal %s (no article mentions it any more)", change, update.dealId());
        }
        StringBuilder line = new StringBuilder();
        line.append(String.format("%-8s %-12s ", change, deal.type() == null ? "deal" : deal.type()));
        line.append(deal.target() == null ? "?" : deal.target());
        if (!deal.parties().isEmpty()) {
            line.append(" <- ").append(parties(deal.parties()));
        }
        List<String> facts = new ArrayList<>();
        if (deal.round() != null) {
            facts.add(deal.round().replace('_', ' '));
        }
        if (deal.amount() != null) {
            facts.add(money(deal.amount()));
        }
        RoundTotals totals = deal.totals();
        if (totals != null && totals.committedSum() != null && totals.committedSum().value() > 0
                && !totals.committedSum().closeTo(deal.amount(), 0.001)) {
            facts.add("committed " + money(totals.committedSum()));
        }
        if (deal.valuation() != null) {
            facts.add("valued " + valuation(deal.valuation()));
        }
        if (deal.status() != null) {
            facts.add(deal.status());
        }
        if (!deal.conditions().isEmpty()) {
            facts.add(deal.conditions().size() + (deal.conditions().size() == 1 ? " condition" : " conditions"));
        }
        if (!deal.current()) {
            facts.add("background");
        }
        facts.add(deal.sources().size() + (deal.sources().size() == 1 ? " source" : " sources"));
        if (!deal.conflicts().isEmpty()) {
            facts.add("sources disagree on " + String.join(", ", deal.conflicts()));
        }
        for (String fact : facts) {
            line.append(" | ").append(fact);
        }
        line.append(" | deal ").append(update.dealId());
        return line.toString();
    }

    static String parties(List<Party> parties) {
        List<String> shown = new ArrayList<>();
        for (Party p : parties.subList(0, Math.min(parties.size(), MAX_PARTIES_SHOWN))) {
            List<String> notes = new ArrayList<>();
            if (Party.LEAD_INVESTOR.equals(p.role())) {
                notes.add("lead");
            } else if (p.role() != null && !Party.INVESTOR.equals(p.role())) {
                notes.add(p.role().replace('_', ' '));
            }
            if (p.amount() != null) {
                notes.add(money(p.amount()));
            }
            shown.add(notes.isEmpty() ? p.name() : p.name() + " (" + String.join(", ", notes) + ")");
        }
        if (parties.size() > MAX_PARTIES_SHOWN) {
            shown.add("+" + (parties.size() - MAX_PARTIES_SHOWN) + " more");
        }
        return String.join(", ", shown);
    }

    /** {@code $1.2B}, {@code €300M}, {@code ₹1.2B}, {@code CHF 40M}; a range as {@code $150M-$200M}. */
    public static String money(Money money) {
        if (money == null) {
            return "?";
        }
        String text = amount(money.value(), money.currency());
        return money.valueHigh() == null ? text : text + "-" + amount(money.valueHigh(), money.currency());
    }

    static String valuation(Valuation v) {
        String text = amount(v.value(), v.currency());
        return v.basis() == null ? text : text + " " + v.basis();
    }

    static String amount(double value, String currency) {
        String symbol = currency == null ? "" : SYMBOLS.getOrDefault(currency.toUpperCase(Locale.ROOT), currency + " ");
        double abs = Math.abs(value);
        String number;
        if (abs >= 1e12) {
            number = compact(value / 1e12) + "T";
        } else if (abs >= 1e9) {
            number = compact(value / 1e9) + "B";
        } else if (abs >= 1e6) {
            number = compact(value / 1e6) + "M";
        } else if (abs >= 1e3) {
            number = compact(value / 1e3) + "K";
        } else {
            number = compact(value);
        }
        return symbol + number;
    }

    /** Up to three significant decimals, no trailing zeros: 1.25, 110, 0.5. */
    private static String compact(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
