package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealstream extract} over a file with lines that are not UTF-8 or not articles: one row per line, the run goes on. */
class OfflineExtractionHostileTest {

    @TempDir
    Path dir;

    @Test
    void aLineThatIsNotUtf8GetsAnErrorRowAndTheLinesAfterItAreExtracted() throws Exception {
        String deal = "Tidewell Batteries Inc said on Thursday it raised $25 million in a Series A round led by"
                + " Orchard Lane Ventures.";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("{\"id\": \"first\", \"body\": \"" + deal + "\"}\r\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes("{\"id\": \"latin1\", \"body\": \"Tidewell raised \u00A325 million\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes("\n   \n[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("{\"id\": \"last\", \"body\": \"" + deal + "\"}").getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, file.toByteArray());

        OfflineExtraction.Summary summary = OfflineExtraction.runCounting(in, out, DealExtractor.shared());

        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            rows.add(Json.MAPPER.readTree(line));
        }
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(4, summary.articles());
        assertEquals(2, summary.errors());
        assertEquals("first", rows.get(0).get("id").asText());
        assertFalse(rows.get(0).has("error"), rows.get(0).toString());
        assertFalse(rows.get(0).get("deals").isEmpty());
        assertEquals("latin1", rows.get(1).get("id").asText());
        assertTrue(rows.get(1).get("error").asText().contains("UTF-8"), rows.get(1).toString());
        assertEquals("line-5", rows.get(2).get("id").asText());
        assertTrue(rows.get(2).get("error").asText().contains("array"), rows.get(2).toString());
        assertEquals("last", rows.get(3).get("id").asText());
        assertFalse(rows.get(3).get("deals").isEmpty());
    }
}
