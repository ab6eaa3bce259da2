package io.dealstream.aggregator.streams;

import static io.dealstream.aggregator.streams.Articles.article;
import static io.dealstream.aggregator.streams.Articles.funding;
import static io.dealstream.aggregator.streams.Articles.investor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.Deal;
import io.dealstream.model.Json;
import io.dealstream.model.SourcedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealMergerTest {

    private final DealMerger merger = new DealMerger(CompanyResolver.none(), MergeRules.DEFAULTS);

    @Test
    void aHeavilyReportedDealStaysASmallRecordWithItsFirstAndLatestSources() {
        List<DealMerger.StoredMentions> stored = new ArrayList<>();
        LocalDate day = LocalDate.parse("2026-01-01");
        for (int i = 0; i < 150; i++) {
            ArticleMentions am = article(String.format("report-%03d", i), day.plusDays(i / 4).toString(), "OpenAI",
                    funding("OpenAI").amount(110e9).valuation(840e9, "post")
                            .party(investor("Investor " + (i % 30), 1e9))
                            .evidence("OpenAI's $110 billion round values it at $840 billion, report " + i + " says.")
                            .build());
            stored.add(new DealMerger.StoredMentions(am.companyKey(), am));
        }
        DealMerger.Ledger ledger = merger.derive("openai", stored);
        assertEquals(1, ledger.deals().size(), "daily reports within the window chain into one deal");
        Deal deal = ledger.deals().get(0);
        assertEquals(150, deal.sourceCount());
        assertEquals(DealMerger.MAX_SOURCES_LISTED, deal.sources().size());
        assertEquals("report-000", deal.sources().get(0).articleId(), "the first report is kept");
        assertEquals("report-149", deal.sources().get(deal.sources().size() - 1).articleId());
        List<SourcedValue> amounts = deal.fieldSources().get("amount");
        assertEquals(DealMerger.MAX_VALUES_PER_FIELD, amounts.size());
        assertEquals("report-000", amounts.get(0).articleId());
        assertEquals("report-149", amounts.get(amounts.size() - 1).articleId());
        assertEquals(150, deal.totals().sourceCount());
        int bytes = Json.write(deal).length();
        assertTrue(bytes < 256 * 1024, "a deal-update of " + bytes + " bytes");
    }

    @Test
    void theValueInForceKeepsItsSourceWhenTheListIsCapped() {
        List<DealMerger.StoredMentions> stored = new ArrayList<>();
        // One news report, then 40 later recalls stating a different status: the news value is in force.
        ArticleMentions news = article("news", "2026-01-01", "Acme", funding("Acme").amount(5e6).status("completed").build());
        stored.add(new DealMerger.StoredMentions(news.companyKey(), news));
        for (int i = 0; i < 40; i++) {
            ArticleMentions recall = article(String.format("recall-%02d", i), "2026-03-" + String.format("%02d", 1 + i % 28),
                    "Acme", funding("Acme").amount(5e6).status("announced").background().build());
            stored.add(new DealMerger.StoredMentions(recall.companyKey(), recall));
        }
        Deal deal = merger.derive("acme", stored).deals().get(0);
        assertEquals("completed", deal.status());
        assertTrue(deal.fieldSources().get("status").stream().anyMatch(v -> v.articleId().equals("news")));
        assertEquals(DealMerger.MAX_VALUES_PER_FIELD, deal.fieldSources().get("status").size());
    }

    @Test
    void moneyIsFoundInTheWordingsNewsUses() {
        assertTrue(EvidenceLocator.numberForms(110e9).contains("110"));
        assertTrue(EvidenceLocator.numberForms(1.2e9).containsAll(List.of("1.2", "1,200")));
        assertTrue(EvidenceLocator.numberForms(1.2e10).contains("1,200"), "crore: 1,200 crore is 1.2e10");
        assertTrue(EvidenceLocator.numberForms(750e6).contains("750"));
        assertEquals(List.of(), EvidenceLocator.numberForms(0));
    }
}
