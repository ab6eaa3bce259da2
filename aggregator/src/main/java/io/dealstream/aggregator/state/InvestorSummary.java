package io.dealstream.aggregator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealstream.model.Money;
import java.util.List;

/**
 * An investor's commitments across deals, the value of the investors store; {@code totalCommitted}
 * sums its own stated amounts per currency (cancelled deals left out).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvestorSummary(String investorKey, String name, List<InvestorCommitment> commitments,
                              List<Money> totalCommitted, int dealCount) {

    public InvestorSummary {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        totalCommitted = totalCommitted == null ? List.of() : List.copyOf(totalCommitted);
    }
}
