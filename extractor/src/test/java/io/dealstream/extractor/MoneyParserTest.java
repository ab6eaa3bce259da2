package io.dealstream.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.extractor.MoneyParser.MoneySpan;
import io.dealstream.model.Money;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Amazon bets $50B on the lab                 | 5.0e10  | USD",
            "a $1.2 billion deal                         | 1.2e9   | USD",
            "raised 50 bn dollars                        | 5.0e10  | USD",
            "a USD 300 million facility                  | 3.0e8   | USD",
            "a €2.5bn takeover                           | 2.5e9   | EUR",
            "a £5M seed round                            | 5.0e6   | GBP",
            "for 120 mln dlrs in cash                    | 1.2e8   | USD",
            "for 1.5 mln stg                             | 1.5e6   | GBP",
            "raised Rs 1,200 crore                       | 1.2e10  | INR",
            "for Rs 4,184 cr                             | 4.184e10| INR",
            "Rs 50 lakh seed cheque                      | 5.0e6   | INR",
            "for 300 billion yen                         | 3.0e11  | JPY",
            "a ¥12 billion stake                         | 1.2e10  | JPY",
            "2 billion yuan                              | 2.0e9   | CNY",
            "RMB 800 million                             | 8.0e8   | CNY",
            "about 37 mln Canadian dlrs                  | 3.7e7   | CAD",
            "worth about 28 mln U.S. dlrs                | 2.8e7   | USD",
            "for C$4.5 billion                           | 4.5e9   | CAD",
            "a price of ~A$10 million                    | 1.0e7   | AUD",
            "HK$120.5 million in shares                  | 1.205e8 | HKD",
            "US$17.8 million                             | 1.78e7  | USD",
            "161 mln marks                               | 1.61e8  | DEM",
            "4.5 billion Swiss francs                    | 4.5e9   | CHF",
            "6,160,000 dlrs in cash                      | 6.16e6  | USD",
            "one billion dlrs in assets                  | 1.0e9   | USD",
            "a $6.5B valuation                           | 6.5e9   | USD",
            "SEK 300 million                             | 3.0e8   | SEK",
            "$230M convertible note                      | 2.3e8   | USD",
            "$2.5 trillion in assets                     | 2.5e12  | USD",
            "a 70% stake for EUR469mn (the deal)         | 4.69e8  | EUR",
            "its $81-billion deal to buy                 | 8.1e10  | USD",
    })
    void normalisesCommonWordings(String text, double value, String currency) {
        Money money = MoneyParser.parse(text);
        assertNotNull(money, "no money found in: " + text);
        assertEquals(value, money.value(), value * 1e-9, text);
        assertEquals(currency, money.currency(), text);
        assertNull(money.valueHigh(), text);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "raising $150M-$200M                         | 1.5e8 | 2.0e8",
            "raising $150-200 million                    | 1.5e8 | 2.0e8",
            "between $750 million and $1 billion         | 7.5e8 | 1.0e9",
            "acquisitions in the 300 mln to 500 mln dlr range | 3.0e8 | 5.0e8",
            "$15-$25 billion each                        | 1.5e10 | 2.5e10",
    })
    void readsRanges(String text, double low, double high) {
        Money money = MoneyParser.parse(text);
        assertNotNull(money, text);
        assertEquals(low, money.value(), low * 1e-9, text);
        assertEquals(high, money.valueHigh(), high * 1e-9, text);
        assertEquals("USD", money.currency());
    }

    @Test
    void keepsTheNumberBehindQualifiers() {
        List<MoneySpan> spans = MoneyParser.find("committing up to $50 billion, more than $6 billion and about 3.5 mln dlrs");
        assertEquals(3, spans.size());
        assertEquals("up_to", spans.get(0).qualifier());
        assertEquals(5.0e10, spans.get(0).money().value());
        assertEquals("more_than", spans.get(1).qualifier());
        assertEquals(6.0e9, spans.get(1).money().value());
        assertEquals("about", spans.get(2).qualifier());
        assertEquals(3.5e6, spans.get(2).money().value());
    }

    @Test
    void flagsPricesPerShareAndRates() {
        List<MoneySpan> spans = MoneyParser.find(
                "offered 11.50 dlrs cash per share, or $4 a share, for a service priced at $3 per month");
        assertEquals(3, spans.size());
        assertTrue(spans.get(0).perShare());
        assertTrue(spans.get(1).perShare());
        assertTrue(spans.get(2).rate());
        assertFalse(spans.get(0).isLumpSum());
    }

    @Test
    void ignoresNumbersWithoutCurrency() {
        assertTrue(MoneyParser.find("a public company with one mln acres and 42 concessions in 1987").isEmpty());
        assertTrue(MoneyParser.find("Try the app; it has won 3 awards").isEmpty());
        assertTrue(MoneyParser.find("grew 49% to 5,000 merchants").isEmpty());
    }

    @Test
    void findsEveryAmountInASentence() {
        List<MoneySpan> spans = MoneyParser.find(
                "It started with a $30 million round in 2015, added $45 million last year and closed a $90 million raise.");
        assertEquals(List.of(3.0e7, 4.5e7, 9.0e7), spans.stream().map(s -> s.money().value()).toList());
    }
}
