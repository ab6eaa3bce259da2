package io.dealstream.cli.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dealstream.cli.UserError;
import io.dealstream.model.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private final List<ArticleSource.ArticleRecord> records = new ArrayList<>();
    private long bytesRead;

    private void read(Path file) {
        ArticleSource.read(file, records::add, n -> bytesRead += n);
    }

    private List<String> keys() {
        return records.stream().map(ArticleSource.ArticleRecord::key).toList();
    }

    private String value(int i) {
        return new String(records.get(i).value(), StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesGiveOneRecordPerLineKeyedByIdOrPosition() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.jsonl"),
                "{\"id\":\"a-1\",\"body\":\"x\"}\r\n\n{\"body\":\"no id\"}\n{\"id\":42,\"body\":\"y\"}\n{not json\n");
        read(file);
        assertEquals(List.of("a-1", "batch-3", "42", "batch-5"), keys());
        assertEquals("{\"id\":\"a-1\",\"body\":\"x\"}", value(0), "carriage return stripped, bytes otherwise unchanged");
        assertEquals("{not json", value(3), "a line that is not JSON goes on as it is, for the dead-letter topic");
        assertEquals(Files.size(file), bytesRead);
    }

    @Test
    void aJsonFileWithOneObjectIsSentByteForByte() throws Exception {
        String pretty = "{\n  \"id\": \"x-9\",\n  \"title\": \"T\",\n  \"body\": \"B\"\n}\n";
        read(Files.writeString(dir.resolve("one.json"), pretty));
        assertEquals(List.of("x-9"), keys());
        assertArrayEquals(pretty.getBytes(StandardCharsets.UTF_8), records.get(0).value());
    }

    @Test
    void aJsonArrayOrConcatenatedObjectsGiveOneRecordEach() throws Exception {
        read(Files.writeString(dir.resolve("list.json"), "[{\"id\":\"p\",\"body\":\"1\"},{\"body\":\"2\"}]"));
        read(Files.writeString(dir.resolve("stream.json"), "{\"id\":\"q\",\"body\":\"3\"}\n{\"id\":\"r\",\"body\":\"4\"}"));
        assertEquals(List.of("p", "list-2", "q", "r"), keys());
        assertEquals("2", Json.MAPPER.readTree(records.get(1).value()).get("body").asText());
    }

    @Test
    void malformedJsonIsSentWholeKeyedByTheFileName() throws Exception {
        String broken = "{\"id\": \"m\", \"body\": \"cut off";
        read(Files.writeString(dir.resolve("broken.json"), broken));
        assertEquals(List.of("broken"), keys());
        assertEquals(broken, value(0));
    }

    @Test
    void plainTextIsOneArticleWhoseIdIsTheFileName() throws Exception {
        read(Files.writeString(dir.resolve("wire-0042.txt"), "HEADLINE\n\nBody text."));
        assertEquals(List.of("wire-0042"), keys());
        assertEquals("HEADLINE\n\nBody text.", value(0));
    }

    @Test
    void aDirectoryFeedsItsArticleFilesInNameOrderAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("c.jsonl"), "{}");
        Files.writeString(dir.resolve("README.md"), "not an article");
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        Files.createDirectory(dir.resolve("sub.json"));
        assertEquals(List.of("a.json", "b.txt", "c.jsonl"),
                ArticleSource.files(dir).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void missingPathsAndEmptyDirectoriesAreUserErrors() throws Exception {
        assertThrows(UserError.class, () -> ArticleSource.files(dir.resolve("nope")));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        UserError e = assertThrows(UserError.class, () -> ArticleSource.files(empty));
        assertEquals("no article files (.json, .jsonl, .ndjson, .txt) in " + empty, e.getMessage());
    }

    @Test
    void standardInputIsJsonLinesAJsonArrayOrOnePlainTextArticle() {
        ArticleSource.readStdin(stdin("  {\"id\":\"s1\"}\n{\"id\":\"s2\"}\n"), records::add, n -> { });
        ArticleSource.readStdin(stdin("[{\"id\":\"s3\"},{\"id\":\"s4\"}]"), records::add, n -> { });
        ArticleSource.readStdin(stdin("Just some text about a deal."), records::add, n -> { });
        ArticleSource.readStdin(stdin(""), records::add, n -> { });
        assertEquals(List.of("s1", "s2", "s3", "s4", "stdin"), keys());
        assertEquals("  {\"id\":\"s1\"}", value(0));
    }

    private static ByteArrayInputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
