package io.dealstream.model;

import java.util.List;

/**
 * What one article says about one target company: the record on the {@code deal-mentions} topic,
 * keyed by {@link CompanyNames#key(String) the company's key}. It replaces whatever the same
 * article said about that company before, so an empty {@code mentions} list retracts an article's
 * earlier mentions (a corrected article that no longer names the company).
 */
public record ArticleMentions(
        String articleId,
        String title,
        String url,
        String publishedAt,
        String companyKey,
        List<DealMention> mentions) {

    public ArticleMentions {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
