package io.dealstream.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

    @Test
    void companyKeysIgnoreCaseSuffixesAndPossessives() {
        assertEquals("amazon", CompanyNames.key("Amazon"));
        assertEquals("amazon", CompanyNames.key("Amazon.com Inc."));
        assertEquals("amazon", CompanyNames.key("Amazon's"));
        assertEquals("amazon-web-services", CompanyNames.key("Amazon Web Services"));
        assertEquals("sage", CompanyNames.key("The Sage Group plc"));
        assertEquals("nestle", CompanyNames.key("Nestlé S.A."));
        assertEquals("", CompanyNames.key("Inc."));
    }

    @Test
    void articleAcceptsTheDateFormsSourcesUse() {
        Article a = read("{\"id\":\"a\",\"body\":\"x\",\"published\":\"2025-12-11 03:03:05\"}", Article.class);
        assertEquals(Instant.parse("2025-12-11T03:03:05Z"), a.publishedInstant().orElseThrow());
        assertEquals(Instant.parse("2017-07-25T00:00:00Z"), Article.parseTime("2017-07-25").orElseThrow());
        assertEquals(Instant.parse("1987-03-05T10:58:42Z"), Article.parseTime("1987-03-05T10:58:42").orElseThrow());
        assertEquals(Instant.parse("2026-01-01T09:00:00Z"), Article.parseTime("2026-01-01T10:00:00+01:00").orElseThrow());
        assertTrue(Article.parseTime("yesterday").isEmpty());
    }

    @Test
    void dealMentionRoundTripsInTheSpecShape() {
        DealMention m = new DealMention("funding", "OpenAI",
                List.of(new Party("Amazon", Party.LEAD_INVESTOR, Money.of(50e9, "USD"))),
                null, new Money(1.5e8, 2.0e8, "USD"), new Valuation(840e9, "USD", "post"), "announced",
                List.of(new Condition("ipo", "progress toward an IPO")),
                List.of(new Tranche(Money.of(15e9, "USD"), false)), true, List.of());
        String json = Json.write(m);
        assertTrue(json.contains("\"value_high\":2.0E8"), json);
        assertTrue(json.contains("\"round\":null"), json);
        assertTrue(!json.contains("evidence"), json);
        assertEquals(m, read(json, DealMention.class));
    }

    @Test
    void valuationRangeKeepsItsHighEndAndASingleFigureWritesNone() {
        Valuation range = new Valuation(7.5e8, 1e9, "USD", null);
        String json = Json.write(range);
        assertTrue(json.contains("\"value_high\":1.0E9") && json.contains("\"basis\":null"), json);
        assertEquals(range, read(json, Valuation.class));
        assertEquals(new Money(7.5e8, 1e9, "USD"), range.money());
        String single = Json.write(new Valuation(8.4e11, "USD", "post"));
        assertTrue(!single.contains("value_high"), single);
        assertEquals(new Valuation(8.4e11, "USD", "post"), read("{\"value\":8.4e11,\"currency\":\"USD\",\"basis\":\"post\"}", Valuation.class));
    }

    @Test
    void serdeRoundTripsAndNullIsTombstone() {
        var serde = Topics.DEAL_MENTIONS.valueSerde();
        ArticleMentions am = new ArticleMentions("a1", "t", null, "2026-01-01", "openai", List.of());
        byte[] bytes = serde.serializer().serialize("deal-mentions", am);
        assertEquals(am, serde.deserializer().deserialize("deal-mentions", bytes));
        assertNull(serde.serializer().serialize("deal-mentions", null));
    }

    @Test
    void moneyToleranceNeedsSameCurrency() {
        assertTrue(Money.of(100, "USD").closeTo(Money.of(100.5, "USD"), 0.01));
        assertTrue(!Money.of(100, "USD").closeTo(Money.of(100, "EUR"), 0.01));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
