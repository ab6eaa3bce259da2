package io.dealstream.cli.scale;

import io.dealstream.model.Article;
import io.dealstream.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus of invented news articles about deals, written from templates: funding
 * rounds told by one to three articles (announcement, investors' shares, a later recap), companies
 * that raise twice and recall the earlier round, acquisitions (some with conditions, some closed
 * later) and venture debt, in dollars, euros and pounds and in several wordings. The same seed
 * always gives the same articles in the same order; every name is invented.
 *
 * <p>{@link #feedOrder} also re-sends some articles: a few unchanged (duplicates), a few corrected
 * (same id, a different figure), each after its original, as a real wire does.
 */
public final class ArticleCorpus {

    /** One record to put on {@code articles}: the key (article id) and the article. */
    public record Item(String id, Article article, String kind) {
        public byte[] json() {
            try {
                return Json.MAPPER.writeValueAsBytes(article);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final String[] FIRST = {"Vel", "Quor", "Bri", "Nor", "Alt", "Cor", "Lum", "Tel", "Sol", "Kal",
        "Mer", "Oro", "Pax", "Rhe", "Syn", "Tav", "Ulm", "Vant", "Wex", "Zen", "Aster", "Bram", "Cael", "Dorn",
        "Elm", "Fen", "Gal", "Hal", "Ivo", "Jun"};
    private static final String[] MIDDLE = {"", "a", "o", "i", "e", "ar"};
    private static final String[] SECOND = {"trix", "vane", "lume", "stack", "wave", "path", "gen", "cast",
        "forge", "line", "dyne", "sphere", "nova", "mark", "grid", "loop", "span", "crest", "field", "bridge"};
    private static final String[][] SECTORS = {
        {"Robotics", "warehouse robotics"}, {"Health", "digital health"}, {"Bio", "biotech"},
        {"Systems", "industrial software"}, {"AI", "artificial intelligence"}, {"Energy", "battery storage"},
        {"Logistics", "freight logistics"}, {"Security", "cybersecurity"}, {"Labs", "developer tools"},
        {"Payments", "payments"}, {"Foods", "alternative protein"}, {"Analytics", "data analytics"}};
    private static final String[] INVESTORS = {"Granite Peak Capital", "Harbor Lane Ventures", "Northgate Ventures",
        "Sequel Partners", "Bluewater Growth", "Ironbark Capital", "Meridian Crest Partners", "Silver Fern Ventures",
        "Oakhollow Capital", "Tidewater Ventures", "Redstone Equity", "Lantern Hill Capital", "Cobalt Ridge Partners",
        "Evergate Ventures", "Summit Arc Capital", "Foxglove Ventures", "Westbrook Fund", "Kestrel Growth Partners",
        "Brightwater Capital", "Palisade Ventures", "Juniper Bay Capital", "Stonebridge Ventures",
        "Alder Street Partners", "Copperline Capital"};
    private static final String[] ACQUIRERS = {"Halvorsen Industries", "Brandt Systems", "Castellan Group",
        "Orlov Technologies", "Pemberton Holdings", "Vastra Corporation", "Kingsway Software", "Delacroix Group",
        "Marlow Networks", "Tessaro Corporation", "Arden Medical", "Whitfield Logistics"};
    private static final String[] LENDERS = {"Hercules Peak Lending", "Riverline Bank", "Trident Credit Partners",
        "Atlas Venture Debt", "Beacon Hill Bank"};
    private static final String[] PEOPLE = {"Dana Whitcombe", "Marco Ferreira", "Priya Raman", "Tom Okafor",
        "Lena Hartmann", "Samir Haddad", "Grace Liu", "Jonas Berg", "Ava Kowalski", "Noah Fischer"};
    private static final String[] CITIES = {"Boston", "Austin", "Berlin", "London", "Toronto", "Denver", "Paris",
        "Seattle", "Munich", "Chicago", "Dublin", "Atlanta"};
    private static final String[] SOURCES = {"Example Tech News", "Daily Ledger Wire", "Venture Review",
        "Market Desk", "The Funding Report"};
    private static final String[] ROUNDS = {"seed", "Series A", "Series B", "Series C", "Series D", "Series E"};
    private static final double[][] ROUND_RANGES = {{2e6, 8e6}, {8e6, 30e6}, {20e6, 90e6}, {50e6, 200e6},
        {100e6, 400e6}, {200e6, 900e6}};
    private static final String[] FILLER = {
        "%s said the money will pay for hiring and for expanding into new markets over the next two years.",
        "The company employs about %d people and expects to double that number by the end of next year.",
        "\"Our customers keep asking for the same thing, and now we can build it faster,\" %s said in an interview.",
        "The startup was founded in %d by two former engineers who met at university.",
        "Competition in the sector has grown as larger companies build similar products.",
        "The company declined to comment on its revenue.",
        "%s, the chief executive, said the company would keep its headquarters in %s.",
        "Analysts said the deal reflects growing interest in the sector after a slow year for the industry."};

    private final Random random;
    private final Set<String> usedCompanies = new LinkedHashSet<>();
    private final List<Item> items = new ArrayList<>();
    private int sequence;

    private ArticleCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} distinct articles, in story order (each story's articles together, oldest first). */
    public static List<Item> articles(int count, long seed) {
        ArticleCorpus corpus = new ArticleCorpus(seed);
        while (corpus.items.size() < count) {
            corpus.story();
        }
        return List.copyOf(corpus.items.subList(0, count));
    }

    /**
     * The order to feed them in: shuffled (so later reports of a round may arrive before earlier
     * ones), plus {@code duplicates} articles sent again unchanged and {@code corrections} articles
     * sent again with a corrected amount, each some time after its original.
     */
    public static List<Item> feedOrder(List<Item> articles, int duplicates, int corrections, long seed) {
        Random random = new Random(seed ^ 0x5eed);
        List<Item> order = new ArrayList<>(articles);
        Collections.shuffle(order, random);
        for (int i = 0; i < duplicates + corrections; i++) {
            int originalAt = random.nextInt(order.size() * 3 / 4);
            Item original = order.get(originalAt);
            Item again = i < duplicates ? new Item(original.id(), original.article(), "duplicate")
                    : corrected(original);
            int at = originalAt + 1 + random.nextInt(order.size() - originalAt);
            order.add(Math.min(at, order.size()), again);
        }
        return order;
    }

    /** The article with its first amount "N million" raised by a fifth: a wire correction. */
    private static Item corrected(Item original) {
        Article a = original.article();
        String body = a.body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) million").matcher(body);
        if (m.find()) {
            long value = Long.parseLong(m.group(1));
            body = body.substring(0, m.start(1)) + (value + Math.max(1, value / 5)) + body.substring(m.end(1));
        }
        body = body + " (Corrects the amount in the first paragraph.)";
        return new Item(original.id(), new Article(a.id(), a.title() + " (corrected)", body, a.url(), a.source(),
                a.publishedAt()), "correction");
    }

    /** Writes items as JSON Lines (for {@code dealstream extract} and {@code dealstream feed}). */
    public static void writeJsonLines(List<Item> items, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            out.append(new String(item.json(), StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Writes a corpus as JSON Lines: {@code ArticleCorpus COUNT SEED FILE}. */
    public static void main(String[] args) throws IOException {
        List<Item> items = feedOrder(articles(Integer.parseInt(args[0]), Long.parseLong(args[1])), 0, 0,
                Long.parseLong(args[1]));
        writeJsonLines(items, Path.of(args[2]));
    }

    // ---- stories

    private void story() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            fundingStory(newCompany(), randomDate(), pick(1, 4), true);
        } else if (roll < 62) {
            twoRoundsStory();
        } else if (roll < 88) {
            acquisitionStory();
        } else {
            debtStory();
        }
    }

    private record Company(String name, String sector, String city, String ceo) {
    }

    private Company newCompany() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String[] sector = SECTORS[random.nextInt(SECTORS.length)];
            String word = FIRST[random.nextInt(FIRST.length)] + MIDDLE[random.nextInt(MIDDLE.length)]
                    + SECOND[random.nextInt(SECOND.length)];
            // One company per invented word, so that no two companies share a name's first word.
            if (usedCompanies.add(word.toLowerCase(Locale.ROOT))) {
                return new Company(word + " " + sector[0], sector[1], CITIES[random.nextInt(CITIES.length)],
                        PEOPLE[random.nextInt(PEOPLE.length)]);
            }
        }
        throw new IllegalStateException("ran out of company names after " + usedCompanies.size());
    }

    /** A round reported by up to three articles: the announcement, the investors' shares, a recap. */
    private void fundingStory(Company c, LocalDate date, int roundIndex, boolean followUps) {
        String round = ROUNDS[roundIndex];
        String currency = pickCurrency();
        double amount = roundAmount(ROUND_RANGES[roundIndex][0], ROUND_RANGES[roundIndex][1]);
        List<String> investors = distinct(INVESTORS, 3);
        String lead = investors.get(0);
        double leadShare = roundAmount(amount * 0.3, amount * 0.5);
        boolean valued = random.nextBoolean();
        double valuation = roundAmount(amount * 4, amount * 9);
        String basis = random.nextBoolean() ? "after" : "before";

        String valuationClause = valued
                ? ", which values the company at " + money(valuation, currency) + " " + basis + " the investment" : "";
        String first = switch (random.nextInt(3)) {
            case 0 -> String.format("%s, a %s-based %s startup, has raised %s in a %s round led by %s. %s and %s also"
                    + " took part in the round%s.", c.name(), c.city(), c.sector(), money(amount, currency), round, lead,
                    investors.get(1), investors.get(2), valuationClause);
            case 1 -> String.format("%s led a %s %s round in %s, the %s company said on %s. %s and %s joined the round%s.",
                    lead, money(amount, currency), round, c.name(), c.sector(), weekday(date), investors.get(1),
                    investors.get(2), valuationClause);
            default -> String.format("%s said on %s it had closed a %s %s funding round led by %s, with participation"
                    + " from %s and %s%s.", c.name(), weekday(date), money(amount, currency), round, lead, investors.get(1),
                    investors.get(2), valuationClause);
        };
        add(c.name() + " raises " + money(amount, currency) + " " + round, date, "funding",
                first, filler(c), filler(c));

        if (followUps && random.nextInt(100) < 55) {
            LocalDate later = date.plusDays(1 + random.nextInt(6));
            String second = String.format("%s invested %s in %s's %s %s round, according to people familiar with the"
                            + " terms. %s put in %s.", lead, money(leadShare, currency), c.name(), money(amount, currency),
                    round, investors.get(1), money(roundAmount(amount * 0.1, amount * 0.25), currency));
            add("Inside " + c.name() + "'s " + round, later, "funding-shares", second, filler(c));
        }
        if (followUps && random.nextInt(100) < 30) {
            LocalDate later = date.plusDays(7 + random.nextInt(20));
            String third = String.format("%s, which raised %s in a %s round led by %s earlier this month, said on %s it"
                            + " had opened an office in %s.", c.name(), money(amount, currency), round, lead, weekday(later),
                    CITIES[random.nextInt(CITIES.length)]);
            add(c.name() + " expands", later, "funding-recap", third, filler(c));
        }
    }

    /** A company raising twice, a year or more apart; the second report recalls the first round. */
    private void twoRoundsStory() {
        Company c = newCompany();
        int earlier = pick(0, 3);
        LocalDate firstDate = randomDate().minusYears(1);
        fundingStory(c, firstDate, earlier, false);
        int later = earlier + 1;
        String currency = "USD";
        double amount = roundAmount(ROUND_RANGES[later][0], ROUND_RANGES[later][1]);
        String lead = INVESTORS[random.nextInt(INVESTORS.length)];
        LocalDate date = firstDate.plusDays(380 + random.nextInt(200));
        String text = String.format("%s has raised %s in a %s round led by %s, the company said on %s. The %s startup"
                        + " last raised money in %d, when it closed a %s round.", c.name(), money(amount, currency),
                ROUNDS[later], lead, weekday(date), c.sector(), firstDate.getYear(), ROUNDS[earlier]);
        add(c.name() + " raises " + ROUNDS[later], date, "funding-second", text, filler(c));
    }

    private void acquisitionStory() {
        Company c = newCompany();
        String acquirer = ACQUIRERS[random.nextInt(ACQUIRERS.length)];
        String currency = pickCurrency();
        double price = roundAmount(50e6, 3e9);
        LocalDate date = randomDate();
        String first = switch (random.nextInt(3)) {
            case 0 -> String.format("%s has agreed to acquire %s for %s, the companies said on %s. The deal is subject to"
                    + " regulatory approval and is expected to close in the second half of the year.",
                    acquirer, c.name(), money(price, currency), weekday(date));
            case 1 -> String.format("%s said on %s it would buy %s, a %s %s company, in a deal valued at %s.",
                    acquirer, weekday(date), c.name(), c.city(), c.sector(), money(price, currency));
            default -> String.format("%s will acquire %s for %s in cash, the companies announced on %s. The acquisition"
                    + " still needs the approval of %s shareholders.", acquirer, c.name(), money(price, currency),
                    weekday(date), c.name());
        };
        add(acquirer + " to buy " + c.name(), date, "acquisition", first, filler(c));
        if (random.nextInt(100) < 40) {
            LocalDate later = date.plusDays(20 + random.nextInt(40));
            String done = String.format("%s completed its %s acquisition of %s on %s.", acquirer,
                    money(price, currency), c.name(), weekday(later));
            add(acquirer + " completes " + c.name() + " deal", later, "acquisition-closed", done, filler(c));
        }
    }

    private void debtStory() {
        Company c = newCompany();
        String lender = LENDERS[random.nextInt(LENDERS.length)];
        double amount = roundAmount(10e6, 150e6);
        LocalDate date = randomDate();
        String text = random.nextBoolean()
                ? String.format("%s has secured a %s credit facility from %s, the company said on %s.",
                        c.name(), money(amount, "USD"), lender, weekday(date))
                : String.format("%s said on %s it had obtained %s in venture debt from %s to fund its expansion.",
                        c.name(), weekday(date), money(amount, "USD"), lender);
        add(c.name() + " secures debt financing", date, "debt", text, filler(c));
    }

    // ---- pieces

    private void add(String title, LocalDate date, String kind, String... paragraphs) {
        sequence++;
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String id = String.format("gen-%05d-%s", sequence, slug.length() > 40 ? slug.substring(0, 40) : slug);
        String published = date.atTime(LocalTime.of(6 + random.nextInt(12), random.nextInt(60)))
                .atOffset(ZoneOffset.UTC).toInstant().toString();
        Article article = new Article(id, title, String.join("\n\n", paragraphs),
                "https://news.example.com/" + date + "/" + slug, SOURCES[random.nextInt(SOURCES.length)], published);
        items.add(new Item(id, article, kind));
    }

    private String filler(Company c) {
        String template = FILLER[random.nextInt(FILLER.length)];
        return template.indexOf('%') < 0 ? template : fill(template, c);
    }

    private String fill(String template, Company c) {
        List<Object> args = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%([sd])").matcher(template);
        boolean personUsed = false;
        while (m.find()) {
            if (m.group(1).equals("d")) {
                args.add(template.contains("founded") ? 2012 + random.nextInt(10) : 20 + random.nextInt(400));
            } else if (!personUsed) {
                args.add(c.ceo());
                personUsed = true;
            } else {
                args.add(c.city());
            }
        }
        return String.format(template, args.toArray());
    }

    private String pickCurrency() {
        int roll = random.nextInt(100);
        return roll < 75 ? "USD" : roll < 90 ? "EUR" : "GBP";
    }

    /** An amount in [low, high), rounded to two significant figures, as news reports them. */
    private double roundAmount(double low, double high) {
        double v = low + random.nextDouble() * (high - low);
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / magnitude) * magnitude;
    }

    /** Money in one of the usual wordings: "$45 million", "$45M", "US$1.2 billion", "€40 million", "£12.5M". */
    private String money(double value, String currency) {
        String symbol = switch (currency) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> random.nextInt(8) == 0 ? "US$" : "$";
        };
        boolean billions = value >= 1e9;
        double scaled = billions ? value / 1e9 : value / 1e6;
        String number = scaled == Math.rint(scaled) ? String.valueOf((long) scaled) : String.valueOf(Math.round(scaled * 10) / 10.0);
        return switch (random.nextInt(3)) {
            case 0 -> symbol + number + (billions ? "B" : "M");
            default -> symbol + number + (billions ? " billion" : " million");
        };
    }

    private LocalDate randomDate() {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
    }

    private static String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private int pick(int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    private List<String> distinct(String[] pool, int n) {
        List<String> copy = new ArrayList<>(List.of(pool));
        Collections.shuffle(copy, random);
        return copy.subList(0, n);
    }
}
