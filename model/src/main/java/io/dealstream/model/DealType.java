package io.dealstream.model;

/** Deal types of the extraction spec; the JSON value is the lower-case name. */
public final class DealType {
    public static final String FUNDING = "funding";
    public static final String ACQUISITION = "acquisition";
    public static final String INVESTMENT = "investment";
    public static final String IPO = "ipo";
    public static final String DEBT = "debt";
    public static final String COMMITMENT = "commitment";

    private DealType() {
    }
}
