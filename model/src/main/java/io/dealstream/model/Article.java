package io.dealstream.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A news article as users feed it. {@code publishedAt} is kept as the text the source gave
 * ("2017-07-25", "2025-12-11 03:03:05", "1987-03-05T10:58:42", ISO instants); {@link
 * #publishedInstant()} reads it, taking times without a zone as UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String title,
        String body,
        String url,
        String source,
        @JsonAlias({"published", "published_at", "date"}) String publishedAt) {

    /** The publication time, if {@code publishedAt} holds one of the accepted forms. */
    @JsonIgnore
    public Optional<Instant> publishedInstant() {
        return parseTime(publishedAt);
    }

    public static Optional<Instant> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // fall through to the zone-less forms
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
