package io.dealstream.aggregator.streams;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.InvestorChange;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.aggregator.state.InvestorSummary;
import io.dealstream.model.DealStatus;
import io.dealstream.model.Money;
import io.dealstream.model.Stores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per investor (records keyed by investor key): replaces or removes the investor's commitment to
 * one deal. Changes for one (investor, deal) pair all come from the deal's company partition, in
 * order, so the last one is the deal's current state whatever the interleaving with other deals.
 */
final class InvestorProcessor implements Processor<String, InvestorChange, Void, Void> {

    private static final Comparator<InvestorCommitment> ORDER = Comparator
            .comparing((InvestorCommitment c) -> c.firstPublishedAt() == null ? "~" : c.firstPublishedAt())
            .thenComparing(InvestorCommitment::dealId);

    private final CompanyResolver resolver;
    private KeyValueStore<String, InvestorSummary> investors;

    InvestorProcessor(CompanyResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        investors = context.getStateStore(Stores.INVESTORS);
    }

    @Override
    public void process(Record<String, InvestorChange> record) {
        InvestorChange change = record.value();
        if (record.key() == null || change == null || change.dealId() == null) {
            return;
        }
        InvestorSummary before = investors.get(record.key());
        Map<String, InvestorCommitment> byDeal = new TreeMap<>();
        if (before != null) {
            before.commitments().forEach(c -> byDeal.put(c.dealId(), c));
        }
        if (change.commitment() == null) {
            byDeal.remove(change.dealId());
        } else {
            byDeal.put(change.dealId(), change.commitment());
        }
        if (byDeal.isEmpty()) {
            investors.delete(record.key());
            return;
        }
        List<InvestorCommitment> commitments = new ArrayList<>(byDeal.values());
        commitments.sort(ORDER);
        Map<String, Double> totals = new TreeMap<>();
        for (InvestorCommitment c : commitments) {
            if (c.amount() != null && c.amount().currency() != null && !DealStatus.CANCELLED.equals(c.status())) {
                totals.merge(c.amount().currency().toUpperCase(Locale.ROOT), c.amount().value(), Double::sum);
            }
        }
        List<Money> totalCommitted = new ArrayList<>();
        totals.forEach((currency, value) -> totalCommitted.add(Money.of(value, currency)));
        String name = resolver.displayName(record.key()).orElse(commitments.get(commitments.size() - 1).investor());
        investors.put(record.key(), new InvestorSummary(record.key(), name, commitments, totalCommitted,
                commitments.size()));
    }
}
