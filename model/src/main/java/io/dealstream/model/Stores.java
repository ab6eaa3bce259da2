package io.dealstream.model;

/** Names of the state stores that the HTTP API queries. */
public final class Stores {

    /** Per company key: each article's latest mentions of that company (the aggregator's input state). */
    public static final String COMPANY_MENTIONS = "company-mentions-store";
    /** Deal id to the merged {@link Deal}. */
    public static final String DEALS = "deals-store";
    /** Company key to its summary: deals, latest valuation, total raised. */
    public static final String COMPANIES = "companies-store";
    /** Company key to its valuation history. */
    public static final String VALUATIONS = "valuations-store";
    /** Investor key to its commitments across deals. */
    public static final String INVESTORS = "investors-store";

    private Stores() {
    }
}
