package io.dealstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.model.Deal;
import io.dealstream.model.DealUpdate;
import io.dealstream.model.Json;
import io.dealstream.model.Money;
import org.junit.jupiter.api.Test;

class DealUpdateFormatTest {

    @Test
    void amountsReadLikeNewsFigures() {
        assertEquals("$110B", DealUpdateFormat.money(Money.of(110e9, "USD")));
        assertEquals("$1.25B", DealUpdateFormat.money(Money.of(1.25e9, "USD")));
        assertEquals("€48M", DealUpdateFormat.money(Money.of(48e6, "EUR")));
        assertEquals("₹12B", DealUpdateFormat.money(Money.of(1.2e10, "INR")));
        assertEquals("CHF 300K", DealUpdateFormat.money(Money.of(3e5, "CHF")));
        assertEquals("$150M-$200M", DealUpdateFormat.money(new Money(1.5e8, 2.0e8, "USD")));
    }

    @Test
    void aDealUpdateIsOneLineWithTheFactsThatMatter() throws Exception {
        String json = """
                {"dealId":"veridian-robotics:funding:1","change":"updated","changedFields":["amount"],"causedBy":"a-3",
                 "deal":{"id":"veridian-robotics:funding:1","companyKey":"veridian-robotics","type":"funding",
                   "target":"Veridian Robotics",
                   "parties":[{"name":"Tidewater Capital","role":"lead_investor","amount":{"value":1.2e8,"currency":"USD"}},
                              {"name":"Kestrel Growth","role":"investor"}],
                   "round":"series_d","amount":{"value":3.6e8,"currency":"USD"},
                   "valuation":{"value":2.5e9,"currency":"USD","basis":"post"},"status":"announced",
                   "conditions":[{"kind":"milestone","text":"starting production"}],"tranches":[],"current":true,
                   "sources":[{"articleId":"a-2"},{"articleId":"a-3"}],"conflicts":[]}}
                """;
        DealUpdate update = Json.MAPPER.readValue(json, DealUpdate.class);
        String line = DealUpdateFormat.oneLine(update);
        assertEquals("updated  funding      Veridian Robotics <- Tidewater Capital (lead, $120M), Kestrel Growth"
                + " | series d | $360M | valued $2.5B post | announced | 1 condition | 2 sources"
                + " | deal veridian-robotics:funding:1", line);
        assertTrue(!line.contains("\n"));
    }

    @Test
    void aRemovedDealSaysSo() {
        DealUpdate removed = new DealUpdate("acme:acquisition:1", DealUpdate.REMOVED, null, "a-9", (Deal) null);
        assertEquals("removed  deal acme:acquisition:1 (no article mentions it any more)", DealUpdateFormat.oneLine(removed));
    }
}
