package io.dealstream.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.DealMention;
import io.dealstream.model.Json;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor over a JSON Lines file, without Kafka: one output line per input article,
 * {@code {"id": ..., "deals": [...]}} in the shape of the extraction spec (the evaluation's
 * {@code score.py} reads it). An article that cannot be read or extracted gets
 * {@code {"id": ..., "deals": [], "error": "..."}} and the run goes on.
 */
public final class OfflineExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineExtraction.class);
    private static final java.util.regex.Pattern ID_FIELD =
            java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    /** What a run did. */
    public record Summary(int articles, int deals, int errors) {
    }

    private OfflineExtraction() {
    }

    /** Reads {@code in} (JSON Lines, one article a line; blank lines skipped) and writes {@code out}. */
    public static void run(Path in, Path out, DealExtractor extractor) {
        runCounting(in, out, extractor);
    }

    /** As {@link #run}, returning counts. */
    public static Summary runCounting(Path in, Path out, DealExtractor extractor) {
        int articles = 0;
        int deals = 0;
        int errors = 0;
        // Lines are read as bytes, so that a line that is not UTF-8 gets its own error row instead of ending the run.
        try (InputStream input = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            int lineNumber = 0;
            boolean more = true;
            while (more) {
                int b = input.read();
                if (b != -1 && b != '\n') {
                    buffer.write(b);
                    continue;
                }
                more = b != -1;
                byte[] bytes = buffer.toByteArray();
                buffer.reset();
                if (!more && bytes.length == 0) {
                    break;
                }
                lineNumber++;
                if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                    bytes = Arrays.copyOf(bytes, bytes.length - 1);
                }
                String line = new String(bytes, StandardCharsets.UTF_8); // lenient: for blank lines and ids only
                if (line.isBlank()) {
                    continue;
                }
                articles++;
                Map<String, Object> row = extractLine(bytes, line, lineNumber, extractor);
                if (row.containsKey("error")) {
                    errors++;
                } else {
                    deals += ((List<?>) row.get("deals")).size();
                }
                writer.write(Json.write(row));
                writer.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + in + " to " + out + ": " + e.getMessage(), e);
        }
        LOG.info("extracted {} deals from {} articles ({} could not be read)", deals, articles, errors);
        return new Summary(articles, deals, errors);
    }

    /** One output row for one input line: never throws for bad input. */
    static Map<String, Object> extractLine(String line, int lineNumber, DealExtractor extractor) {
        return extractLine(line.getBytes(StandardCharsets.UTF_8), line, lineNumber, extractor);
    }

    /** {@code bytes} as read; {@code line} the same decoded leniently (for the id of a line that cannot be read). */
    private static Map<String, Object> extractLine(byte[] bytes, String line, int lineNumber, DealExtractor extractor) {
        Map<String, Object> row = new LinkedHashMap<>();
        ArticleReader.Result read = ArticleReader.read(null, bytes);
        if (!read.isValid()) {
            row.put("id", idOf(line, lineNumber));
            row.put("deals", List.of());
            row.put("error", read.rejection());
            return row;
        }
        row.put("id", read.article().id());
        try {
            List<DealMention> deals = MentionSanity.clean(extractor.extract(read.article()));
            row.put("deals", deals);
        } catch (RuntimeException e) {
            LOG.warn("extraction failed for article {}: {}", read.article().id(), e.toString());
            row.put("deals", List.of());
            row.put("error", ExtractorTopology.failureReason(e));
        }
        return row;
    }

    private static String idOf(String line, int lineNumber) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (node != null && node.isObject() && node.hasNonNull("id") && node.get("id").isValueNode()) {
                return node.get("id").asText();
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: look for an id field in the text, else use the line number
        }
        java.util.regex.Matcher m = ID_FIELD.matcher(line);
        return m.find() ? m.group(1) : "line-" + lineNumber;
    }

    /** {@code java ... OfflineExtraction IN.jsonl OUT.jsonl}: for evaluation runs. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: OfflineExtraction IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        Summary s = runCounting(Path.of(args[0]), Path.of(args[1]), DealExtractor.shared());
        System.err.printf("%d articles, %d deals, %d errors%n", s.articles(), s.deals(), s.errors());
    }
}
