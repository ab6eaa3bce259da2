package io.dealstream.aggregator.rest;

import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Deal;

/**
 * What the HTTP API asks of the ledger, by canonical keys. Implementations decide where the answer
 * comes from: this instance's stores, the instance that owns the key, or a standby.
 */
public interface LedgerQueries {

    QueryResult<Deal> deal(String dealId);

    QueryResult<CompanySummary> company(String companyKey);

    QueryResult<ValuationHistory> valuations(String companyKey);

    QueryResult<InvestorSummary> investor(String investorKey);

    /** Volume over every instance's deals. */
    QueryResult<VolumeStats> volume(Granularity by, String type);

    /** The instances of the application, their stores and partitions. */
    InstancesView instances();

    Health health();
}
