package io.dealstream.aggregator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealstream.model.DealStatus;
import io.dealstream.model.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An investor's commitments across deals, assembled from the investors store at query time;
 * {@code totalCommitted} sums its own stated amounts per currency (cancelled deals left out).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvestorSummary(String investorKey, String name, List<InvestorCommitment> commitments,
                              List<Money> totalCommitted, int dealCount) {

    private static final Comparator<InvestorCommitment> ORDER = Comparator
            .comparing((InvestorCommitment c) -> c.firstPublishedAt() == null ? "~" : c.firstPublishedAt())
            .thenComparing(InvestorCommitment::dealId);

    public InvestorSummary {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        totalCommitted = totalCommitted == null ? List.of() : List.copyOf(totalCommitted);
    }

    /** The summary of an investor's commitments (in any order); the name is the one its latest deal uses. */
    public static InvestorSummary of(String investorKey, List<InvestorCommitment> commitments) {
        List<InvestorCommitment> sorted = new ArrayList<>(commitments);
        sorted.sort(ORDER);
        Map<String, Double> totals = new TreeMap<>();
        for (InvestorCommitment c : sorted) {
            if (c.amount() != null && c.amount().currency() != null && !DealStatus.CANCELLED.equals(c.status())) {
                totals.merge(c.amount().currency().toUpperCase(Locale.ROOT), c.amount().value(), Double::sum);
            }
        }
        List<Money> totalCommitted = new ArrayList<>();
        totals.forEach((currency, value) -> totalCommitted.add(Money.of(value, currency)));
        String name = sorted.isEmpty() ? investorKey : sorted.get(sorted.size() - 1).investor();
        return new InvestorSummary(investorKey, name, sorted, totalCommitted, sorted.size());
    }
}
