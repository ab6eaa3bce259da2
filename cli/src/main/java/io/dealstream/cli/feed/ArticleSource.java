package io.dealstream.cli.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.dealstream.cli.UserError;
import io.dealstream.model.Json;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns files into the records of the {@code articles} topic: key = article id, value = the
 * article's bytes as the user wrote them. It never judges an article: whatever it cannot split or
 * read goes on as it is, and the extractor sends it to the dead-letter topic with the reason.
 *
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}: one record per non-blank line; key = the line's {@code id},
 *       else {@code <file name>-<line number>}.</li>
 *   <li>{@code .json}: one object (sent byte for byte), an array of objects, or several objects one
 *       after another; key = each object's {@code id}, else the file name (plus the position).
 *       A file that is not valid JSON is sent whole, keyed by its file name.</li>
 *   <li>anything else: one plain-text article, key = the file name without its extension.</li>
 *   <li>standard input ({@code -}): JSON Lines when it starts with <code>{</code>, a JSON array when it
 *       starts with {@code [}, else one plain-text article keyed {@code stdin}.</li>
 * </ul>
 * A directory contributes its {@code .json}, {@code .jsonl}, {@code .ndjson} and {@code .txt} files
 * (not hidden ones, not recursively), in name order.
 */
public final class ArticleSource {

    /** One record for the {@code articles} topic; {@code origin} says where it came from, for messages. */
    public record ArticleRecord(String key, byte[] value, String origin) {
    }

    private static final List<String> DIRECTORY_EXTENSIONS = List.of(".json", ".jsonl", ".ndjson", ".txt");

    private ArticleSource() {
    }

    /** The files to feed for a path: the file itself, or a directory's article files. */
    public static List<Path> files(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new UserError("no such file or directory: " + fileOrDirectory);
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> children = Files.list(fileOrDirectory)) {
            List<Path> files = children
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> DIRECTORY_EXTENSIONS.contains(extension(p)))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new UserError("no article files (.json, .jsonl, .ndjson, .txt) in " + fileOrDirectory);
            }
            return files;
        } catch (IOException e) {
            throw new UserError("cannot list " + fileOrDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Reads one file and hands each record to {@code sink}; {@code progress} receives bytes read. */
    public static void read(Path file, Consumer<ArticleRecord> sink, Consumer<Long> progress) {
        String ext = extension(file);
        String name = file.getFileName().toString();
        String stem = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length());
        try {
            switch (ext) {
                case ".jsonl", ".ndjson" -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        readLines(in, stem, name, sink, progress);
                    }
                }
                case ".json" -> {
                    byte[] bytes = Files.readAllBytes(file);
                    readJsonDocument(bytes, stem, name, sink);
                    progress.accept((long) bytes.length);
                }
                default -> {
                    byte[] bytes = Files.readAllBytes(file);
                    sink.accept(new ArticleRecord(stem, bytes, name));
                    progress.accept((long) bytes.length);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads standard input (see the class comment for its forms). */
    public static void readStdin(InputStream stdin, Consumer<ArticleRecord> sink, Consumer<Long> progress) {
        try {
            BufferedInputStream in = new BufferedInputStream(stdin);
            int first = firstNonWhitespace(in);
            if (first == '{') {
                readLines(in, "stdin", "stdin", sink, progress);
            } else {
                byte[] bytes = in.readAllBytes();
                progress.accept((long) bytes.length);
                if (first == '[') {
                    readJsonDocument(bytes, "stdin", "stdin", sink);
                } else if (bytes.length > 0) {
                    sink.accept(new ArticleRecord("stdin", bytes, "stdin"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private static int firstNonWhitespace(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        int b;
        int seen = 0;
        do {
            b = in.read();
            seen++;
        } while (b != -1 && Character.isWhitespace(b) && seen < (1 << 16));
        in.reset();
        return b;
    }

    private static void readLines(InputStream raw, String stem, String origin, Consumer<ArticleRecord> sink,
                                  Consumer<Long> progress) throws IOException {
        InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        int lineNumber = 0;
        int b;
        boolean more = true;
        while (more) {
            b = in.read();
            if (b != -1 && b != '\n') {
                line.write(b);
                continue;
            }
            more = b != -1;
            lineNumber++;
            byte[] bytes = trimCarriageReturn(line.toByteArray());
            line.reset();
            progress.accept((long) bytes.length + 1);
            if (isBlank(bytes)) {
                continue;
            }
            String key = idOf(bytes).orElse(stem + "-" + lineNumber);
            sink.accept(new ArticleRecord(key, bytes, origin + ":" + lineNumber));
        }
    }

    private static void readJsonDocument(byte[] bytes, String stem, String origin, Consumer<ArticleRecord> sink) {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(bytes)) {
            while (it.hasNextValue()) {
                values.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON we can split: send it unchanged; the extractor will say what is wrong with it.
            sink.accept(new ArticleRecord(stem, bytes, origin));
            return;
        }
        if (values.size() == 1 && values.get(0).isObject()) {
            sink.accept(new ArticleRecord(idOf(values.get(0)).orElse(stem), bytes, origin));
            return;
        }
        List<JsonNode> articles = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.isArray()) {
                v.forEach(articles::add);
            } else {
                articles.add(v);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            JsonNode article = articles.get(i);
            String key = idOf(article).orElse(stem + "-" + (i + 1));
            try {
                sink.accept(new ArticleRecord(key, Json.MAPPER.writeValueAsBytes(article), origin + "[" + i + "]"));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot re-encode an article of " + origin, e);
            }
        }
    }

    private static Optional<String> idOf(byte[] jsonLine) {
        try {
            return idOf(Json.MAPPER.readTree(jsonLine));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> idOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(id.asText());
    }

    private static byte[] trimCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot);
    }
}
