package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineExtractionTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLineInTheSpecShapePerArticleAndGoesOnAfterBadLines() throws IOException {
        Path in = dir.resolve("articles.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"w-1\", \"title\": \"Tallis Group to buy Orrin Labs\", \"body\": \"Tallis Group said it agreed"
                        + " to acquire Orrin Labs Inc for 45 mln dlrs, subject to approval by Orrin shareholders.\","
                        + " \"published\": \"1987-03-02\"}",
                "{\"id\": \"broken\", \"body\": ",
                "",
                "{\"id\": \"no-body\", \"url\": \"https://example.com/no-body\"}",
                "{\"id\": \"quiet\", \"body\": \"The weather was mild across the region on Sunday.\"}",
                "[1, 2, 3]"), StandardCharsets.UTF_8);
        Path out = dir.resolve("deals.jsonl");

        OfflineExtraction.Summary summary = OfflineExtraction.runCounting(in, out, DealExtractor.shared());

        assertEquals(5, summary.articles());
        assertEquals(3, summary.errors());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            rows.add(Json.MAPPER.readTree(line));
        }
        assertEquals(5, rows.size());

        JsonNode first = rows.get(0);
        assertEquals("w-1", first.get("id").asText());
        assertFalse(first.has("error"));
        JsonNode deal = first.get("deals").get(0);
        assertEquals("acquisition", deal.get("type").asText());
        assertEquals("Orrin Labs Inc", deal.get("target").asText());
        assertEquals(4.5e7, deal.get("amount").get("value").asDouble());
        assertEquals("USD", deal.get("amount").get("currency").asText());
        assertEquals("acquirer", deal.get("parties").get(0).get("role").asText());
        assertEquals("shareholder", deal.get("conditions").get(0).get("kind").asText());
        assertTrue(deal.get("current").asBoolean());
        for (String field : List.of("type", "target", "parties", "round", "amount", "valuation", "status",
                "conditions", "tranches", "current")) {
            assertTrue(deal.has(field), "spec field " + field);
        }

        assertEquals("broken", rows.get(1).get("id").asText());
        assertTrue(rows.get(1).get("error").asText().startsWith("bad JSON"));
        assertEquals(0, rows.get(1).get("deals").size());
        assertEquals("no-body", rows.get(2).get("id").asText());
        assertTrue(rows.get(2).get("error").asText().contains("body"));
        assertEquals("quiet", rows.get(3).get("id").asText());
        assertEquals(0, rows.get(3).get("deals").size());
        assertFalse(rows.get(3).has("error"));
        assertEquals("line-6", rows.get(4).get("id").asText(), "no id: the line number stands in");
    }
}
