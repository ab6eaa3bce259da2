package io.dealstream.aggregator.rest;

import io.dealstream.model.Article;
import io.dealstream.model.Deal;
import io.dealstream.model.DealStatus;
import io.dealstream.model.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deal volume per time bucket: deals of one type (or all) that were announced or completed,
 * counted in the bucket of their first news report and summed per currency (no exchange rates).
 * Deals known only from background mentions have no news date and are counted in {@code undated}.
 */
public record VolumeStats(String by, String type, List<Bucket> buckets, int undated) {

    public static final String ALL_TYPES = "all";
    private static final Set<String> COUNTED = Set.of(DealStatus.ANNOUNCED, DealStatus.COMPLETED);

    public record Bucket(String period, int deals, List<Money> amounts) {
        public Bucket {
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
        }
    }

    public VolumeStats {
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
    }

    public static VolumeStats of(Iterable<Deal> deals, Granularity by, String type) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Double>> sums = new TreeMap<>();
        int undated = 0;
        for (Deal d : deals) {
            if (!counts(d, type)) {
                continue;
            }
            Optional<Instant> reported = Article.parseTime(d.firstReportedAt());
            if (reported.isEmpty()) {
                undated++;
                continue;
            }
            String period = by.period(reported.get());
            counts.computeIfAbsent(period, p -> new int[1])[0]++;
            Money size = d.amount() != null ? d.amount() : d.totals() == null ? null : d.totals().committedSum();
            Map<String, Double> perCurrency = sums.computeIfAbsent(period, p -> new TreeMap<>());
            if (size != null && size.currency() != null) {
                perCurrency.merge(size.currency().toUpperCase(Locale.ROOT), size.value(), Double::sum);
            }
        }
        return build(by.label(), type, counts, sums, undated);
    }

    /** The sum of two instances' partial statistics (each deal lives on exactly one instance). */
    public VolumeStats plus(VolumeStats other) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Double>> sums = new TreeMap<>();
        for (VolumeStats s : List.of(this, other)) {
            for (Bucket b : s.buckets()) {
                counts.computeIfAbsent(b.period(), p -> new int[1])[0] += b.deals();
                Map<String, Double> perCurrency = sums.computeIfAbsent(b.period(), p -> new TreeMap<>());
                b.amounts().forEach(m -> perCurrency.merge(m.currency(), m.value(), Double::sum));
            }
        }
        return build(by, type, counts, sums, undated + other.undated);
    }

    public static VolumeStats empty(Granularity by, String type) {
        return new VolumeStats(by.label(), type, List.of(), 0);
    }

    private static boolean counts(Deal d, String type) {
        if (d.status() != null && !COUNTED.contains(d.status())) {
            return false;
        }
        return ALL_TYPES.equals(type) || type.equalsIgnoreCase(d.type());
    }

    private static VolumeStats build(String by, String type, Map<String, int[]> counts,
                                     Map<String, Map<String, Double>> sums, int undated) {
        List<Bucket> buckets = new ArrayList<>();
        counts.forEach((period, n) -> {
            List<Money> amounts = new ArrayList<>();
            sums.getOrDefault(period, Map.of()).forEach((currency, value) -> amounts.add(Money.of(value, currency)));
            buckets.add(new Bucket(period, n[0], amounts));
        });
        return new VolumeStats(by, type, buckets, undated);
    }
}
