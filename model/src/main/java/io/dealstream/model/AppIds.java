package io.dealstream.model;

/** The {@code application.id} of each Kafka Streams application. */
public final class AppIds {
    public static final String EXTRACTOR = "dealstream-extractor";
    public static final String AGGREGATOR = "dealstream-aggregator";

    private AppIds() {
    }
}
