package io.dealstream.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of dealstream, each paired with its key and value serdes, so producers, consumers
 * and topologies cannot disagree on a topic's format.
 */
public final class Topics {

    /** A topic name with the serdes of its keys and values. */
    public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    }

    /**
     * Raw articles as users feed them: key = article id (may be null), value = bytes, so that the
     * extractor, not the consumer, decides what is malformed and sends it to the dead-letter topic.
     */
    public static final Topic<String, byte[]> ARTICLES =
            new Topic<>("articles", Serdes.String(), Serdes.ByteArray());

    /** Articles the extractor could not read, unchanged, with the reason in headers. */
    public static final Topic<String, byte[]> ARTICLES_DLQ =
            new Topic<>("articles-dlq", Serdes.String(), Serdes.ByteArray());

    /** What each article says about each company, keyed by company key. */
    public static final Topic<String, ArticleMentions> DEAL_MENTIONS =
            new Topic<>("deal-mentions", Serdes.String(), new JsonSerde<>(ArticleMentions.class));

    /** The full deal after every change, keyed by deal id. */
    public static final Topic<String, DealUpdate> DEAL_UPDATES =
            new Topic<>("deal-updates", Serdes.String(), new JsonSerde<>(DealUpdate.class));

    /** Every new valuation of a company, keyed by company key. */
    public static final Topic<String, ValuationPoint> VALUATION_UPDATES =
            new Topic<>("valuation-updates", Serdes.String(), new JsonSerde<>(ValuationPoint.class));

    /** Header names on {@link #ARTICLES_DLQ} records. */
    public static final String DLQ_REASON_HEADER = "dealstream.dlq.reason";
    public static final String DLQ_STAGE_HEADER = "dealstream.dlq.stage";

    private Topics() {
    }
}
