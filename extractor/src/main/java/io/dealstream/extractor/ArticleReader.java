package io.dealstream.extractor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.dealstream.model.Article;
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
 *
 * <p>Hostile input is refused before it costs much: records over {@link #MAX_RECORD_BYTES} are not
 * parsed; JSON is parsed with limits on nesting ({@link #MAX_JSON_DEPTH}), number length, token
 * count and duplicate fields; every field has a length limit; ids may not hold control characters
 * (they end up in store keys and logs). Text fields keep what they say, except that an unpaired
 * UTF-16 surrogate (a lone surrogate escape in the JSON: half of a character) becomes U+FFFD, and
 * control characters in the title, url, source and date become spaces; those of the body are left
 * to the extractor's text cleaning.
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
    /** Longest accepted title: headlines are a line; a longer one is a body in the wrong field. */
    public static final int MAX_TITLE_FIELD_CHARS = 2_000;
    /** Longest accepted url. */
    public static final int MAX_URL_CHARS = 8_192;
    /** Longest accepted source and publication date. */
    public static final int MAX_SOURCE_CHARS = 512;
    /** Deepest JSON nesting accepted: an article is an object of strings; a few levels of extras are fine. */
    public static final int MAX_JSON_DEPTH = 64;
    /** Most JSON tokens accepted in one record (an article has a few dozen). */
    public static final int MAX_JSON_TOKENS = 100_000;
    /** Longest JSON number accepted, in characters. */
    public static final int MAX_JSON_NUMBER_CHARS = 100;

    /**
     * The parser for records: limits as above, duplicate fields refused (two bodies: which is the
     * article?), and nothing may follow the one JSON value.
     */
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxNumberLength(MAX_JSON_NUMBER_CHARS)
                    .maxStringLength(MAX_RECORD_BYTES)
                    .maxNameLength(1_000)
                    .maxDocumentLength(MAX_RECORD_BYTES)
                    .maxTokenCount(MAX_JSON_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        String otherEncoding = otherUnicodeEncoding(value);
        if (otherEncoding != null) {
            return Result.rejected(otherEncoding + " text (by its byte order mark): send articles as UTF-8");
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
        String scalar = jsonScalar(trimmed);
        if (scalar != null) {
            return Result.rejected("JSON " + scalar + " is not an article: send one JSON object per record");
        }
        return readPlainText(key, trimmed);
    }

    private static Result readJson(String key, String text) {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            return Result.rejected("bad JSON: " + e.getOriginalMessage()
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
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
        // a news flash is a headline alone, and it can carry a deal: only an article with no text at all is rejected
        boolean noTitle = title == null || title.isBlank();
        if (body == null && noTitle) {
            return Result.rejected("JSON article has no \"body\" field and no \"title\": put the article's text in \"body\"");
        }
        if ((body == null || body.isBlank()) && noTitle) {
            return Result.rejected("JSON article has a blank \"body\" and no \"title\": put the article's text in \"body\"");
        }
        if (body == null || body.isBlank()) {
            body = "";
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
        if (id.chars().anyMatch(Character::isISOControl)) {
            return Result.rejected("article id holds control characters (such as NUL or a line break): use printable ids");
        }
        if (hasUnpairedSurrogate(id)) {
            return Result.rejected("article id holds an unpaired UTF-16 surrogate (half of a character): use valid Unicode ids");
        }
        String tooLong = overLimit("title", title, MAX_TITLE_FIELD_CHARS, "is the body in the title field?");
        if (tooLong == null) {
            tooLong = overLimit("url", url, MAX_URL_CHARS, "shorten it");
        }
        if (tooLong == null) {
            tooLong = overLimit("source", source, MAX_SOURCE_CHARS, "shorten it");
        }
        if (tooLong == null) {
            tooLong = overLimit("publication date", published, MAX_SOURCE_CHARS, "send an ISO date or time");
        }
        if (tooLong != null) {
            return Result.rejected(tooLong);
        }
        int bodyBytes = utf8Length(body);
        if (bodyBytes > MAX_BODY_BYTES) {
            return Result.rejected("body of " + bodyBytes + " bytes is over the limit of " + MAX_BODY_BYTES
                    + " bytes (1 MiB): split the text or shorten it");
        }
        return Result.ok(new Article(id, metadata(title), replaceUnpairedSurrogates(body), metadata(url),
                metadata(source), metadata(published)));
    }

    private static String overLimit(String what, String value, int limit, String advice) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        return what + " of " + value.length() + " characters is over the limit of " + limit + ": " + advice;
    }

    /** A title, url, source or date on one line, with only whole characters. */
    private static String metadata(String value) {
        if (value == null) {
            return null;
        }
        String s = replaceUnpairedSurrogates(value);
        if (s.chars().anyMatch(Character::isISOControl)) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
            s = out.toString();
        }
        return blankToNull(s.strip());
    }

    static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * U+FFFD for each unpaired surrogate: JSON can escape half a character (a lone high or low
     * surrogate), which is not Unicode text; passed on, it reaches other readers as an escape that
     * they reject or mangle.
     */
    static String replaceUnpairedSurrogates(String s) {
        if (!hasUnpairedSurrogate(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
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

    /**
     * What JSON value a whole record is when it is one JSON string, number, boolean or null (meant
     * as JSON, not as plain text): "a string", "a number", ...; null when it is not one.
     */
    private static String jsonScalar(String text) {
        char first = text.charAt(0);
        boolean candidate = first == '"' ? text.endsWith("\"")
                : text.length() <= MAX_JSON_NUMBER_CHARS && (first == '-' || Character.isDigit(first)
                        || text.equals("true") || text.equals("false") || text.equals("null"));
        if (!candidate) {
            return null;
        }
        try {
            JsonNode node = READER.readTree(text);
            return node == null || node.isContainerNode() ? null : describe(node);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** "UTF-16" or "UTF-32" when the record starts with that encoding's byte order mark; null otherwise. */
    private static String otherUnicodeEncoding(byte[] value) {
        if (value.length >= 4 && ((value[0] == 0 && value[1] == 0 && (value[2] & 0xFF) == 0xFE && (value[3] & 0xFF) == 0xFF)
                || ((value[0] & 0xFF) == 0xFF && (value[1] & 0xFF) == 0xFE && value[2] == 0 && value[3] == 0))) {
            return "UTF-32";
        }
        if (value.length >= 2 && (((value[0] & 0xFF) == 0xFE && (value[1] & 0xFF) == 0xFF)
                || ((value[0] & 0xFF) == 0xFF && (value[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        return null;
    }
}
