package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a figure came from: the article, when it was published, and the sentence that stated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceRef(String articleId, String publishedAt, String title, String url, String sentence) {
}
