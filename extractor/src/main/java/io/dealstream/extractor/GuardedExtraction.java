package io.dealstream.extractor;

import io.dealstream.model.Article;
import io.dealstream.model.DealMention;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every article goes through in the stream: {@link DealExtractor#extract} under a deadline,
 * its result passed through {@link MentionSanity}.
 *
 * <p>The work per article is already bounded by size limits ({@link ArticleReader#MAX_BODY_BYTES},
 * {@link DealExtractor#MAX_ANALYSED_CHARS}, {@link DealExtractor#MAX_TAGGED_SENTENCES},
 * {@link DealExtractor#MAX_SENTENCE_TOKENS}); the deadline is the backstop for a slow path nobody
 * has found yet (one quadratic regular expression made 200,000 blank lines take minutes). An
 * article over the deadline fails with {@link ExtractionTimeoutException}, which the topology sends
 * to {@code articles-dlq}, well before Kafka's {@code max.poll.interval.ms} (5 minutes) would evict
 * the stream thread and have the same article retried forever.
 *
 * <p>Extraction runs on a worker thread so the caller can stop waiting. CoreNLP cannot be
 * interrupted, so a timed-out extraction runs on until it ends; at most {@link #MAX_RUNNING}
 * extractions run at once, so a flood of slow articles slows the stream down instead of starting
 * a thread per article.
 */
public final class GuardedExtraction implements Function<Article, List<DealMention>> {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedExtraction.class);

    /** The default deadline per article: the slowest hostile article measured takes a few seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Extractions running at once (including timed-out ones still finishing), across all callers. */
    static final int MAX_RUNNING = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "dealstream-extract-" + THREADS.incrementAndGet());
        t.setDaemon(true); // a runaway extraction must not keep the JVM alive
        return t;
    });
    private static final Semaphore RUNNING = new Semaphore(MAX_RUNNING);

    private final Function<Article, List<DealMention>> extraction;
    private final Duration timeout;

    public GuardedExtraction(DealExtractor extractor) {
        this(extractor::extract, DEFAULT_TIMEOUT);
    }

    public GuardedExtraction(Function<Article, List<DealMention>> extraction, Duration timeout) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the extraction timeout must be positive, got " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public List<DealMention> apply(Article article) {
        acquireSlot(article);
        Future<List<DealMention>> result;
        try {
            result = WORKERS.submit(() -> {
                try {
                    return extraction.apply(article);
                } finally {
                    RUNNING.release();
                }
            });
        } catch (RuntimeException e) {
            RUNNING.release();
            throw e;
        }
        try {
            return MentionSanity.clean(result.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            result.cancel(true);
            LOG.warn("extraction of article {} took longer than {} ms; it goes to the dead-letter topic",
                    article.id(), timeout.toMillis());
            throw new ExtractionTimeoutException(article.id(), timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting article " + article.id(), e);
        }
    }

    /** Waits while {@link #MAX_RUNNING} extractions run, saying so every few seconds. */
    private static void acquireSlot(Article article) {
        try {
            while (!RUNNING.tryAcquire(5, TimeUnit.SECONDS)) {
                LOG.warn("{} extractions are still running (slow articles); article {} waits for one to end",
                        MAX_RUNNING, article.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to extract article " + article.id(), e);
        }
    }

    /** An article whose extraction did not end within the deadline. */
    public static final class ExtractionTimeoutException extends RuntimeException {
        public ExtractionTimeoutException(String articleId, Duration timeout) {
            super("extraction did not finish within " + timeout.toMillis() + " ms (article " + articleId
                    + "); split or shorten the article", null, false, false);
        }
    }
}
