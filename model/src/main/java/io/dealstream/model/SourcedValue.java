package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value that one source gave for one field of a deal, so that every figure of a merged deal
 * can be traced to the article and sentence that stated it. {@code value} is the field's JSON
 * (a number object for money, a string for a status, a list for tranches); {@code current} is
 * false when the article recalled the deal as background rather than reporting it as news.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourcedValue(
        JsonNode value,
        String articleId,
        String publishedAt,
        boolean current,
        String sentence) {
}
