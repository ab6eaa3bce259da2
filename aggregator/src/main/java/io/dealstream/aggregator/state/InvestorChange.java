package io.dealstream.aggregator.state;

/**
 * The record that moves commitments from the company partitions to the investor partitions (the
 * {@code commitments-by-investor} repartition topic): the investor's commitment to a deal as it is
 * now, or null when the investor is no longer part of that deal.
 */
public record InvestorChange(String investorKey, String dealId, InvestorCommitment commitment) {
}
