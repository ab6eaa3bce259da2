package io.dealstream.aggregator.state;

import io.dealstream.model.Money;

/**
 * One investor's part in one deal: its role and its own stated amount (null when no source states
 * one), next to the deal's facts so the investor view needs no second lookup.
 */
public record InvestorCommitment(
        String investorKey,
        String investor,
        String dealId,
        String companyKey,
        String company,
        String dealType,
        String round,
        String role,
        Money amount,
        Money dealAmount,
        String status,
        boolean current,
        String firstPublishedAt) {
}
