package io.dealstream.aggregator.state;

import io.dealstream.model.Money;

/** A deal as a company summary lists it; the full deal is in the deals store under {@code id}. */
public record DealRef(String id, String type, String round, Money amount, String status, boolean current,
                      String firstReportedAt, String firstPublishedAt) {
}
