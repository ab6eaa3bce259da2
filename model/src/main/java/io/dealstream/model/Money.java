package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of money in units of an ISO 4217 currency: {@code 2.0e9 USD} for "$2 billion".
 * A range ("$150M-$200M") keeps its low end in {@code value} and its high end in {@code valueHigh}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Money(
        @JsonProperty("value") double value,
        @JsonProperty("value_high") Double valueHigh,
        @JsonProperty("currency") String currency) {

    public static Money of(double value, String currency) {
        return new Money(value, null, currency);
    }

    /** True when both are in one currency and within {@code relativeTolerance} of each other. */
    public boolean closeTo(Money other, double relativeTolerance) {
        if (other == null || currency == null || !currency.equalsIgnoreCase(other.currency)) {
            return false;
        }
        return Math.abs(value - other.value) <= relativeTolerance * Math.max(Math.abs(value), 1.0);
    }
}
