package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A deal merged from the mentions of every article that reports it. The spec fields hold the
 * current view (the most recently published source wins); {@code sources} lists every article
 * that contributed, {@code conflicts} names fields on which sources disagree beyond tolerance.
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
        String lastPublishedAt) {

    public Deal {
        parties = parties == null ? List.of() : List.copyOf(parties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
        sources = sources == null ? List.of() : List.copyOf(sources);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
