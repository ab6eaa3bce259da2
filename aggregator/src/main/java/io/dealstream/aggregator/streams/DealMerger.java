package io.dealstream.aggregator.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.DealRef;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Article;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Condition;
import io.dealstream.model.Deal;
import io.dealstream.model.DealMention;
import io.dealstream.model.DealStatus;
import io.dealstream.model.DealType;
import io.dealstream.model.Json;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.RoundTotals;
import io.dealstream.model.SourceRef;
import io.dealstream.model.SourcedValue;
import io.dealstream.model.Tranche;
import io.dealstream.model.Valuation;
import io.dealstream.model.ValuationPoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HashSet;

/**
 * Derives a company's deals from the set of everything its articles said about it. A pure function
 * of that set: the same article twice, or the same articles in any order, give the same result.
 *
 * <p>Merge rules (the README explains them with a worked example):
 * <ol>
 * <li>Mentions are clustered in a canonical order (news before background, then those stating a
 *     total, then those naming a round, then by publication time and article id). A mention joins
 *     the best cluster that admits it, else starts one.</li>
 * <li>A cluster admits a mention when the types are compatible (equal, or funding with investment),
 *     no other mention of the same article is in it (an article's own mentions are different deals),
 *     round labels do not differ, every stated total in the same currency is within the amount
 *     tolerance (waived when both name the same round: the label identifies the round and a
 *     different amount is then a conflict), and: for a news mention, it was published within the
 *     news window of one of the cluster's news mentions; for a background mention, the cluster was
 *     first reported no later than the recalling article, and, if the cluster holds news, the
 *     mention identifies it by round label, amount or valuation (so a vague recall never adds an
 *     investor to a current round).</li>
 * <li>Each field takes the value of the most authoritative source that states it: news before
 *     background, then the most recently published, then the smallest article id. Parties are the
 *     union by resolved name; conditions the union by kind and text.</li>
 * </ol>
 * Deal ids are {@code <company key>:<type>:<yyyyMMdd>:<hash>} of the earliest-published mention
 * of the deal (its anchor); see {@link #dealId}.
 *
 * <p>Not thread-safe (it caches name keys): each stream task has its own.
 */
public final class DealMerger {

    /** The state store separates company key, article id and the extractor's key with this character. */
    public static final char KEY_SEPARATOR = '\u0000';

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final Set<String> RAISED = Set.of(DealStatus.ANNOUNCED, DealStatus.COMPLETED);
    private static final Set<String> INVESTOR_ROLES = Set.of(Party.INVESTOR, Party.LEAD_INVESTOR);
    /**
     * Caps that keep a heavily reported deal well under Kafka's 1 MB record limit (a deal-update
     * carries the whole deal): the earliest and the most recent sources are listed, and each
     * field keeps its earliest value, the value in force and the most recent ones.
     */
    static final int MAX_SOURCES_LISTED = 100;
    static final int MAX_VALUES_PER_FIELD = 20;

    private final CompanyResolver resolver;
    private final MergeRules rules;
    /** Party name → key; names recur in every derivation of a company (bounded, least recently used out). */
    private final Map<String, String> partyKeys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 10_000;
        }
    };

    public DealMerger(CompanyResolver resolver, MergeRules rules) {
        this.resolver = Objects.requireNonNull(resolver);
        this.rules = Objects.requireNonNull(rules);
    }

    /** One article's latest mentions of the company, with the key the extractor sent them under. */
    public record StoredMentions(String sourceKey, ArticleMentions mentions) {
    }

    /** Everything derived for one company; {@code summary} and {@code valuations} are null when it has no deals. */
    public record Ledger(List<Deal> deals, CompanySummary summary, ValuationHistory valuations) {
    }

    /** One deal mention with where it came from. */
    private record Item(String articleId, String sourceKey, int index, Instant published, String publishedText,
                        String title, String url, DealMention m, String family) {

        boolean current() {
            return m.current();
        }

        Money amount() {
            return m.amount();
        }

        SourceRef ref(String sentence) {
            return new SourceRef(articleId, publishedText, title, url, sentence);
        }
    }

    private static final Comparator<Instant> EARLIEST_FIRST_UNDATED_LAST =
            Comparator.nullsLast(Comparator.<Instant>naturalOrder());

    /** Chronological, undated last, ties by article id, extractor key and position in the article. */
    private static final Comparator<Item> CHRONOLOGICAL = Comparator
            .comparing(Item::published, EARLIEST_FIRST_UNDATED_LAST)
            .thenComparing(Item::articleId)
            .thenComparing(Item::sourceKey)
            .thenComparingInt(Item::index);

    /** Most authoritative first: news before background, then latest published, then article id. */
    private static final Comparator<Item> AUTHORITY = Comparator
            .comparing((Item i) -> !i.current())
            .thenComparing(Item::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).reversed())
            .thenComparing(Item::articleId)
            .thenComparing(Item::sourceKey)
            .thenComparingInt(Item::index);

    /** The order in which mentions are placed into clusters; mentions carrying identity go first. */
    private static final Comparator<Item> PLACEMENT = Comparator
            .comparing((Item i) -> !i.current())
            .thenComparing((Item i) -> i.amount() == null)
            .thenComparing((Item i) -> i.m().round() == null)
            .thenComparing(CHRONOLOGICAL);

    public Ledger derive(String companyKey, List<StoredMentions> stored) {
        List<Item> items = new ArrayList<>();
        Set<String> articles = new TreeSet<>();
        for (StoredMentions s : stored) {
            ArticleMentions am = s.mentions();
            Instant published = Article.parseTime(am.publishedAt()).orElse(null);
            String publishedText = published != null ? published.toString() : blankToNull(am.publishedAt());
            for (int i = 0; i < am.mentions().size(); i++) {
                DealMention m = am.mentions().get(i);
                if (m == null) {
                    continue;
                }
                items.add(new Item(am.articleId(), s.sourceKey(), i, published, publishedText, am.title(), am.url(),
                        m, family(m.type())));
            }
            articles.add(am.articleId());
        }
        items.sort(PLACEMENT);
        List<Cluster> clusters = new ArrayList<>();
        for (Item item : items) {
            Cluster best = null;
            double[] bestScore = null;
            for (Cluster cluster : clusters) {
                if (!admits(cluster, item)) {
                    continue;
                }
                double[] score = score(cluster, item);
                if (best == null || compareScores(score, bestScore) > 0) {
                    best = cluster;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster(item.family());
                clusters.add(best);
            }
            best.add(item);
        }
        List<Deal> deals = new ArrayList<>();
        Map<String, List<Item>> membersById = new HashMap<>();
        for (Cluster cluster : clusters) {
            Deal deal = toDeal(companyKey, cluster.members);
            deals.add(deal);
            membersById.put(deal.id(), cluster.members);
        }
        deals.sort(Comparator.comparing((Deal d) -> d.firstPublishedAt() == null ? "~" : d.firstPublishedAt())
                .thenComparing(Deal::id));
        if (deals.isEmpty()) {
            return new Ledger(List.of(), null, null);
        }
        String name = companyName(companyKey, items);
        ValuationHistory history = valuationHistory(companyKey, name, deals, membersById);
        CompanySummary summary = summary(companyKey, name, deals, history, articles.size(), items);
        return new Ledger(List.copyOf(deals), summary, history.points().isEmpty() ? null : history);
    }

    // ---------------------------------------------------------------- identity

    /**
     * Mentions placed into one deal so far, with what identity checks need kept at hand: the
     * round label, the articles, the news times (sorted) and, per currency, the stated totals with
     * the lowest and highest ends (checking a new total against those two is checking it against all).
     */
    private static final class Cluster {
        final String family;
        final List<Item> members = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        final TreeSet<Instant> newsTimes = new TreeSet<>();
        final Map<String, Money[]> amountExtremes = new HashMap<>();
        String label;
        Instant earliest;
        boolean hasNews;

        Cluster(String family) {
            this.family = family;
        }

        void add(Item item) {
            members.add(item);
            articles.add(item.articleId());
            if (label == null) {
                label = item.m().round();
            }
            if (item.current()) {
                hasNews = true;
                if (item.published() != null) {
                    newsTimes.add(item.published());
                }
            }
            if (item.published() != null && (earliest == null || item.published().isBefore(earliest))) {
                earliest = item.published();
            }
            Money amount = item.amount();
            if (amount != null && amount.currency() != null) {
                Money[] ends = amountExtremes.computeIfAbsent(amount.currency().toUpperCase(Locale.ROOT),
                        c -> new Money[] {amount, amount});
                if (amount.value() < ends[0].value()) {
                    ends[0] = amount;
                }
                if (high(amount) > high(ends[1])) {
                    ends[1] = amount;
                }
            }
        }

        /** The stated totals in the currency of {@code amount} that lie furthest from it, if any. */
        Money[] extremes(Money amount) {
            return amount == null || amount.currency() == null ? null
                    : amountExtremes.get(amount.currency().toUpperCase(Locale.ROOT));
        }
    }

    private static double high(Money m) {
        return m.valueHigh() == null ? m.value() : Math.max(m.value(), m.valueHigh());
    }

    private boolean admits(Cluster cluster, Item item) {
        if (!cluster.family.equals(item.family()) || cluster.articles.contains(item.articleId())) {
            return false;
        }
        String label = cluster.label;
        if (label != null && item.m().round() != null && !label.equals(item.m().round())) {
            return false;
        }
        if (item.current() && !withinNewsWindow(cluster, item)) {
            return false;
        }
        if (!item.current() && cluster.earliest != null && item.published() != null
                && cluster.earliest.isAfter(item.published())) {
            return false; // a recall describes a deal reported before it, not after
        }
        boolean sameLabel = label != null && label.equals(item.m().round());
        Money[] ends = cluster.extremes(item.amount());
        if (!sameLabel && ends != null) {
            for (Money end : ends) {
                if (!within(end, item.amount(), rules.amountTolerance())) {
                    return false;
                }
            }
        }
        return item.current() || !cluster.hasNews || identifies(cluster, item);
    }

    private boolean withinNewsWindow(Cluster cluster, Item item) {
        if (item.published() == null || cluster.newsTimes.isEmpty()) {
            return true;
        }
        Instant nearestAfterStart = cluster.newsTimes.ceiling(item.published().minus(rules.newsWindow()));
        return nearestAfterStart != null && !nearestAfterStart.isAfter(item.published().plus(rules.newsWindow()));
    }

    /** True when the mention names the cluster's round, or states a total or valuation that matches it. */
    private boolean identifies(Cluster cluster, Item item) {
        if (cluster.label != null && cluster.label.equals(item.m().round())) {
            return true;
        }
        Money[] ends = cluster.extremes(item.amount());
        if (ends != null) {
            return true; // admitted, so every total in this currency is within tolerance of it
        }
        Valuation b = item.m().valuation();
        if (b == null) {
            return false;
        }
        for (Item member : cluster.members) {
            Valuation a = member.m().valuation();
            if (a != null && comparable(a.money(), b.money()) && within(a.money(), b.money(), rules.amountTolerance())) {
                return true;
            }
        }
        return false;
    }

    /** Higher is better: same round label, stated total close, valuation close, then nearness in time. */
    private double[] score(Cluster cluster, Item item) {
        double labelMatch = cluster.label != null && cluster.label.equals(item.m().round()) ? 1 : 0;
        double amountCloseness = 0;
        double valuationCloseness = 0;
        long nearest = Long.MAX_VALUE;
        for (Item member : cluster.members) {
            if (comparable(member.amount(), item.amount())) {
                amountCloseness = Math.max(amountCloseness, 1 - relativeGap(member.amount(), item.amount()));
            }
            Valuation a = member.m().valuation();
            Valuation b = item.m().valuation();
            if (a != null && b != null && comparable(a.money(), b.money())) {
                valuationCloseness = Math.max(valuationCloseness, 1 - relativeGap(a.money(), b.money()));
            }
            if (member.published() != null && item.published() != null
                    && (member.current() || !item.current())) {
                nearest = Math.min(nearest, Math.abs(Duration.between(member.published(), item.published()).toSeconds()));
            }
        }
        return new double[] {labelMatch, amountCloseness, valuationCloseness, -nearest};
    }

    private static int compareScores(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0; // equal: the earlier-created cluster stays best, which keeps placement deterministic
    }

    /** Funding and investment are one family: extractors tell a stake bought in a round either way. */
    static String family(String type) {
        if (type == null || type.isBlank()) {
            return "unknown";
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals(DealType.INVESTMENT) ? DealType.FUNDING : t;
    }

    static boolean comparable(Money a, Money b) {
        return a != null && b != null && a.currency() != null && a.currency().equalsIgnoreCase(b.currency());
    }

    /** Within a relative tolerance; ranges ("$150M-$200M") compare by the gap between the intervals. */
    static boolean within(Money a, Money b, double tolerance) {
        return relativeGap(a, b) <= tolerance + 1e-12;
    }

    static double relativeGap(Money a, Money b) {
        double loA = a.value();
        double hiA = high(a);
        double loB = b.value();
        double hiB = high(b);
        double gap = Math.max(0, Math.max(loB - hiA, loA - hiB));
        double scale = Math.max(Math.abs(hiA), Math.abs(hiB));
        return scale == 0 ? 0 : gap / scale;
    }

    // ---------------------------------------------------------------- one deal

    private Deal toDeal(String companyKey, List<Item> cluster) {
        List<Item> byAuthority = new ArrayList<>(cluster);
        byAuthority.sort(AUTHORITY);
        List<Item> chronological = new ArrayList<>(cluster);
        chronological.sort(CHRONOLOGICAL);
        Item anchor = chronological.get(0);

        String type = mostStatedType(byAuthority);
        String family = anchor.family();
        String target = resolver.displayName(companyKey).orElse(null);
        String round = null;
        Money amount = null;
        Valuation valuation = null;
        String status = null;
        List<Tranche> tranches = List.of();
        for (Item i : byAuthority) {
            if (target == null && i.m().target() != null && !i.m().target().isBlank()) {
                target = i.m().target().strip();
            }
            round = round != null ? round : i.m().round();
            amount = amount != null ? amount : i.amount();
            valuation = valuation != null ? valuation : i.m().valuation();
            status = status != null ? status : i.m().status();
            if (tranches.isEmpty() && !i.m().tranches().isEmpty()) {
                tranches = i.m().tranches();
            }
        }
        List<Party> parties = mergeParties(byAuthority, family);
        List<Condition> conditions = mergeConditions(byAuthority);
        boolean current = cluster.stream().anyMatch(Item::current);

        Map<String, SourceRef> sources = new LinkedHashMap<>();
        for (Item i : chronological) {
            sources.putIfAbsent(i.articleId(), i.ref(EvidenceLocator.first(i.m())));
        }
        List<SourceRef> listed = new ArrayList<>(sources.values());
        if (listed.size() > MAX_SOURCES_LISTED) {
            List<SourceRef> kept = new ArrayList<>();
            kept.add(listed.get(0));
            kept.addAll(listed.subList(listed.size() - (MAX_SOURCES_LISTED - 1), listed.size()));
            listed = kept;
        }
        String firstReported = chronological.stream().filter(Item::current).map(Item::publishedText)
                .filter(Objects::nonNull).findFirst().orElse(null);
        String firstPublished = chronological.get(0).publishedText();
        String lastPublished = null;
        for (Item i : chronological) {
            if (i.publishedText() != null) {
                lastPublished = i.publishedText();
            }
        }
        RoundTotals totals = DealType.FUNDING.equals(family)
                ? totals(amount, parties, tranches, conditions, status, sources.size())
                : null;
        if (target == null) {
            target = companyKey;
        }
        return new Deal(dealId(companyKey, anchor), companyKey, type, target, parties, round, amount, valuation,
                status, conditions, tranches, current, totals, listed,
                conflicts(cluster), firstPublished, lastPublished, firstReported, fieldSources(chronological),
                sources.size());
    }

    /**
     * {@code <company key>:<type>:<yyyyMMdd>:<8 hex>}: the anchor mention's type and publication day
     * (UTC; {@code undated} without one) and a hash of its article id, extractor key and position.
     * The company key comes first so any instance can find the partition that owns a deal from its id.
     * The id stays the same while articles published after the anchor arrive; it changes only when
     * an earlier-published source of the deal arrives late or the anchor article is retracted, and
     * then the old id gets a {@code removed} update naming the new one in {@code replacedBy}.
     */
    static String dealId(String companyKey, Item anchor) {
        String day = anchor.published() == null ? "undated" : ID_DATE.format(anchor.published());
        String type = anchor.m().type() == null ? "deal" : anchor.m().type().toLowerCase(Locale.ROOT);
        return companyKey + ":" + type + ":" + day + ":"
                + sha256Hex(anchor.articleId() + "\n" + anchor.sourceKey() + "\n" + anchor.index()).substring(0, 8);
    }

    private static String mostStatedType(List<Item> byAuthority) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Item i : byAuthority) {
            if (i.m().type() != null) {
                counts.merge(i.m().type().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey(); // ties keep the more authoritative source's type (insertion order)
            }
        }
        return best;
    }

    private List<Party> mergeParties(List<Item> byAuthority, String family) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        Map<String, Money> amounts = new HashMap<>();
        Map<String, Boolean> lead = new HashMap<>();
        for (Item i : byAuthority) {
            for (Party p : i.m().parties()) {
                if (p == null || p.name() == null || p.name().isBlank()) {
                    continue;
                }
                String key = partyKey(p.name());
                names.putIfAbsent(key, resolver.displayName(key).orElse(p.name().strip()));
                if (p.role() != null) {
                    roles.putIfAbsent(key, p.role());
                    if (Party.LEAD_INVESTOR.equals(p.role())) {
                        lead.put(key, true);
                    }
                }
                if (p.amount() != null) {
                    amounts.putIfAbsent(key, p.amount());
                }
            }
        }
        List<Party> parties = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String key = e.getKey();
            String role = roles.get(key);
            // A lead investor stays the lead when a later article just calls it an investor.
            if (DealType.FUNDING.equals(family) && lead.getOrDefault(key, false)) {
                role = Party.LEAD_INVESTOR;
            }
            parties.add(new Party(e.getValue(), role, amounts.get(key)));
        }
        parties.sort(Comparator
                .comparing((Party p) -> !Party.LEAD_INVESTOR.equals(p.role()))
                .thenComparing((Party p) -> p.amount() == null ? 0 : -p.amount().value())
                .thenComparing(Party::name));
        return parties;
    }

    private String partyKey(String name) {
        String known = partyKeys.get(name);
        if (known != null) {
            return known;
        }
        String key = resolver.canonicalKey(name);
        key = key.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : key;
        partyKeys.put(name, key);
        return key;
    }

    private static List<Condition> mergeConditions(List<Item> byAuthority) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (Item i : byAuthority) {
            for (Condition c : i.m().conditions()) {
                if (c == null) {
                    continue;
                }
                String text = c.text() == null ? "" : c.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                conditions.putIfAbsent(c.kind() + "|" + text, c);
            }
        }
        return List.copyOf(conditions.values());
    }

    /**
     * Running totals of a funding round: each investor once at the amount its most authoritative
     * source states, summed in the round's currency; the tranche split from the tranches the deal
     * shows; conditions stay open until the round is completed or cancelled.
     */
    static RoundTotals totals(Money stated, List<Party> parties, List<Tranche> tranches, List<Condition> conditions,
                              String status, int sourceCount) {
        String currency = stated != null ? stated.currency() : commonCurrency(parties);
        double committed = 0;
        boolean anyCommitted = false;
        int investors = 0;
        for (Party p : parties) {
            if (p.role() != null && !INVESTOR_ROLES.contains(p.role())) {
                continue;
            }
            investors++;
            if (p.amount() != null && p.amount().currency() != null && p.amount().currency().equalsIgnoreCase(currency)) {
                committed += p.amount().value();
                anyCommitted = true;
            }
        }
        double now = 0;
        double later = 0;
        boolean anyNow = false;
        boolean anyLater = false;
        for (Tranche t : tranches) {
            if (t == null || t.amount() == null || !t.amount().currency().equalsIgnoreCase(currency)) {
                continue;
            }
            if (t.contingent()) {
                later += t.amount().value();
                anyLater = true;
            } else {
                now += t.amount().value();
                anyNow = true;
            }
        }
        boolean settled = DealStatus.COMPLETED.equals(status) || DealStatus.CANCELLED.equals(status);
        return new RoundTotals(stated,
                anyCommitted ? Money.of(committed, currency) : null,
                anyNow ? Money.of(now, currency) : null,
                anyLater ? Money.of(later, currency) : null,
                investors, sourceCount, settled ? List.of() : conditions);
    }

    private static String commonCurrency(List<Party> parties) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Party p : parties) {
            if (p.amount() != null && p.amount().currency() != null) {
                counts.merge(p.amount().currency().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Field names on which the deal's sources disagree beyond the conflict tolerance, sorted. Each
     * figure is compared per currency (and basis, for valuations) between its lowest and highest
     * stated value, which is comparing every pair.
     */
    private List<String> conflicts(List<Item> cluster) {
        Set<String> conflicts = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Map<String, Spread> spreads = new TreeMap<>();
        for (Item item : cluster) {
            DealMention m = item.m();
            if (m.type() != null) {
                types.add(m.type().toLowerCase(Locale.ROOT));
            }
            spread(spreads, "amount", m.amount());
            Valuation v = m.valuation();
            if (v != null) {
                spread(spreads, "valuation|" + v.basis(), v.money());
            }
            if (!m.tranches().isEmpty()) {
                Map<String, double[]> split = new TreeMap<>();
                for (Tranche t : m.tranches()) {
                    if (t != null && t.amount() != null && t.amount().currency() != null) {
                        split.computeIfAbsent(t.amount().currency().toUpperCase(Locale.ROOT), c -> new double[2])
                                [t.contingent() ? 1 : 0] += t.amount().value();
                    }
                }
                split.forEach((currency, sums) -> {
                    spread(spreads, "tranches|now", Money.of(sums[0], currency));
                    spread(spreads, "tranches|contingent", Money.of(sums[1], currency));
                });
            }
            for (Party p : m.parties()) {
                if (p != null && p.name() != null && p.amount() != null) {
                    spread(spreads, "parties." + partyKey(p.name()) + ".amount", p.amount());
                }
            }
        }
        spreads.forEach((key, spread) -> {
            if (!within(spread.low, spread.high, rules.conflictTolerance())) {
                int bar = key.indexOf('|');
                conflicts.add(bar < 0 ? key : key.substring(0, bar));
            }
        });
        if (types.size() > 1) {
            conflicts.add("type");
        }
        return List.copyOf(conflicts);
    }

    /** The lowest and highest value stated for one figure in one currency. */
    private static final class Spread {
        Money low;
        Money high;
    }

    private static void spread(Map<String, Spread> spreads, String figure, Money value) {
        if (value == null || value.currency() == null) {
            return;
        }
        Spread s = spreads.computeIfAbsent(figure + "|" + value.currency().toUpperCase(Locale.ROOT), k -> new Spread());
        if (s.low == null || value.value() < s.low.value()) {
            s.low = value;
        }
        if (s.high == null || high(value) > high(s.high)) {
            s.high = value;
        }
    }

    /** Per field, each source's value in publication order, with the sentence that states it. */
    private Map<String, List<SourcedValue>> fieldSources(List<Item> chronological) {
        Map<String, List<SourcedValue>> fields = new TreeMap<>();
        for (Item i : chronological) {
            DealMention m = i.m();
            add(fields, "type", i, text(m.type()), EvidenceLocator.first(m));
            add(fields, "target", i, text(m.target()), EvidenceLocator.forText(m, m.target()));
            add(fields, "round", i, text(m.round()), EvidenceLocator.forText(m, m.round() == null ? null
                    : m.round().replace('_', ' ')));
            add(fields, "amount", i, tree(m.amount()), EvidenceLocator.forMoney(m, m.amount()));
            add(fields, "valuation", i, tree(m.valuation()),
                    EvidenceLocator.forMoney(m, m.valuation() == null ? null : m.valuation().money()));
            add(fields, "status", i, text(m.status()), EvidenceLocator.first(m));
            if (!m.tranches().isEmpty()) {
                Tranche firstTranche = m.tranches().get(0);
                add(fields, "tranches", i, tree(m.tranches()),
                        EvidenceLocator.forMoney(m, firstTranche == null ? null : firstTranche.amount()));
            }
            for (Condition c : m.conditions()) {
                if (c != null) {
                    add(fields, "conditions", i, tree(c), EvidenceLocator.forText(m, c.text()));
                }
            }
            for (Party p : m.parties()) {
                if (p != null && p.name() != null && !p.name().isBlank()) {
                    add(fields, "parties." + partyKey(p.name()), i, tree(p),
                            EvidenceLocator.forParty(m, p.name(), p.amount()));
                }
            }
        }
        fields.replaceAll((field, values) -> capped(values));
        return fields;
    }

    /** The earliest value, the one in force (most authoritative) and the most recent ones, in publication order. */
    static List<SourcedValue> capped(List<SourcedValue> chronological) {
        int n = chronological.size();
        if (n <= MAX_VALUES_PER_FIELD) {
            return chronological;
        }
        int inForce = 0;
        for (int i = 1; i < n; i++) {
            if (SOURCED_AUTHORITY.compare(chronological.get(i), chronological.get(inForce)) < 0) {
                inForce = i;
            }
        }
        Set<Integer> keep = new TreeSet<>();
        keep.add(0);
        keep.add(inForce);
        for (int i = n - 1; keep.size() < MAX_VALUES_PER_FIELD; i--) {
            keep.add(i);
        }
        List<SourcedValue> kept = new ArrayList<>();
        keep.forEach(i -> kept.add(chronological.get(i)));
        return kept;
    }

    private static final Comparator<SourcedValue> SOURCED_AUTHORITY = Comparator
            .comparing((SourcedValue v) -> !v.current())
            .thenComparing((SourcedValue v) -> Article.parseTime(v.publishedAt()).orElse(null),
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).reversed())
            .thenComparing(SourcedValue::articleId);

    private static void add(Map<String, List<SourcedValue>> fields, String field, Item i, JsonNode value, String sentence) {
        if (value == null || value.isNull()) {
            return;
        }
        fields.computeIfAbsent(field, f -> new ArrayList<>())
                .add(new SourcedValue(value, i.articleId(), i.publishedText(), i.current(), sentence));
    }

    private static JsonNode text(String s) {
        return s == null || s.isBlank() ? null : TextNode.valueOf(s);
    }

    private static JsonNode tree(Object value) {
        return value == null ? null : Json.MAPPER.valueToTree(value);
    }

    // ---------------------------------------------------------------- company level

    private String companyName(String companyKey, List<Item> items) {
        return resolver.displayName(companyKey).orElseGet(() -> items.stream()
                .sorted(AUTHORITY)
                .map(i -> i.m().target())
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .findFirst()
                .orElse(companyKey));
    }

    /**
     * One point each time a source states a valuation of a deal that differs from the last one
     * stated for that deal (chronologically), so repeating a figure adds no point and a revised
     * figure does.
     */
    private ValuationHistory valuationHistory(String companyKey, String name, List<Deal> deals,
                                              Map<String, List<Item>> membersById) {
        List<ValuationPoint> points = new ArrayList<>();
        for (Deal deal : deals) {
            Valuation last = null;
            List<Item> chronological = new ArrayList<>(membersById.get(deal.id()));
            chronological.sort(CHRONOLOGICAL);
            for (Item i : chronological) {
                Valuation v = i.m().valuation();
                if (v == null || v.currency() == null) {
                    continue;
                }
                if (last != null && Objects.equals(last.basis(), v.basis()) && comparable(last.money(), v.money())
                        && within(last.money(), v.money(), rules.conflictTolerance())) {
                    continue;
                }
                last = v;
                points.add(new ValuationPoint(companyKey, name, v, i.publishedText(), deal.id(),
                        i.ref(EvidenceLocator.forMoney(i.m(), v.money())), i.current()));
            }
        }
        points.sort(Comparator
                .comparing((ValuationPoint p) -> Article.parseTime(p.publishedAt()).orElse(null), EARLIEST_FIRST_UNDATED_LAST)
                .thenComparing(ValuationPoint::current)
                .thenComparing(ValuationPoint::dealId)
                .thenComparing(p -> p.source().articleId()));
        return new ValuationHistory(companyKey, name, points);
    }

    private CompanySummary summary(String companyKey, String name, List<Deal> deals, ValuationHistory history,
                                   int articleCount, List<Item> items) {
        List<DealRef> refs = new ArrayList<>();
        Map<String, Double> raised = new TreeMap<>();
        for (Deal d : deals) {
            refs.add(new DealRef(d.id(), d.type(), d.round(), d.amount(), d.status(), d.current(),
                    d.firstReportedAt(), d.firstPublishedAt()));
            if (DealType.FUNDING.equals(family(d.type())) && (d.status() == null || RAISED.contains(d.status()))) {
                Money size = d.amount() != null ? d.amount() : d.totals() == null ? null : d.totals().committedSum();
                if (size != null && size.currency() != null) {
                    raised.merge(size.currency().toUpperCase(Locale.ROOT), size.value(), Double::sum);
                }
            }
        }
        List<Money> totalRaised = new ArrayList<>();
        raised.forEach((currency, value) -> totalRaised.add(Money.of(value, currency)));
        String parentKey = resolver.parentKey(companyKey).orElse(null);
        String parentName = parentKey == null ? null : resolver.displayName(parentKey).orElse(parentKey);
        List<Item> chronological = new ArrayList<>(items);
        chronological.sort(CHRONOLOGICAL);
        String first = chronological.get(0).publishedText();
        String last = null;
        for (Item i : chronological) {
            last = i.publishedText() != null ? i.publishedText() : last;
        }
        return new CompanySummary(companyKey, name, parentKey, parentName, resolver.childKeys(companyKey), refs,
                history.latest().orElse(null), totalRaised, articleCount, first, last);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Sorted, distinct article ids of a deal's sources (used to say which new deal replaced an old one). */
    static Set<String> sourceArticles(Deal deal) {
        Set<String> ids = new LinkedHashSet<>();
        deal.sources().forEach(s -> ids.add(s.articleId()));
        return ids;
    }
}
