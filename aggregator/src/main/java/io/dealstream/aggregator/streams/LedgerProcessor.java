package io.dealstream.aggregator.streams;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.DealRef;
import io.dealstream.aggregator.state.InvestorChange;
import io.dealstream.aggregator.state.InvestorCommitment;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Json;
import io.dealstream.model.Party;
import io.dealstream.model.Stores;
import io.dealstream.model.ValuationPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per company (records keyed by canonical company key): keeps each article's latest mentions,
 * re-derives the company's deals from all of them with {@link DealMerger}, writes the deals,
 * companies and valuations stores, and emits what changed. Nothing is emitted when the derived
 * state is unchanged (a duplicate, or an article that repeats known facts without new sources).
 */
final class LedgerProcessor implements Processor<String, ArticleMentions, String, LedgerEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerProcessor.class);
    private static final Set<String> INVESTOR_ROLES = Set.of(Party.INVESTOR, Party.LEAD_INVESTOR);

    private final CompanyResolver resolver;
    private final DealMerger merger;
    private ProcessorContext<String, LedgerEvent> context;
    private KeyValueStore<String, ArticleMentions> mentions;
    private KeyValueStore<String, Deal> deals;
    private KeyValueStore<String, CompanySummary> companies;
    private KeyValueStore<String, ValuationHistory> valuations;

    LedgerProcessor(CompanyResolver resolver, MergeRules rules) {
        this.resolver = resolver;
        this.merger = new DealMerger(resolver, rules);
    }

    @Override
    public void init(ProcessorContext<String, LedgerEvent> context) {
        this.context = context;
        this.mentions = context.getStateStore(Stores.COMPANY_MENTIONS);
        this.deals = context.getStateStore(Stores.DEALS);
        this.companies = context.getStateStore(Stores.COMPANIES);
        this.valuations = context.getStateStore(Stores.VALUATIONS);
    }

    @Override
    public void process(Record<String, ArticleMentions> record) {
        String companyKey = record.key();
        ArticleMentions am = record.value();
        if (am == null || companyKey == null || companyKey.isEmpty() || am.articleId() == null || am.articleId().isBlank()) {
            LOG.warn("skipping a deal-mentions record without company key or article id (key '{}')", companyKey);
            return;
        }
        String sourceKey = am.companyKey() == null || am.companyKey().isBlank() ? companyKey : am.companyKey();
        String storeKey = companyKey + DealMerger.KEY_SEPARATOR + am.articleId() + DealMerger.KEY_SEPARATOR + sourceKey;
        ArticleMentions before = mentions.get(storeKey);
        if (am.mentions().isEmpty()) {
            if (before == null) {
                return; // retracting what was never said
            }
            mentions.delete(storeKey);
        } else {
            if (before != null && sameJson(before, am)) {
                return; // the same article again
            }
            mentions.put(storeKey, am);
        }
        rederive(companyKey, am.articleId(), record);
    }

    private void rederive(String companyKey, String causedBy, Record<String, ArticleMentions> record) {
        List<DealMerger.StoredMentions> stored = new ArrayList<>();
        String prefix = companyKey + DealMerger.KEY_SEPARATOR;
        try (KeyValueIterator<String, ArticleMentions> it = mentions.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, ArticleMentions> kv = it.next();
                String sourceKey = kv.key.substring(kv.key.lastIndexOf(DealMerger.KEY_SEPARATOR) + 1);
                stored.add(new DealMerger.StoredMentions(sourceKey, kv.value));
            }
        }
        DealMerger.Ledger next = merger.derive(companyKey, stored);

        CompanySummary previousSummary = companies.get(companyKey);
        Map<String, Deal> previous = new TreeMap<>();
        if (previousSummary != null) {
            for (DealRef ref : previousSummary.deals()) {
                Deal d = deals.get(ref.id());
                if (d != null) {
                    previous.put(ref.id(), d);
                }
            }
        }
        Map<String, Deal> current = new TreeMap<>();
        next.deals().forEach(d -> current.put(d.id(), d));

        List<LedgerEvent> events = new ArrayList<>();
        List<InvestorChange> investorChanges = new ArrayList<>();
        Set<String> ids = new TreeSet<>(previous.keySet());
        ids.addAll(current.keySet());
        for (String id : ids) {
            Deal old = previous.get(id);
            Deal now = current.get(id);
            if (now == null) {
                deals.delete(id);
                events.add(LedgerEvent.of(new DealUpdate(id, DealUpdate.REMOVED, List.of(), causedBy, null,
                        replacedBy(old, next.deals()))));
            } else if (old == null) {
                deals.put(id, now);
                events.add(LedgerEvent.of(new DealUpdate(id, DealUpdate.CREATED, presentFields(now), causedBy, now, null)));
            } else {
                List<String> changed = changedFields(old, now);
                if (changed.isEmpty()) {
                    continue;
                }
                deals.put(id, now);
                events.add(LedgerEvent.of(new DealUpdate(id, DealUpdate.UPDATED, changed, causedBy, now, null)));
            }
            investorChanges.addAll(investorChanges(old, now));
        }

        if (next.summary() == null) {
            if (previousSummary != null) {
                companies.delete(companyKey);
            }
        } else if (previousSummary == null || !sameJson(previousSummary, next.summary())) {
            companies.put(companyKey, next.summary());
        }

        ValuationHistory previousHistory = valuations.get(companyKey);
        if (next.valuations() == null) {
            if (previousHistory != null) {
                valuations.delete(companyKey);
            }
        } else if (previousHistory == null || !sameJson(previousHistory, next.valuations())) {
            valuations.put(companyKey, next.valuations());
            Set<JsonNode> known = new HashSet<>();
            if (previousHistory != null) {
                previousHistory.points().forEach(p -> known.add(Json.MAPPER.valueToTree(p)));
            }
            for (ValuationPoint p : next.valuations().points()) {
                if (!known.contains(Json.MAPPER.valueToTree(p))) {
                    events.add(LedgerEvent.of(p));
                }
            }
        }
        investorChanges.forEach(c -> events.add(LedgerEvent.of(c)));

        for (LedgerEvent e : events) {
            String key = e.dealUpdate() != null ? e.dealUpdate().dealId()
                    : e.valuation() != null ? companyKey
                    : e.investorChange().investorKey();
            context.forward(record.withKey(key).withValue(e));
        }
    }

    /** The new deal holding most of the old deal's source articles (ties: smallest id), if any. */
    private static String replacedBy(Deal old, List<Deal> candidates) {
        if (old == null) {
            return null;
        }
        Set<String> oldSources = DealMerger.sourceArticles(old);
        String best = null;
        int bestShared = 0;
        for (Deal d : candidates) {
            Set<String> shared = new HashSet<>(DealMerger.sourceArticles(d));
            shared.retainAll(oldSources);
            if (shared.size() > bestShared || (shared.size() == bestShared && bestShared > 0 && d.id().compareTo(best) < 0)) {
                best = d.id();
                bestShared = shared.size();
            }
        }
        return best;
    }

    private List<InvestorChange> investorChanges(Deal old, Deal now) {
        Map<String, InvestorCommitment> before = commitments(old);
        Map<String, InvestorCommitment> after = commitments(now);
        Set<String> investors = new TreeSet<>(before.keySet());
        investors.addAll(after.keySet());
        String dealId = now != null ? now.id() : old.id();
        List<InvestorChange> changes = new ArrayList<>();
        for (String investor : investors) {
            InvestorCommitment a = after.get(investor);
            if (!Objects.equals(before.get(investor), a)) {
                changes.add(new InvestorChange(investor, dealId, a));
            }
        }
        return changes;
    }

    private Map<String, InvestorCommitment> commitments(Deal deal) {
        Map<String, InvestorCommitment> byInvestor = new LinkedHashMap<>();
        if (deal == null) {
            return byInvestor;
        }
        for (Party p : deal.parties()) {
            if (p.role() == null || !INVESTOR_ROLES.contains(p.role())) {
                continue;
            }
            String key = resolver.canonicalKey(p.name());
            if (key.isEmpty()) {
                continue;
            }
            byInvestor.put(key, new InvestorCommitment(key, p.name(), deal.id(), deal.companyKey(), deal.target(),
                    deal.type(), deal.round(), p.role(), p.amount(), deal.amount(), deal.status(), deal.current(),
                    deal.firstPublishedAt()));
        }
        return byInvestor;
    }

    /** For a created deal: every field that has a value. */
    private static List<String> presentFields(Deal deal) {
        List<String> fields = new ArrayList<>();
        JsonNode tree = Json.MAPPER.valueToTree(deal);
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            JsonNode v = e.getValue();
            if (!v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
                fields.add(e.getKey());
            }
        }
        return fields;
    }

    static List<String> changedFields(Deal old, Deal now) {
        JsonNode a = Json.MAPPER.valueToTree(old);
        JsonNode b = Json.MAPPER.valueToTree(now);
        List<String> changed = new ArrayList<>();
        Iterator<String> names = b.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Objects.equals(a.get(name), b.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static boolean sameJson(Object a, Object b) {
        return Json.MAPPER.valueToTree(a).equals(Json.MAPPER.valueToTree(b));
    }
}
