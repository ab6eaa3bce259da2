package io.dealstream.aggregator.streams;

import io.dealstream.aggregator.state.InvestorChange;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.model.Stores;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per investor (records keyed by investor key): keeps the investor's commitment to each deal under
 * {@code <investor key>\u0000<deal id>}, so that an investor in thousands of deals is thousands of
 * small records (a prefix scan reads them back), not one ever-growing one. Changes for one
 * (investor, deal) pair all come from the deal's company partition, in order, so the last one is
 * the deal's current state whatever the interleaving with other deals.
 */
final class InvestorProcessor implements Processor<String, InvestorChange, Void, Void> {

    private KeyValueStore<String, InvestorCommitment> commitments;

    /** The store key of an investor's commitment to a deal; the investor key plus the separator is the scan prefix. */
    public static String storeKey(String investorKey, String dealId) {
        return investorKey + DealMerger.KEY_SEPARATOR + dealId;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        commitments = context.getStateStore(Stores.INVESTORS);
    }

    @Override
    public void process(Record<String, InvestorChange> record) {
        InvestorChange change = record.value();
        if (record.key() == null || record.key().isEmpty() || change == null || change.dealId() == null) {
            return;
        }
        String key = storeKey(record.key(), change.dealId());
        if (change.commitment() == null) {
            commitments.delete(key);
        } else {
            commitments.put(key, change.commitment());
        }
    }
}
