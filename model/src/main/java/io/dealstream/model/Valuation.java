package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A company's valuation tied to a deal; {@code basis} is "pre", "post" or null when not stated. A range
 * ("valued between $750 million and $1 billion") keeps its high end in {@code valueHigh}, written only when set.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Valuation(
        @JsonProperty("value") double value,
        @JsonProperty("value_high") @JsonInclude(JsonInclude.Include.NON_NULL) Double valueHigh,
        @JsonProperty("currency") String currency,
        @JsonProperty("basis") String basis) {

    /** A single-figure valuation. */
    public Valuation(double value, String currency, String basis) {
        this(value, null, currency, basis);
    }

    public Money money() {
        return new Money(value, valueHigh, currency);
    }
}
