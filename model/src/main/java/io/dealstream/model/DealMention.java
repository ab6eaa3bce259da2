package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One deal as one article states it, in the shape of the extraction spec (GUIDELINES.md), plus
 * {@code evidence}: the sentences of the article that the figures were read from, so that every
 * figure can be traced back to its source.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DealMention(
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> evidence) {

    public DealMention {
        parties = parties == null ? List.of() : List.copyOf(parties);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
