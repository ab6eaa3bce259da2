package io.dealstream.aggregator.streams;

import io.dealstream.aggregator.state.InvestorChange;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.ValuationPoint;

/**
 * What the ledger processor emits for one input record: a deal update, a new valuation point or an
 * investor's changed commitment (exactly one is set). It never leaves the process: the topology
 * splits it into the three outputs before anything is written to a topic.
 */
record LedgerEvent(DealUpdate dealUpdate, ValuationPoint valuation, InvestorChange investorChange) {

    static LedgerEvent of(DealUpdate update) {
        return new LedgerEvent(update, null, null);
    }

    static LedgerEvent of(ValuationPoint point) {
        return new LedgerEvent(null, point, null);
    }

    static LedgerEvent of(InvestorChange change) {
        return new LedgerEvent(null, null, change);
    }
}
