package io.dealstream.extractor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.dealstream.model.Article;
import io.dealstream.model.Json;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns the raw bytes of an {@code articles} record into an {@link Article}, or says why it cannot.
 *
 * <p>Accepted: a JSON object ({@code id, title, body, url, source, publishedAt}; {@code published},
 * {@code published_at} and {@code date} are accepted for {@code publishedAt}; other fields are
 * ignored), or plain UTF-8 text whose id is the record key and whose first line is its title when
 * that line is short and more text follows. A JSON article without an id takes the record key.
 */
public final class ArticleReader {

    /** Largest article body accepted, in UTF-8 bytes (1 MiB): longer texts are not news articles. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /**
     * Largest record accepted before parsing (4 MiB): room for a maximal body with JSON escapes and
     * the other fields, while refusing to parse anything much larger.
     */
    public static final int MAX_RECORD_BYTES = 4 << 20;
    /** A plain-text first line up to this many characters is read as the title. */
    public static final int MAX_TITLE_CHARS = 200;
    /** Longest accepted article id. */
    public static final int MAX_ID_CHARS = 512;

    private static final String[] PUBLISHED_FIELDS = {"publishedAt", "published", "published_at", "date"};

    private ArticleReader() {
    }

    /** Either a readable article or the reason it was rejected; exactly one of the two is non-null. */
    public record Result(Article article, String rejection) {
        public static Result ok(Article article) {
            return new Result(Objects.requireNonNull(article), null);
        }

        public static Result rejected(String reason) {
            return new Result(null, Objects.requireNonNull(reason));
        }

        public boolean isValid() {
            return article != null;
        }
    }

    /** Reads one record; {@code key} is the record key (the article id, may be null). */
    public static Result read(String key, byte[] value) {
        if (value == null || value.length == 0) {
            return Result.rejected("empty record: an article needs a body");
        }
        if (value.length > MAX_RECORD_BYTES) {
            return Result.rejected("record of " + value.length + " bytes is over the limit of "
                    + MAX_RECORD_BYTES + " bytes");
        }
        String text;
        try {
            text = decodeUtf8(value);
        } catch (CharacterCodingException e) {
            return Result.rejected("not UTF-8 text (binary data?): send articles as UTF-8 JSON or plain text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (looksBinary(text)) {
            return Result.rejected("binary data (control characters): send articles as UTF-8 JSON or plain text");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Result.rejected("blank record: an article needs a body");
        }
        char first = trimmed.charAt(0);
        if (first == '{' || first == '[') {
            return readJson(key, trimmed);
        }
        if (first == '"' && isJsonString(trimmed)) {
            return Result.rejected("JSON a string is not an article: send one JSON object per record");
        }
        return readPlainText(key, trimmed);
    }

    private static Result readJson(String key, String text) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return Result.rejected("bad JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            return Result.rejected("JSON " + describe(root) + " is not an article: send one JSON object per record");
        }
        String id;
        String title;
        String body;
        String url;
        String source;
        String published = null;
        try {
            id = idField(root);
            title = stringField(root, "title");
            body = stringField(root, "body");
            url = stringField(root, "url");
            source = stringField(root, "source");
            for (String name : PUBLISHED_FIELDS) {
                published = stringField(root, name);
                if (published != null) {
                    break;
                }
            }
        } catch (FieldTypeException e) {
            return Result.rejected(e.getMessage());
        }
        if (body == null) {
            return Result.rejected("JSON article has no \"body\" field");
        }
        if (body.isBlank()) {
            return Result.rejected("JSON article has a blank \"body\"");
        }
        if (id == null || id.isBlank()) {
            id = key;
        }
        if (id == null || id.isBlank()) {
            return Result.rejected("JSON article has no \"id\" and the record has no key: give it an id");
        }
        return finish(id.strip(), blankToNull(title), body, blankToNull(url), blankToNull(source), blankToNull(published));
    }

    private static Result readPlainText(String key, String text) {
        if (key == null || key.isBlank()) {
            return Result.rejected("plain-text article without a record key: send it with its id as the key,"
                    + " or as a JSON object with an \"id\"");
        }
        String title = null;
        String body = text;
        int newline = text.indexOf('\n');
        if (newline > 0) {
            String firstLine = text.substring(0, newline).strip();
            String rest = text.substring(newline + 1).strip();
            if (!firstLine.isEmpty() && firstLine.length() <= MAX_TITLE_CHARS && !rest.isEmpty()) {
                title = firstLine;
                body = rest;
            }
        }
        return finish(key.strip(), title, body, null, null, null);
    }

    private static Result finish(String id, String title, String body, String url, String source, String published) {
        if (id.length() > MAX_ID_CHARS) {
            return Result.rejected("article id of " + id.length() + " characters is over the limit of " + MAX_ID_CHARS);
        }
        int bodyBytes = utf8Length(body);
        if (bodyBytes > MAX_BODY_BYTES) {
            return Result.rejected("body of " + bodyBytes + " bytes is over the limit of " + MAX_BODY_BYTES
                    + " bytes (1 MiB): split the text or shorten it");
        }
        return Result.ok(new Article(id, title, body, url, source, published));
    }

    private static String idField(JsonNode root) throws FieldTypeException {
        JsonNode node = root.get("id");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        throw new FieldTypeException("field \"id\" must be a string or an integer, not " + describe(node));
    }

    private static String stringField(JsonNode root, String name) throws FieldTypeException {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new FieldTypeException("field \"" + name + "\" must be a string, not " + describe(node));
        }
        return node.asText();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.getNodeType() == JsonNodeType.MISSING) {
            return "(nothing)";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static String decodeUtf8(byte[] value) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(value));
        return chars.toString();
    }

    /** NUL bytes, or more than 1% other control characters, mean this is not text. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > 8 && controls * 100 > text.length();
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A field of the wrong JSON type; its message is the rejection reason. */
    private static final class FieldTypeException extends Exception {
        FieldTypeException(String message) {
            super(message, null, false, false);
        }
    }

    /** A whole record that is one JSON string literal was meant as JSON, not as plain text. */
    private static boolean isJsonString(String text) {
        if (text.length() < 2 || !text.endsWith("\"")) {
            return false;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return node != null && node.isTextual();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
