package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A funding round's running totals: the stated round size, the sum of per-investor commitments
 * (each investor once, at its latest stated amount), the split into money committed now and money
 * that is contingent, and the conditions still open.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoundTotals(
        Money statedSize,
        Money committedSum,
        Money committedNow,
        Money contingent,
        int investorCount,
        int sourceCount,
        List<Condition> openConditions) {

    public RoundTotals {
        openConditions = openConditions == null ? List.of() : List.copyOf(openConditions);
    }
}
