package io.dealstream.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealContractTest {

    @Test
    void dealWithProvenanceRoundTripsThroughItsSerde() {
        Deal deal = new Deal("openai:funding:20260227:ab12cd34", "openai", "funding", "OpenAI",
                List.of(new Party("SoftBank", Party.INVESTOR, Money.of(30e9, "USD"))), null,
                Money.of(110e9, "USD"), new Valuation(840e9, "USD", "post"), "announced", List.of(), List.of(),
                true, new RoundTotals(Money.of(110e9, "USD"), Money.of(30e9, "USD"), null, null, 1, 1, List.of()),
                List.of(new SourceRef("a1", "2026-02-27T00:00:00Z", "t", null, "s")), List.of("amount"),
                "2026-02-27T00:00:00Z", "2026-02-27T00:00:00Z", "2026-02-27T00:00:00Z",
                Map.of("amount", List.of(new SourcedValue(Json.MAPPER.valueToTree(Money.of(110e9, "USD")),
                        "a1", "2026-02-27T00:00:00Z", true, "OpenAI raised $110 billion."))));
        var serde = new JsonSerde<>(Deal.class);
        Deal back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", deal));
        assertEquals(deal, back);
        assertTrue(Json.write(deal).contains("\"fieldSources\""));
    }

    @Test
    void olderConstructorsStillBuildTheRecords() {
        Deal deal = new Deal("d", "c", "funding", "C", null, null, null, null, null, null, null, true, null,
                null, null, null, null);
        assertEquals(Map.of(), deal.fieldSources());
        DealUpdate update = new DealUpdate("d", DealUpdate.CREATED, List.of(), "a1", deal);
        assertNull(update.replacedBy());
        var serde = Topics.DEAL_UPDATES.valueSerde();
        assertEquals(update, serde.deserializer().deserialize("t", serde.serializer().serialize("t", update)));
        ValuationPoint point = new ValuationPoint("c", "C", new Valuation(1e9, "USD", null), "2026-01-01", "d", null);
        assertTrue(point.current());
        var pointSerde = Topics.VALUATION_UPDATES.valueSerde();
        assertEquals(point, pointSerde.deserializer().deserialize("t", pointSerde.serializer().serialize("t", point)));
    }
}
