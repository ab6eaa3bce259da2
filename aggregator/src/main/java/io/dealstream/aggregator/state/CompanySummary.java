package io.dealstream.aggregator.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dealstream.model.Money;
import io.dealstream.model.ValuationPoint;
import java.util.List;

/**
 * A company's summary, the value of the companies store: its deals, its latest valuation, the total
 * it raised (funding rounds announced or completed, summed per currency; planned, rumoured and
 * cancelled rounds are left out), and its place in the alias file's parent relations.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CompanySummary(
        String companyKey,
        String name,
        String parentKey,
        String parentName,
        List<String> subsidiaries,
        List<DealRef> deals,
        ValuationPoint latestValuation,
        List<Money> totalRaised,
        int articleCount,
        String firstPublishedAt,
        String lastPublishedAt) {

    public CompanySummary {
        subsidiaries = subsidiaries == null ? List.of() : List.copyOf(subsidiaries);
        deals = deals == null ? List.of() : List.copyOf(deals);
        totalRaised = totalRaised == null ? List.of() : List.copyOf(totalRaised);
    }
}
