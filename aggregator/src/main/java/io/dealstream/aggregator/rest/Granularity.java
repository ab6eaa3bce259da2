package io.dealstream.aggregator.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** Time buckets of {@code /stats/volume}, in UTC: day 2026-02-24, ISO week 2026-W09, month 2026-02. */
public enum Granularity {
    DAY, WEEK, MONTH;

    public static Optional<Granularity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Granularity g : values()) {
            if (g.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public String period(Instant time) {
        LocalDate date = time.atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
