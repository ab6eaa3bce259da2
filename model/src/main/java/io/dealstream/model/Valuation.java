package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A company's valuation tied to a deal; {@code basis} is "pre", "post" or null when not stated. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Valuation(double value, String currency, String basis) {

    public Money money() {
        return Money.of(value, currency);
    }
}
