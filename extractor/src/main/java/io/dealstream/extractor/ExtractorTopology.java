package io.dealstream.extractor;

import com.fasterxml.jackson.databind.JavaType;
import io.dealstream.model.Article;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.DealMention;
import io.dealstream.model.Json;
import io.dealstream.model.JsonSerde;
import io.dealstream.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor's Kafka Streams topology: {@code articles} in; each article read, its deals
 * extracted and grouped by target company, one {@link ArticleMentions} per (article, company)
 * out on {@code deal-mentions} keyed by the company key. Records that are not articles, and
 * articles whose extraction throws, go unchanged to {@code articles-dlq} with the reason and the
 * stage in headers; the stream goes on.
 *
 * <p>A small store maps each article id to the company keys it mentioned last time, so that when
 * an article is sent again and no longer mentions a company, that company gets an
 * {@code ArticleMentions} with no mentions: a retraction.
 */
public final class ExtractorTopology {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorTopology.class);

    public static final String SOURCE = "articles-source";
    public static final String EXTRACT = "extract-deals";
    public static final String MENTIONS_SINK = "deal-mentions-sink";
    public static final String DLQ_SINK = "articles-dlq-sink";
    /** Article id to the company keys its latest version mentioned. */
    public static final String ARTICLE_COMPANIES_STORE = "extractor-article-companies";
    /** Values of {@link Topics#DLQ_STAGE_HEADER}. */
    public static final String STAGE_READ = "read";
    public static final String STAGE_EXTRACT = "extract";
    /** Longest reason written to a DLQ header. */
    static final int MAX_REASON_CHARS = 1000;

    private ExtractorTopology() {
    }

    /**
     * The topology over {@code extractor}, each article guarded by {@link GuardedExtraction} (a
     * deadline of {@link GuardedExtraction#DEFAULT_TIMEOUT}, sane amounts); pure: it builds, it
     * does not start anything.
     */
    public static Topology build(DealExtractor extractor) {
        return build(new GuardedExtraction(extractor));
    }

    /** The topology over any extraction function (tests use one that fails on purpose). */
    static Topology build(Function<Article, List<DealMention>> extraction) {
        JavaType listOfKeys = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class);
        Serde<List<String>> keysSerde = new JsonSerde<>(listOfKeys);
        StoreBuilder<KeyValueStore<String, List<String>>> store = org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(ARTICLE_COMPANIES_STORE),
                Serdes.String(), keysSerde);
        Topology topology = new Topology();
        topology.addSource(SOURCE, Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer(), Topics.ARTICLES.name());
        topology.addProcessor(EXTRACT, () -> new ExtractProcessor(extraction), SOURCE);
        topology.addStateStore(store, EXTRACT);
        topology.addSink(MENTIONS_SINK, Topics.DEAL_MENTIONS.name(), Topics.DEAL_MENTIONS.keySerde().serializer(),
                Topics.DEAL_MENTIONS.valueSerde().serializer(), EXTRACT);
        topology.addSink(DLQ_SINK, Topics.ARTICLES_DLQ.name(), Topics.ARTICLES_DLQ.keySerde().serializer(),
                Topics.ARTICLES_DLQ.valueSerde().serializer(), EXTRACT);
        return topology;
    }

    /** Reads, extracts, groups by company, retracts, or dead-letters one article. */
    private static final class ExtractProcessor implements Processor<String, byte[], String, Object> {

        private final Function<Article, List<DealMention>> extraction;
        private ProcessorContext<String, Object> context;
        private KeyValueStore<String, List<String>> articleCompanies;

        ExtractProcessor(Function<Article, List<DealMention>> extraction) {
            this.extraction = extraction;
        }

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
            this.articleCompanies = context.getStateStore(ARTICLE_COMPANIES_STORE);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            ArticleReader.Result read;
            try {
                read = ArticleReader.read(record.key(), record.value());
            } catch (RuntimeException e) {
                read = ArticleReader.Result.rejected("unreadable record: " + e);
            }
            if (!read.isValid()) {
                deadLetter(record, read.rejection(), STAGE_READ);
                return;
            }
            Article article = read.article();
            List<DealMention> mentions;
            try {
                mentions = extraction.apply(article);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("extraction failed for article {}; sent to {}", article.id(), Topics.ARTICLES_DLQ.name(), e);
                deadLetter(record, failureReason(e), STAGE_EXTRACT);
                return;
            }
            Map<String, List<DealMention>> byCompany = new LinkedHashMap<>();
            for (DealMention m : mentions) {
                String key = CompanyNames.key(m.target());
                if (!key.isEmpty()) {
                    byCompany.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
            }
            long timestamp = record.timestamp();
            for (Map.Entry<String, List<DealMention>> e : byCompany.entrySet()) {
                forwardMentions(article, e.getKey(), e.getValue(), timestamp);
            }
            List<String> before = articleCompanies.get(article.id());
            if (before != null) {
                for (String key : before) {
                    if (!byCompany.containsKey(key)) {
                        forwardMentions(article, key, List.of(), timestamp); // retraction
                    }
                }
            }
            if (byCompany.isEmpty()) {
                if (before != null) {
                    articleCompanies.delete(article.id());
                }
            } else {
                Set<String> keys = new LinkedHashSet<>(byCompany.keySet());
                articleCompanies.put(article.id(), new ArrayList<>(keys));
            }
        }

        private void forwardMentions(Article article, String companyKey, List<DealMention> mentions, long timestamp) {
            ArticleMentions value = new ArticleMentions(article.id(), article.title(), article.url(),
                    article.publishedAt(), companyKey, mentions);
            context.forward(new Record<String, Object>(companyKey, value, timestamp), MENTIONS_SINK);
        }

        private void deadLetter(Record<String, byte[]> record, String reason, String stage) {
            String shortReason = reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "…" : reason;
            Headers headers = new RecordHeaders(record.headers().toArray());
            headers.remove(Topics.DLQ_REASON_HEADER);
            headers.remove(Topics.DLQ_STAGE_HEADER);
            headers.add(Topics.DLQ_REASON_HEADER, shortReason.getBytes(StandardCharsets.UTF_8));
            headers.add(Topics.DLQ_STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<String, Object>(record.key(), record.value(), record.timestamp(), headers), DLQ_SINK);
        }
    }

    /**
     * The reason a user reads on a dead-lettered article: what went wrong in words, without Java class names
     * (the stack trace is in the extractor's log, under the article id).
     */
    static String failureReason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "extraction failed: the article is nested or repetitive beyond what the extractor analyses;"
                    + " shorten it or split it into articles";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "extraction failed unexpectedly; the extractor log has the details under this article's id";
        }
        return "extraction failed: " + message;
    }
}
