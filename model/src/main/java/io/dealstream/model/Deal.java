package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deal merged from the mentions of every article that reports it. The spec fields hold the
 * current view (the most recently published source wins); {@code sources} lists every article
 * that contributed, {@code conflicts} names fields on which sources disagree beyond tolerance.
 * {@code firstReportedAt} is the earliest publication that reported the deal as news (null for a
 * deal known only from background mentions); {@code fieldSources} keeps, per field, the value each
 * source gave with its article, publication time and sentence. {@code sourceCount} counts every
 * contributing article; {@code sources} and each {@code fieldSources} list may be capped (the
 * earliest and the most recent are kept) so that a heavily reported deal stays a small record.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Deal(
        String id,
        String companyKey,
        String type,
        String target,
        List<Party> parties,
        String round,
        Money amount,
        Valuation valuation,
        String status,
        List<Condition> conditions,
        List<Tranche> tranches,
        boolean current,
        RoundTotals totals,
        List<SourceRef> sources,
        List<String> conflicts,
        String firstPublishedAt,
        String lastPublishedAt,
        String firstReportedAt,
        Map<String, List<SourcedValue>> fieldSources,
        int sourceCount) {

    /** The original shape, without provenance; kept so that code written against it still compiles. */
    public Deal(String id, String companyKey, String type, String target, List<Party> parties, String round,
                Money amount, Valuation valuation, String status, List<Condition> conditions,
                List<Tranche> tranches, boolean current, RoundTotals totals, List<SourceRef> sources,
                List<String> conflicts, String firstPublishedAt, String lastPublishedAt) {
        this(id, companyKey, type, target, parties, round, amount, valuation, status, conditions, tranches,
                current, totals, sources, conflicts, firstPublishedAt, lastPublishedAt, null, null);
    }

    /** The shape before {@code sourceCount}: every source is listed, so the count is the list's size. */
    public Deal(String id, String companyKey, String type, String target, List<Party> parties, String round,
                Money amount, Valuation valuation, String status, List<Condition> conditions,
                List<Tranche> tranches, boolean current, RoundTotals totals, List<SourceRef> sources,
                List<String> conflicts, String firstPublishedAt, String lastPublishedAt, String firstReportedAt,
                Map<String, List<SourcedValue>> fieldSources) {
        this(id, companyKey, type, target, parties, round, amount, valuation, status, conditions, tranches,
                current, totals, sources, conflicts, firstPublishedAt, lastPublishedAt, firstReportedAt, fieldSources,
                sources == null ? 0 : sources.size());
    }

    public Deal {
        parties = parties == null ? List.of() : List.copyOf(parties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
        sources = sources == null ? List.of() : List.copyOf(sources);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        // Sorted, so that the JSON of a deal is the same bytes on every instance and every run.
        fieldSources = fieldSources == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fieldSources));
    }
}
