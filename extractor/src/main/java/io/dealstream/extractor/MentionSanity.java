package io.dealstream.extractor;

import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Tranche;
import io.dealstream.model.Valuation;
import java.util.ArrayList;
import java.util.List;

/**
 * The last check on what the extractor emits, whatever its rules read: an amount must be a finite,
 * non-negative number no larger than {@link #MAX_AMOUNT}. A figure that fails ("$1e309", a 400-digit
 * number, "$-5 million") is dropped, not the deal: a total becomes {@code null}, a party keeps its
 * name without an amount, a tranche without an amount is left out. Without this, one absurd figure
 * would turn a company's running totals into Infinity in the aggregator.
 */
public final class MentionSanity {

    /**
     * Largest amount kept (10^18): above every real deal in every currency, including currencies
     * with large units (10^15 Indonesian rupiah is about 60 billion US dollars).
     */
    public static final double MAX_AMOUNT = 1e18;

    private MentionSanity() {
    }

    /** The mentions with every unusable figure removed; the same list when nothing needed removing. */
    public static List<DealMention> clean(List<DealMention> mentions) {
        List<DealMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            DealMention m = mentions.get(i);
            DealMention c = clean(m);
            if (c != m && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? mentions : List.copyOf(out);
    }

    static DealMention clean(DealMention m) {
        Money amount = money(m.amount());
        Valuation valuation = m.valuation() == null || usable(m.valuation().value()) ? m.valuation() : null;
        boolean partiesOk = m.parties().stream().allMatch(p -> money(p.amount()) == p.amount());
        boolean tranchesOk = m.tranches().stream().allMatch(t -> t.amount() != null && money(t.amount()) == t.amount());
        if (amount == m.amount() && valuation == m.valuation() && partiesOk && tranchesOk) {
            return m;
        }
        List<Party> parties = m.parties().stream().map(p -> money(p.amount()) == p.amount() ? p : p.withAmount(money(p.amount())))
                .toList();
        List<Tranche> tranches = new ArrayList<>();
        for (Tranche t : m.tranches()) {
            Money a = money(t.amount());
            if (a != null) {
                tranches.add(a == t.amount() ? t : new Tranche(a, t.contingent()));
            }
        }
        return new DealMention(m.type(), m.target(), parties, m.round(), amount, valuation, m.status(), m.conditions(),
                tranches, m.current(), m.evidence());
    }

    /** The same money when usable, the low end alone when only the high end is not, else null. */
    private static Money money(Money money) {
        if (money == null) {
            return null;
        }
        if (!usable(money.value())) {
            return null;
        }
        Double high = money.valueHigh();
        if (high != null && (!usable(high) || high < money.value())) {
            return new Money(money.value(), null, money.currency());
        }
        return money;
    }

    static boolean usable(double value) {
        return Double.isFinite(value) && value >= 0 && value <= MAX_AMOUNT;
    }
}
