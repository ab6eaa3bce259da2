package io.dealstream.model;

/**
 * One valuation of a company at a publication time, with its source; the unit of valuation history.
 * {@code current} is false when the article stated the valuation while recalling an earlier deal
 * (its true date lies before {@code publishedAt}).
 */
public record ValuationPoint(
        String companyKey,
        String company,
        Valuation valuation,
        String publishedAt,
        String dealId,
        SourceRef source,
        boolean current) {

    public ValuationPoint(String companyKey, String company, Valuation valuation, String publishedAt,
                          String dealId, SourceRef source) {
        this(companyKey, company, valuation, publishedAt, dealId, source, true);
    }
}
