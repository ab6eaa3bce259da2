package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer of {@code GET /health}: {@code up} while the streams application runs, {@code starting}
 * while it starts or rebalances (stores may not be queryable yet), {@code down} when it stopped or failed.
 */
public record Health(String status, String state) {

    public static final String UP = "up";
    public static final String STARTING = "starting";
    public static final String DOWN = "down";

    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
