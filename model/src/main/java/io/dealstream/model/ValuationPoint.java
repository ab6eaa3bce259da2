package io.dealstream.model;

/** One valuation of a company at a publication time, with its source; the unit of valuation history. */
public record ValuationPoint(
        String companyKey,
        String company,
        Valuation valuation,
        String publishedAt,
        String dealId,
        SourceRef source) {
}
