package io.dealstream.extractor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dealstream.extractor.ArticleReader;
import io.dealstream.extractor.DealExtractor;
import io.dealstream.extractor.GuardedExtraction;
import io.dealstream.model.Article;
import io.dealstream.model.DealMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of {@link HostileArticles} through {@link ArticleReader} and the extraction the stream
 * runs ({@link GuardedExtraction} over {@link DealExtractor}): rejected with a reason that names the
 * problem, or accepted and extracted cleanly; no exception escapes. Extraction times are measured
 * and printed (slowest first), not asserted.
 */
class HostileInputTest {

    private static final List<String> TIMINGS = new ArrayList<>();
    private static final List<long[]> NANOS = new ArrayList<>();
    private static GuardedExtraction extractor;

    @BeforeAll
    static void warmUp() {
        DealExtractor.shared().warmUp();
        extractor = new GuardedExtraction(DealExtractor.shared());
    }

    static List<HostileArticles.Kind> kinds() {
        return HostileArticles.all();
    }

    @Test
    void theCorpusHasAtLeastThirtyDistinctKindsOfBothOutcomes() {
        List<HostileArticles.Kind> all = HostileArticles.all();
        Set<String> names = new HashSet<>();
        all.forEach(k -> assertTrue(names.add(k.name()), "duplicate kind " + k.name()));
        assertTrue(all.size() >= 30, "only " + all.size() + " kinds");
        assertTrue(all.stream().filter(k -> k.expect() == HostileArticles.Expect.REJECT).count() >= 15);
        assertTrue(all.stream().filter(k -> k.expect() == HostileArticles.Expect.ACCEPT).count() >= 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindIsRejectedWithItsReasonOrExtractedCleanly(HostileArticles.Kind kind) {
        byte[] value = kind.value();
        ArticleReader.Result read;
        long readStart = System.nanoTime();
        try {
            read = ArticleReader.read(kind.key(), value);
        } catch (Throwable e) {
            throw new AssertionError(kind.name() + ": ArticleReader threw instead of rejecting", e);
        }
        long readNanos = System.nanoTime() - readStart;
        if (kind.expect() == HostileArticles.Expect.REJECT) {
            assertFalse(read.isValid(), kind.name() + " was accepted: " + read.article());
            assertTrue(read.rejection().contains(kind.reasonContains()),
                    kind.name() + ": the reason '" + read.rejection() + "' does not say '" + kind.reasonContains() + "'");
            assertTrue(read.rejection().length() <= 1000, "reasons stay short enough for a header");
            record(kind, value.length, readNanos, 0, "rejected: " + read.rejection());
            return;
        }
        assertTrue(read.isValid(), kind.name() + " was rejected: " + read.rejection());
        Article article = read.article();
        List<DealMention> mentions;
        long start = System.nanoTime();
        try {
            mentions = extractor.apply(article);
        } catch (Throwable e) {
            throw new AssertionError(kind.name() + ": extraction threw", e);
        }
        long extractNanos = System.nanoTime() - start;
        assertNotNull(mentions);
        List<String> problems = CleanOutput.problems(article.id(), mentions);
        assertEquals(List.of(), problems, kind.name() + ": the extraction is not clean");
        if (kind.twin() != null) {
            Article twin = ArticleReader.read(kind.key(), kind.twin()).article();
            List<DealMention> expected = extractor.apply(twin);
            assertFalse(expected.isEmpty(), "the twin of " + kind.name() + " states a deal");
            assertEquals(expected, mentions, kind.name() + " must extract exactly what its ordinary twin does");
        }
        record(kind, value.length, readNanos, extractNanos, "accepted: " + mentions.size() + " mention(s)"
                + (mentions.isEmpty() ? "" : " " + mentions.stream().map(m -> m.type() + " " + m.target() + " "
                + (m.amount() == null ? "-" : m.amount().value() + " " + m.amount().currency())).toList()));
    }

    @Test
    void idsAreKeptExactlyAsSentEvenWithPathCharacters() {
        for (String id : List.of("../../etc/passwd", "a/b\\c", "%2e%2e%2f", "C:\\Windows\\system32", "x?y#z")) {
            ArticleReader.Result r = ArticleReader.read(null, HostileArticles.article(id, HostileArticles.DEAL));
            assertTrue(r.isValid(), id + ": " + r.rejection());
            assertEquals(id, r.article().id());
        }
    }

    private static synchronized void record(HostileArticles.Kind kind, int bytes, long readNanos, long extractNanos,
                                            String outcome) {
        NANOS.add(new long[] {readNanos + extractNanos, TIMINGS.size()});
        TIMINGS.add(String.format("%-24s %10d bytes  read %8.1f ms  extract %8.1f ms  %s", kind.name(), bytes,
                readNanos / 1e6, extractNanos / 1e6, abbreviate(outcome)));
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    @AfterAll
    static void printSlowest() {
        List<long[]> order = new ArrayList<>(NANOS);
        order.sort(Comparator.comparingLong((long[] a) -> a[0]).reversed());
        StringBuilder out = new StringBuilder("\nHostile corpus, slowest first (read + extract, one thread, warm JVM):\n");
        for (long[] o : order) {
            out.append("  ").append(TIMINGS.get((int) o[1])).append('\n');
        }
        System.out.println(out);
        if (order.isEmpty()) {
            fail("no kind was run");
        }
    }
}
