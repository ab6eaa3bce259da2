package io.dealstream.model;

/** Deal statuses of the extraction spec. */
public final class DealStatus {
    public static final String ANNOUNCED = "announced";
    public static final String COMPLETED = "completed";
    public static final String PLANNED = "planned";
    public static final String RUMORED = "rumored";
    public static final String CANCELLED = "cancelled";

    private DealStatus() {
    }
}
