package io.dealstream.extractor.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A corpus of bad and adversarial {@code articles} records, generated in code (nothing large is
 * checked in). Each kind says what the extractor must do with it: reject it to the dead-letter
 * topic with a reason containing {@link Kind#reasonContains()}, or accept it and extract cleanly
 * (possibly nothing). Where an accepted kind wraps an ordinary article in something odd (a byte
 * order mark, unknown fields), {@link Kind#twin()} is that ordinary article: the extraction of both
 * must be the same.
 *
 * <p>It is in the main code, not the tests, so that the extractor's tests, the CLI's test on a real
 * broker and {@link HostileCorpusBench} (the figures in {@code docs/hostile-input.md}) all use one
 * corpus; nothing in the product calls it.
 */
public final class HostileArticles {

    /** What the extractor must do with a kind. */
    public enum Expect {
        /** To {@code articles-dlq}, with a reason. */
        REJECT,
        /** Read as an article; its extraction is clean (maybe empty). */
        ACCEPT
    }

    /**
     * One kind of hostile record. {@code value} is generated on each call of {@link #value()}, so
     * the 20 MB kinds are not held in memory.
     */
    public record Kind(String name, String what, String key, Supplier<byte[]> valueSupplier, Expect expect,
                       String reasonContains, byte[] twin) {
        public byte[] value() {
            return valueSupplier.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A deal sentence that the hostile variants below garble or surround. */
    static final String DEAL = "Tidewell Batteries Inc said on Thursday it raised $25 million in a Series A round led by"
            + " Orchard Lane Ventures.";

    private HostileArticles() {
    }

    /** Every kind, in a fixed order. */
    public static List<Kind> all() {
        List<Kind> k = new ArrayList<>();

        // --- not an article at all --------------------------------------------------------------
        k.add(reject("empty-record", "a record with no bytes", "h-empty", () -> new byte[0], "empty record"));
        k.add(reject("whitespace-record", "spaces, tabs and newlines only", "h-ws", () -> utf8(" \t\r\n  \n\t "),
                "blank record"));
        k.add(reject("invalid-json", "JSON with single quotes and a bare word", "h-invalid",
                () -> utf8("{\"id\": \"h-invalid\", 'body': tidewell raised money}"), "bad JSON"));
        k.add(reject("truncated-json", "an article cut off halfway", "h-truncated", () -> {
            byte[] full = article("h-truncated", DEAL);
            return Arrays.copyOf(full, full.length / 2);
        }, "bad JSON"));
        k.add(reject("json-array", "an array holding an article", "h-array",
                () -> utf8("[" + new String(article("h-array", DEAL), StandardCharsets.UTF_8) + "]"), "an array"));
        k.add(reject("json-number", "a bare JSON number", "h-number", () -> utf8("20260303"), "a number"));
        k.add(reject("json-string", "a bare JSON string", "h-string", () -> utf8("\"" + DEAL + "\""), "a string"));
        k.add(reject("json-literal", "the JSON literal null", "h-null", () -> utf8("null"), "null"));
        k.add(reject("json-boolean", "the JSON literal true", "h-true", () -> utf8("true"), "a boolean"));

        // --- wrong field types and missing fields -----------------------------------------------
        k.add(reject("body-number", "body is a number", "h-body-num",
                () -> utf8("{\"id\": \"h-body-num\", \"body\": 25000000}"), "\"body\" must be a string"));
        k.add(reject("body-object", "body is an object", "h-body-obj",
                () -> utf8("{\"id\": \"h-body-obj\", \"body\": {\"text\": \"" + DEAL + "\"}}"), "\"body\" must be a string"));
        k.add(reject("body-array", "body is an array of paragraphs", "h-body-arr",
                () -> utf8("{\"id\": \"h-body-arr\", \"body\": [\"" + DEAL + "\"]}"), "\"body\" must be a string"));
        k.add(reject("title-number", "title is a number", "h-title-num",
                () -> utf8("{\"id\": \"h-title-num\", \"title\": 7, \"body\": \"" + DEAL + "\"}"), "\"title\" must be a string"));
        k.add(reject("id-object", "id is an object", "h-id-obj",
                () -> utf8("{\"id\": {\"value\": \"h-id-obj\"}, \"body\": \"" + DEAL + "\"}"), "\"id\" must be"));
        k.add(reject("id-fraction", "id is a fractional number", "h-id-frac",
                () -> utf8("{\"id\": 12.5, \"body\": \"" + DEAL + "\"}"), "\"id\" must be"));
        k.add(reject("missing-body", "an object with neither a body nor a title", "h-no-body",
                () -> utf8("{\"id\": \"h-no-body\", \"url\": \"https://example.com/tidewell\"}"), "no \"body\""));
        k.add(reject("empty-body", "body is the empty string", "h-body-empty",
                () -> utf8("{\"id\": \"h-body-empty\", \"body\": \"\"}"), "blank \"body\""));
        k.add(reject("whitespace-body", "body is whitespace and escaped whitespace", "h-body-ws",
                () -> utf8("{\"id\": \"h-body-ws\", \"body\": \"  \\n\\t \\r\\n \"}"), "blank \"body\""));
        k.add(reject("no-id-no-key", "a JSON article with neither an id nor a record key", null,
                () -> utf8("{\"body\": \"" + DEAL + "\"}"), "no \"id\""));
        k.add(reject("plain-text-no-key", "plain text with no record key", null, () -> utf8(DEAL), "record key"));

        // --- size --------------------------------------------------------------------------------
        k.add(reject("body-20mb", "a 20 MB body", "h-20mb", () -> article("h-20mb", repeatTo(DEAL + " ", 20 << 20)),
                "over the limit"));
        k.add(reject("body-1.5mb", "a body over the 1 MiB body limit, in a record under the record limit", "h-1-5mb",
                () -> article("h-1-5mb", repeatTo(DEAL + " ", 3 << 19)), "over the limit"));
        k.add(reject("title-300kb", "a 300 KB title over a short body", "h-big-title",
                () -> utf8("{\"id\": \"h-big-title\", \"title\": \"" + repeatTo("Tidewell raises money ", 300_000)
                        + "\", \"body\": \"" + DEAL + "\"}"), "title"));
        k.add(reject("url-100kb", "a 100 KB url", "h-big-url",
                () -> utf8("{\"id\": \"h-big-url\", \"url\": \"https://news.example/" + "a".repeat(100_000)
                        + "\", \"body\": \"" + DEAL + "\"}"), "url"));
        k.add(reject("id-10k-chars", "a 10,000 character id", "h-long-id",
                () -> utf8("{\"id\": \"" + "i".repeat(10_000) + "\", \"body\": \"" + DEAL + "\"}"), "id of"));
        k.add(reject("long-number-field", "an id that is a 5,000 digit number", "h-long-num",
                () -> utf8("{\"id\": " + "9".repeat(5_000) + ", \"body\": \"" + DEAL + "\"}"), "Number value length"));

        // --- encodings ---------------------------------------------------------------------------
        k.add(reject("binary-random", "64 KB of random bytes", "h-binary", () -> {
            byte[] b = new byte[64 * 1024];
            new Random(5).nextBytes(b);
            return b;
        }, "UTF-8"));
        k.add(reject("binary-zip-header", "the start of a zip file (NUL bytes)", "h-zip",
                () -> new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00}, "binary"));
        k.add(reject("invalid-utf8-in-json", "a JSON article with a Latin-1 byte in its body", "h-latin1", () -> {
            byte[] a = article("h-latin1", "Tidewell Batteries raised \u00A325 million.");
            byte[] latin1 = new String(a, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            return latin1;
        }, "UTF-8"));
        k.add(reject("utf16-json", "an article encoded as UTF-16 with its byte order mark", "h-utf16",
                () -> new String(article("h-utf16", DEAL), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16),
                "UTF-16"));
        k.add(reject("lone-surrogate-in-id", "an id with a JSON \\ud800 escape: half of a UTF-16 pair", "h-sur-id",
                () -> utf8("{\"id\": \"h-sur\\ud800-id\", \"body\": \"" + DEAL + "\"}"), "surrogate"));

        // --- JSON structure ------------------------------------------------------------------------
        k.add(reject("nested-arrays-100k", "100,000 nested arrays", "h-nest-arr",
                () -> utf8("[".repeat(100_000) + "]".repeat(100_000)), "nesting depth"));
        k.add(reject("nested-objects-100k", "an article with 100,000 nested objects in an extra field", "h-nest-obj",
                () -> utf8("{\"id\": \"h-nest-obj\", \"body\": \"" + DEAL + "\", \"extra\": "
                        + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "}"), "nesting depth"));
        k.add(reject("duplicate-keys", "two bodies: which one is the article?", "h-dup",
                () -> utf8("{\"id\": \"h-dup\", \"body\": \"" + DEAL + "\", \"body\": \"Nothing happened.\"}"),
                "Duplicate field"));
        k.add(reject("trailing-garbage", "an article followed by more text", "h-trailing",
                () -> utf8(new String(article("h-trailing", DEAL), StandardCharsets.UTF_8) + " and more"), "bad JSON"));
        k.add(reject("two-objects", "two articles in one record", "h-two",
                () -> utf8(new String(article("h-two", DEAL), StandardCharsets.UTF_8)
                        + new String(article("h-two-b", DEAL), StandardCharsets.UTF_8)), "Trailing token"));
        k.add(reject("many-fields", "an object with 200,000 extra fields", "h-fields", () -> {
            StringBuilder s = new StringBuilder("{\"id\": \"h-fields\", \"body\": \"" + DEAL + "\"");
            for (int i = 0; i < 200_000; i++) {
                s.append(", \"f").append(i).append("\": 0");
            }
            return utf8(s.append('}').toString());
        }, "Token count"));
        k.add(reject("control-chars-in-id", "an id with a NUL and a newline (JSON escapes)", "h-ctl-id",
                () -> utf8("{\"id\": \"../h-ctl\\u0000id\\n\", \"body\": \"" + DEAL + "\"}"), "control characters"));

        // --- accepted, with a twin: the wrapping must not change the extraction -------------------
        byte[] plain = article("h-twin", DEAL);
        k.add(accept("utf8-bom", "an ordinary article after a UTF-8 byte order mark", "h-twin",
                () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), plain));
        k.add(accept("unknown-fields", "an ordinary article with unknown extra fields of every type", "h-twin",
                () -> utf8("{\"tags\": [\"ev\", {\"x\": [1, 2.5, null, true]}], \"score\": 1e308, \"id\": \"h-twin\","
                        + " \"body\": \"" + DEAL + "\", \"author\": null, \"lang\": \"en\"}"),
                utf8("{\"id\": \"h-twin\", \"body\": \"" + DEAL + "\"}")));
        k.add(accept("null-fields", "title, url, source and publishedAt are null", "h-twin",
                () -> utf8("{\"id\": \"h-twin\", \"title\": null, \"body\": \"" + DEAL + "\", \"url\": null,"
                        + " \"source\": null, \"publishedAt\": null}"),
                utf8("{\"id\": \"h-twin\", \"body\": \"" + DEAL + "\"}")));
        k.add(accept("crlf-and-padding", "the article with CRLF line ends and whitespace around it", "h-twin",
                () -> utf8("\r\n\r\n  {\r\n\"id\": \"h-twin\",\r\n\"body\": \"" + DEAL + "\"\r\n}  \r\n"),
                utf8("{\"id\": \"h-twin\", \"body\": \"" + DEAL + "\"}")));
        k.add(accept("zero-width-in-names", "zero-width spaces, joiners and soft hyphens inside names and numbers",
                "h-zw", () -> article("h-zw", "Tide\u200Bwell Batt\u00ADeries Inc said on Thursday it raised $2\u200D5"
                        + " mil\u2060lion in a Series A round led by Orch\uFEFFard Lane Ventures."), null));
        k.add(accept("control-chars-in-text", "BEL, ESC, backspace and DEL inside names and numbers (JSON escapes)",
                "h-ctl", () -> utf8("{\"id\": \"h-ctl\", \"body\": \"Tide\\u0007well Batteries Inc said on Thursday"
                        + " it raised $2\\u001b5 million in a Series A round led by Orchard\\u0008 Lane\\u007f Ventures.\"}"),
                null));
        k.add(accept("nul-escape-in-body", "a JSON \\u0000 escape and an &#0; entity inside the body", "h-nul-esc",
                () -> utf8("{\"id\": \"h-nul-esc\", \"body\": \"Tidewell\\u0000 Batteries&#0; Inc said on Thursday it raised"
                        + " $25 million in a Series A round led by Orchard Lane Ventures.\"}"), null));
        k.add(accept("rtl-override", "right-to-left overrides and isolates around names", "h-rtl",
                () -> article("h-rtl", "\u202ETidewell Batteries\u202C Inc said on Thursday it raised $25 million in a"
                        + " Series A round led by \u2067Orchard Lane Ventures\u2069.\u202D"), null));
        k.add(accept("lone-surrogate-escape", "JSON \\ud83d and \\udc00 escapes (halves of characters) in title and body",
                "h-surrogate", () -> utf8("{\"id\": \"h-surrogate\", \"title\": \"Tidewell \\ud83d raises\", \"body\": \""
                        + DEAL + " \\udc00\"}")));
        k.add(accept("emoji", "emoji around and inside names and amounts", "h-emoji",
                () -> article("h-emoji", "\uD83D\uDE80 Tidewell Batteries \uD83D\uDD0B Inc said on Thursday it raised"
                        + " $25 million \uD83D\uDCB0\uD83D\uDCB0 in a Series A round led by Orchard Lane Ventures \uD83C\uDF33."),
                null));
        k.add(accept("chinese", "a deal story in Chinese", "h-zh",
                () -> article("h-zh", "潮汐电池公司周四表示，已完成2500万美元A轮融资，由果园巷创投领投。该公司估值为1.5亿美元。"), null));
        k.add(accept("arabic", "a deal story in Arabic", "h-ar",
                () -> article("h-ar", "قالت شركة تايدويل للبطاريات يوم الخميس إنها جمعت 25 مليون دولار في جولة تمويل"
                        + " من الفئة أ بقيادة أورتشارد لين فنتشرز."), null));
        k.add(accept("russian", "a deal story in Russian", "h-ru",
                () -> article("h-ru", "Компания Tidewell Batteries в четверг сообщила, что привлекла $25 млн в раунде"
                        + " серии A под руководством Orchard Lane Ventures. Ранее ООО «Ромашка» купило завод за 3 млрд рублей."),
                null));
        k.add(accept("html-with-scripts", "an HTML page with scripts, styles and an event handler around the story",
                "h-html", () -> article("h-html", "<html><head><script>var deal = '$9 billion'; alert(document.cookie)"
                        + "</script><style>p{color:red}</style></head><body onload=\"steal()\"><p>" + DEAL
                        + "</p><script src=\"https://evil.example/x.js\"></script><img src=x onerror=alert(1)></body></html>"),
                null));

        // --- numbers that are not amounts -----------------------------------------------------------
        k.add(accept("number-1e309", "\"$1e309\" and \"$1e309 billion\": beyond a double", "h-1e309",
                () -> article("h-1e309", "Tidewell Batteries Inc said it raised $1e309 in a Series A round led by Orchard"
                        + " Lane Ventures. Zephyr Motors agreed to acquire Tidewell for $1e309 billion."), null));
        k.add(accept("negative-amounts", "\"$-5 million\", \"-$5 million\" and \"minus $5 million\"", "h-neg",
                () -> article("h-neg", "Tidewell Batteries Inc said it raised $-5 million in a Series A round led by Orchard"
                        + " Lane Ventures. Zephyr Motors agreed to acquire Glimmer Labs for -$5 million. Harlow Bank"
                        + " lent Ostrander Mills minus $5 million."), null));
        k.add(accept("nan-and-infinity", "\"$NaN billion\", \"$Infinity million\", \"€∞\"", "h-nan",
                () -> article("h-nan", "Tidewell Batteries Inc said it raised $NaN billion in a Series A round led by"
                        + " Orchard Lane Ventures. Zephyr Motors agreed to acquire Glimmer Labs for $Infinity million."
                        + " Harlow Bank lent Ostrander Mills €∞."), null));
        k.add(accept("absurdly-long-number", "a 400-digit amount (beyond a double) and a 2,000-digit one", "h-digits",
                () -> article("h-digits", "Tidewell Batteries Inc said it raised $" + "9".repeat(400) + " billion in a"
                        + " Series A round led by Orchard Lane Ventures. Zephyr Motors agreed to acquire Glimmer Labs for $"
                        + "1,000".repeat(400) + " million."), null));
        k.add(accept("money-flood-100k", "100,000 money mentions in one sentence", "h-flood",
                () -> article("h-flood", "Tidewell raised " + repeatTo("$1M, ", 100_000 * 5) + "from investors.")
                ));
        k.add(accept("money-sentences-100k", "100,000 short sentences, each with an amount", "h-flood-s",
                () -> article("h-flood-s", repeatTo("$7M. ", 100_000 * 5))));
        k.add(accept("tagger-worst-case", "120 sentences of ~140 tokens, each with amounts and deal words (most tagging work)",
                "h-tagger", () -> {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                body.append("Company").append(i).append(" Holdings raised $").append(i + 1).append(" million");
                for (int w = 0; w < 12; w++) {
                    body.append(", and Fund").append(i * 31 + w).append(" Capital led a round of $").append(w + 2)
                            .append(" million");
                }
                body.append(". ");
            }
            return article("h-tagger", body.toString());
        }));
        k.add(accept("repeated-deal-sentence", "one deal sentence repeated 8,000 times", "h-repeat",
                () -> article("h-repeat", repeatTo(DEAL + " ", 8_000 * (DEAL.length() + 1)))));

        // --- text shapes that stress tokenising, splitting and rules --------------------------------
        k.add(accept("sentence-1m-chars", "one 1,000,000 character sentence of words without a full stop",
                "h-sentence", () -> article("h-sentence", repeatTo("Tidewell raised $25 million from Orchard Lane and ",
                        1_000_000))));
        k.add(accept("token-1m-chars", "a single 1,000,000 character word", "h-token",
                () -> article("h-token", "x".repeat(1_000_000))));
        k.add(accept("newlines-200k", "200,000 newlines around the deal sentence", "h-newlines",
                () -> article("h-newlines", "\n".repeat(100_000) + DEAL + "\n".repeat(100_000))));
        k.add(accept("hard-wrapped-16k-lines", "16,000 lines of 60 characters (wire copy unwrapping)", "h-wrapped",
                () -> article("h-wrapped", repeatTo(DEAL.substring(0, 59) + "\n", 16_000 * 60))));
        k.add(accept("blank-runs", "runs of spaces, tabs and blank lines (500,000 characters)", "h-blank-runs",
                () -> article("h-blank-runs", DEAL + repeatTo(" \t \n\n  \t\n REUTER \n", 500_000) + DEAL)));
        k.add(accept("dots-500k", "500,000 full stops", "h-dots", () -> article("h-dots", ".".repeat(500_000))));
        k.add(accept("parentheses-100k", "50,000 nested parentheses around the deal", "h-parens",
                () -> article("h-parens", "(".repeat(50_000) + DEAL + ")".repeat(50_000))));
        k.add(accept("angle-names-40k", "40,000 distinct wire-style <Bracketed Names>", "h-angles", () -> {
            StringBuilder s = new StringBuilder(DEAL).append(' ');
            for (int i = 0; i < 40_000; i++) {
                s.append('<').append("Holding ").append(Integer.toString(i, 26).toUpperCase()).append(" Corp> ");
            }
            return article("h-angles", s.toString());
        }));
        k.add(accept("entity-flood", "100,000 HTML entities", "h-entities",
                () -> article("h-entities", DEAL + " " + repeatTo("&amp;&#x1F4B0;&#999999;&nbsp;", 900_000))));
        k.add(accept("capitalised-flood", "80,000 capitalised words in a row (a name finder's worst case)", "h-caps",
                () -> article("h-caps", "Tidewell raised $25 million from " + repeatTo("Orchard Lane Capital Partners ",
                        80_000 * 8) + ".")));

        // --- ids ---------------------------------------------------------------------------------
        k.add(accept("id-path-traversal", "id ../../etc/passwd: ids are opaque strings", "../../etc/passwd",
                () -> article("../../etc/passwd", DEAL)));
        k.add(accept("id-url-chars", "id with slashes, backslashes, percent-escapes, query and fragment", "h/a\\b%2F..%00?x=1#y",
                () -> article("h/a\\b%2F..%00?x=1#y", DEAL)));
        k.add(accept("id-integer", "a numeric id", "h-int", () -> utf8("{\"id\": 9007199254740993, \"body\": \"" + DEAL + "\"}")));
        k.add(accept("plain-text-with-key", "plain text keyed by its id", "h-plain", () -> utf8(DEAL)));
        k.add(accept("published-garbage", "publishedAt that is not a date, and one in the year 999999999", "h-date",
                () -> utf8("{\"id\": \"h-date\", \"publishedAt\": \"+999999999-12-31T23:59:59Z\", \"date\": \"soon\","
                        + " \"body\": \"Tidewell Batteries Inc said last year it raised $25 million in a Series A round"
                        + " led by Orchard Lane Ventures.\"}")));
        return List.copyOf(k);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Kind reject(String name, String what, String key, Supplier<byte[]> value, String reason) {
        return new Kind(name, what, key, value, Expect.REJECT, reason, null);
    }

    private static Kind accept(String name, String what, String key, Supplier<byte[]> value) {
        return new Kind(name, what, key, value, Expect.ACCEPT, null, null);
    }

    private static Kind accept(String name, String what, String key, Supplier<byte[]> value, byte[] twin) {
        return new Kind(name, what, key, value, Expect.ACCEPT, null, twin);
    }

    /** A JSON article with the given id and body (escaped as JSON). */
    static byte[] article(String id, String body) {
        return utf8("{\"id\": " + jsonString(id) + ", \"title\": \"Tidewell news\", \"body\": " + jsonString(body)
                + ", \"publishedAt\": \"2026-03-05\"}");
    }

    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String repeatTo(String unit, int chars) {
        StringBuilder s = new StringBuilder(chars + unit.length());
        while (s.length() < chars) {
            s.append(unit);
        }
        s.setLength(chars);
        return s.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
