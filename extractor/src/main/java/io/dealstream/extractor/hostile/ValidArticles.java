package io.dealstream.extractor.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ordinary, well-formed articles (written for these tests) that are fed around the hostile ones:
 * each states one deal whose target company key is known, so a test can check that none of them
 * is lost or garbled by the bad records next to it. Test data, in the main code beside
 * {@link HostileArticles} for the same reason.
 */
public final class ValidArticles {

    /** A valid article: its record key, its JSON bytes, and the company key of the deal it states. */
    public record Valid(String id, byte[] value, String targetKey) {
    }

    private ValidArticles() {
    }

    /** Four articles, each with its own target company; {@code round} makes ids and names unique per round. */
    public static List<Valid> batch(int round) {
        return List.of(
                valid("valid-" + round + "-funding", "Fernhollow Analytics" + suffix(round) + " raises $45 million in Series B",
                        "Fernhollow Analytics" + suffix(round) + " Inc said on Tuesday it raised $45 million in a Series B"
                                + " round led by Northgate Capital, valuing the startup at $300 million.",
                        "fernhollow-analytics" + keySuffix(round)),
                valid("valid-" + round + "-acquisition", "Calderwood Foods to buy Brightmere Dairy" + suffix(round),
                        "Calderwood Foods Corp agreed to acquire Brightmere Dairy" + suffix(round) + " for $310 million in"
                                + " cash, subject to regulatory approval, the companies said on Monday.",
                        "brightmere-dairy" + keySuffix(round)),
                valid("valid-" + round + "-euro", "Quillon Grid" + suffix(round) + " secures EUR 20 million",
                        "Berlin-based Quillon Grid" + suffix(round) + " GmbH has raised €20 million in a Series A round"
                                + " led by Harrow Ventures, the company said on Wednesday.",
                        "quillon-grid" + keySuffix(round)),
                valid("valid-" + round + "-debt", "Marlpit Solar" + suffix(round) + " lands $60 million credit facility",
                        "Marlpit Solar" + suffix(round) + " Ltd said it secured a $60 million credit facility from"
                                + " Eastbank Capital to build three new plants.",
                        "marlpit-solar" + keySuffix(round)));
    }

    /** Round 0 uses the plain names; later rounds add one or two distinct capitalised words so deals do not merge. */
    private static String suffix(int round) {
        if (round == 0) {
            return "";
        }
        int n = ROUND_WORDS.length;
        return " " + ROUND_WORDS[round % n] + (round < n ? "" : " " + ROUND_WORDS[(round / n) % n]);
    }

    private static String keySuffix(int round) {
        return suffix(round).toLowerCase().replace(' ', '-');
    }

    private static final String[] ROUND_WORDS = {"Zero", "Alder", "Birch", "Cedar", "Dunmore", "Elmwick", "Farrow",
            "Glenholm", "Hawthorn", "Ivybridge", "Juniper"};

    private static Valid valid(String id, String title, String body, String targetKey) {
        String json = "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body
                + "\", \"url\": \"https://news.example/" + id + "\", \"source\": \"Example Wire\","
                + " \"publishedAt\": \"2026-03-03T09:00:00Z\"}";
        return new Valid(id, json.getBytes(StandardCharsets.UTF_8), targetKey);
    }
}
