package io.dealstream.aggregator.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.dealstream.model.Article;
import io.dealstream.model.ValuationPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A company's valuations over publication time, the value of the valuations store: one point each
 * time a source states a valuation of a deal that differs from the one stated before it, sorted by
 * publication time (undated points last). Points from background mentions ({@code current=false})
 * were stated after the fact; {@link #asOf} uses them only when no news point is known by then.
 */
public record ValuationHistory(String companyKey, String company, List<ValuationPoint> points) {

    public ValuationHistory {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** What the company was known to be valued at on {@code time}: the latest point published by then. */
    public Optional<ValuationPoint> asOf(Instant time) {
        ValuationPoint news = null;
        ValuationPoint background = null;
        for (ValuationPoint p : points) {
            Optional<Instant> published = Article.parseTime(p.publishedAt());
            if (published.isEmpty() || published.get().isAfter(time)) {
                continue;
            }
            if (p.current()) {
                news = p;
            } else {
                background = p;
            }
        }
        return Optional.ofNullable(news != null ? news : background);
    }

    /** The latest known valuation; an undated news point only when no dated point exists. */
    @JsonIgnore
    public Optional<ValuationPoint> latest() {
        Optional<ValuationPoint> dated = asOf(Instant.MAX);
        if (dated.isPresent()) {
            return dated;
        }
        ValuationPoint last = null;
        for (ValuationPoint p : points) {
            if (last == null || p.current() || !last.current()) {
                last = p;
            }
        }
        return Optional.ofNullable(last);
    }
}
