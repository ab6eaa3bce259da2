package io.dealstream.aggregator.streams;

import io.dealstream.model.ArticleMentions;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.Condition;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Tranche;
import io.dealstream.model.Valuation;
import java.util.ArrayList;
import java.util.List;

/** Builders for what the extractor would send: the tests write the stories themselves. */
final class Articles {

    private Articles() {
    }

    static Money usd(double value) {
        return Money.of(value, "USD");
    }

    static Party investor(String name, Double amount) {
        return new Party(name, Party.INVESTOR, amount == null ? null : usd(amount));
    }

    static Party lead(String name, Double amount) {
        return new Party(name, Party.LEAD_INVESTOR, amount == null ? null : usd(amount));
    }

    /** An article's mentions of one company, keyed as the extractor keys them. */
    static ArticleMentions article(String id, String publishedAt, String target, DealMention... mentions) {
        return new ArticleMentions(id, "title of " + id, "https://news.example/" + id, publishedAt,
                CompanyNames.key(target), List.of(mentions));
    }

    static ArticleMentions retraction(String id, String publishedAt, String target) {
        return new ArticleMentions(id, "title of " + id, "https://news.example/" + id, publishedAt,
                CompanyNames.key(target), List.of());
    }

    static MentionBuilder funding(String target) {
        return new MentionBuilder("funding", target);
    }

    static MentionBuilder deal(String type, String target) {
        return new MentionBuilder(type, target);
    }

    static final class MentionBuilder {
        private final String type;
        private final String target;
        private final List<Party> parties = new ArrayList<>();
        private String round;
        private Money amount;
        private Valuation valuation;
        private String status = "announced";
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Tranche> tranches = new ArrayList<>();
        private boolean current = true;
        private final List<String> evidence = new ArrayList<>();

        MentionBuilder(String type, String target) {
            this.type = type;
            this.target = target;
        }

        MentionBuilder party(Party p) {
            parties.add(p);
            return this;
        }

        MentionBuilder round(String r) {
            round = r;
            return this;
        }

        MentionBuilder amount(double usd) {
            amount = usd(usd);
            return this;
        }

        MentionBuilder amount(Money m) {
            amount = m;
            return this;
        }

        MentionBuilder valuation(double usd, String basis) {
            valuation = new Valuation(usd, "USD", basis);
            return this;
        }

        MentionBuilder status(String s) {
            status = s;
            return this;
        }

        MentionBuilder condition(String kind, String text) {
            conditions.add(new Condition(kind, text));
            return this;
        }

        MentionBuilder tranche(double usd, boolean contingent) {
            tranches.add(new Tranche(usd(usd), contingent));
            return this;
        }

        MentionBuilder background() {
            current = false;
            return this;
        }

        MentionBuilder evidence(String... sentences) {
            evidence.addAll(List.of(sentences));
            return this;
        }

        DealMention build() {
            return new DealMention(type, target, parties, round, amount, valuation, status, conditions, tranches,
                    current, evidence);
        }
    }
}
