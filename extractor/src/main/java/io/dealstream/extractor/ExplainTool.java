package io.dealstream.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.Article;
import io.dealstream.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A development aid: prints what the rules see in articles (names, frames, deals).
 * {@code ExplainTool FILE.jsonl ID...} explains the articles with those ids (prefixes work);
 * {@code ExplainTool --text "TITLE" "BODY" [PUBLISHED]} explains a text.
 */
final class ExplainTool {

    private ExplainTool() {
    }

    public static void main(String[] args) throws IOException {
        DealExtractor extractor = DealExtractor.shared();
        if (args.length >= 3 && args[0].equals("--text")) {
            Article a = new Article("text", args[1].isEmpty() ? null : args[1], args[2], null, null,
                    args.length > 3 ? args[3] : null);
            extractor.explain(a).forEach(System.out::println);
            return;
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines) {
            JsonNode node = Json.MAPPER.readTree(line);
            String id = node.path("id").asText();
            for (int i = 1; i < args.length; i++) {
                if (id.equals(args[i]) || id.startsWith(args[i])) {
                    Article a = Json.MAPPER.treeToValue(node, Article.class);
                    System.out.println("=== " + id);
                    extractor.explain(a).forEach(System.out::println);
                }
            }
        }
    }
}
