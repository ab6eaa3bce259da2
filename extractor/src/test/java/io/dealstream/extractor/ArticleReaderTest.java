package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.model.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static ArticleReader.Result read(String key, String value) {
        return ArticleReader.read(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String rejection(String key, String value) {
        ArticleReader.Result r = read(key, value);
        assertFalse(r.isValid(), "expected a rejection for: " + value);
        return r.rejection();
    }

    @Test
    void readsAJsonArticleWithEveryField() {
        ArticleReader.Result r = read(null, """
                {"id": "a-1", "title": "Acme raises $5M", "body": "Acme raised $5 million.",
                 "url": "https://example.com/a-1", "source": "Example Wire", "publishedAt": "2025-03-01",
                 "extra": [1, 2]}""");
        assertTrue(r.isValid(), r.rejection());
        Article a = r.article();
        assertEquals("a-1", a.id());
        assertEquals("Acme raises $5M", a.title());
        assertEquals("Acme raised $5 million.", a.body());
        assertEquals("https://example.com/a-1", a.url());
        assertEquals("Example Wire", a.source());
        assertEquals("2025-03-01", a.publishedAt());
    }

    @Test
    void acceptsPublishedUnderItsOtherNamesAndANumericId() {
        Article a = read(null, "{\"id\": 42, \"body\": \"text\", \"published\": \"1987-03-05T10:58:42\"}").article();
        assertEquals("42", a.id());
        assertEquals("1987-03-05T10:58:42", a.publishedAt());
    }

    @Test
    void takesTheRecordKeyWhenJsonHasNoId() {
        Article a = read("key-7", "{\"body\": \"Some text\"}").article();
        assertEquals("key-7", a.id());
        assertTrue(rejection(null, "{\"body\": \"Some text\"}").contains("no \"id\""));
    }

    @Test
    void readsPlainTextWithTheKeyAsIdAndAShortFirstLineAsTitle() {
        Article a = read("story-9", "Acme buys Globex\n\nAcme Corp said it agreed to buy Globex for $10 million.\n").article();
        assertEquals("story-9", a.id());
        assertEquals("Acme buys Globex", a.title());
        assertEquals("Acme Corp said it agreed to buy Globex for $10 million.", a.body());

        Article oneLine = read("story-10", "Acme Corp said it agreed to buy Globex.").article();
        assertNull(oneLine.title());
        assertEquals("Acme Corp said it agreed to buy Globex.", oneLine.body());

        String longFirstLine = "x".repeat(ArticleReader.MAX_TITLE_CHARS + 1);
        Article noTitle = read("story-11", longFirstLine + "\nsecond line").article();
        assertNull(noTitle.title());
    }

    @Test
    void rejectsPlainTextWithoutAKey() {
        assertTrue(rejection(null, "Acme Corp said it agreed to buy Globex.").contains("without a record key"));
    }

    @Test
    void rejectsBadJsonWithWhere() {
        String reason = rejection("k", "{\"id\": \"a\", \"body\": \"unterminated}");
        assertTrue(reason.startsWith("bad JSON"), reason);
        assertTrue(reason.contains("line"), reason);
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertTrue(rejection("k", "[{\"id\": \"a\", \"body\": \"x\"}]").contains("an array"));
        assertTrue(rejection("k", "\"just a string\"").contains("a string"));
    }

    @Test
    void rejectsFieldsOfTheWrongType() {
        assertEquals("field \"body\" must be a string, not a number", rejection("k", "{\"id\": \"a\", \"body\": 12}"));
        assertEquals("field \"title\" must be a string, not an object",
                rejection("k", "{\"id\": \"a\", \"title\": {}, \"body\": \"x\"}"));
        assertTrue(rejection("k", "{\"id\": [1], \"body\": \"x\"}").contains("\"id\""));
    }

    @Test
    void rejectsArticlesWithNeitherBodyNorTitle() {
        assertTrue(rejection("k", "{\"id\": \"a\"}").contains("no \"body\""));
        assertTrue(rejection("k", "{\"id\": \"a\", \"title\": \" \"}").contains("no \"body\""));
        assertTrue(rejection("k", "{\"id\": \"a\", \"body\": \"   \"}").contains("blank \"body\""));
        assertTrue(rejection("k", "   \n ").contains("blank"));
        assertTrue(ArticleReader.read("k", new byte[0]).rejection().contains("empty"));
        assertTrue(ArticleReader.read("k", null).rejection().contains("empty"));
    }

    @Test
    void rejectsBodiesOverTheLimitAndAcceptsOneAtTheLimit() {
        String atLimit = "a".repeat(ArticleReader.MAX_BODY_BYTES);
        assertTrue(read("k", "{\"id\": \"a\", \"body\": \"" + atLimit + "\"}").isValid());
        String over = atLimit + "b";
        String reason = rejection("k", "{\"id\": \"a\", \"body\": \"" + over + "\"}");
        assertTrue(reason.contains("over the limit"), reason);
        // multi-byte characters count as their UTF-8 bytes
        String euros = "€".repeat(ArticleReader.MAX_BODY_BYTES / 3 + 1);
        assertTrue(rejection("k", euros).contains("over the limit"));
    }

    @Test
    void rejectsHugeRecordsBeforeParsing() {
        byte[] huge = new byte[ArticleReader.MAX_RECORD_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertTrue(ArticleReader.read("k", huge).rejection().contains("record of"));
    }

    @Test
    void rejectsBinaryAndInvalidUtf8() {
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, 'a', 'b'};
        assertTrue(ArticleReader.read("k", invalid).rejection().contains("not UTF-8"));
        byte[] withNul = "PK\u0003\u0004\u0000\u0000zip".getBytes(StandardCharsets.UTF_8);
        assertTrue(ArticleReader.read("k", withNul).rejection().contains("binary"));
    }

    @Test
    void keepsUnicodeTextAndDropsAByteOrderMark() {
        byte[] bom = ("\uFEFF{\"id\": \"é\", \"body\": \"Société Générale a acquis 5% — pour 2,5 Md€\"}")
                .getBytes(StandardCharsets.UTF_8);
        Article a = ArticleReader.read(null, bom).article();
        assertEquals("é", a.id());
        assertTrue(a.body().startsWith("Société"));
    }

    @Test
    void aHeadlineWithoutABodyIsANewsFlash() {
        for (String json : new String[] {"{\"id\": \"a\", \"title\": \"Tallis buys Orrin\"}",
                "{\"id\": \"a\", \"title\": \"Tallis buys Orrin\", \"body\": \"  \"}"}) {
            ArticleReader.Result r = ArticleReader.read("k", json.getBytes(StandardCharsets.UTF_8));
            assertNull(r.rejection(), json);
            assertEquals("Tallis buys Orrin", r.article().title());
            assertEquals("", r.article().body());
        }
    }
}
