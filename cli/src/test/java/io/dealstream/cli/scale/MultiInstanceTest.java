package io.dealstream.cli.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.AggregatorService;
import io.dealstream.cli.LocalPipeline;
import io.dealstream.cli.broker.EmbeddedKafkaBroker;
import io.dealstream.cli.kafka.KafkaConnection;
import io.dealstream.cli.kafka.TopicSetup;
import io.dealstream.model.AppIds;
import io.dealstream.model.ArticleMentions;
import io.dealstream.model.CompanyNames;
import io.dealstream.model.Condition;
import io.dealstream.model.DealMention;
import io.dealstream.model.Money;
import io.dealstream.model.Party;
import io.dealstream.model.Topics;
import io.dealstream.model.Valuation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several aggregator instances sharing the work (issue 5, multi-instance interactive queries), on a
 * real broker started in this JVM: topics with 6 partitions, 3 {@link AggregatorService}s (each its
 * own state directory, HTTP port and {@code application.server}, one standby replica), deal mentions
 * of 30 companies written straight to {@code deal-mentions} (no CoreNLP, so it stays fast).
 *
 * <ol>
 * <li>Every instance answers every query (each company, its valuations, each deal, each investor,
 *     volume statistics) with the same JSON, and that JSON is what the mentions say; keys owned by
 *     other instances are forwarded, list endpoints fan out, {@code /instances} shows all three.</li>
 * <li>One instance is stopped (closed). The other two answer every query again, with the same JSON,
 *     and keep doing so through the rebalance that follows; meanwhile an answer is only ever the
 *     right JSON or a 503 with {@code Retry-After} (never a 500, a 404 or another body). A mention
 *     written after the stop reaches the survivors (its partition is processed again).</li>
 * </ol>
 * The times are printed (the {@code scale-out figures} line) and written down in docs/scale-out.md;
 * the waits below are failure timeouts for a loaded machine, not performance limits.
 */
class MultiInstanceTest {

    private static final Logger LOG = LoggerFactory.getLogger(MultiInstanceTest.class);

    private static final int PARTITIONS = 6;
    private static final int INSTANCES = 3;
    private static final int COMPANIES = 30;
    private static final Duration START_WAIT = Duration.ofMinutes(3);
    private static final Duration RECOVERY_WAIT = Duration.ofMinutes(2);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final String[] WORDS = {"Arvel", "Briskon", "Cendra", "Dovex", "Elmara", "Fyralis", "Gornet",
        "Hexaly", "Istrava", "Jorvane"};
    private static final String[] SECTORS = {"Dynamics", "Robotics", "Health"};
    private static final String[] INVESTORS = {"Granite Peak Capital", "Harbor Lane Ventures", "Northgate Ventures",
        "Sequel Partners", "Bluewater Growth"};
    private static final String[] ACQUIRERS = {"Halvorsen Industries", "Brandt Systems", "Castellan Group"};

    @TempDir
    Path dir;

    /** What the test wrote about one company, and so what the ledger must say. */
    record Company(int index, String name, String key, boolean acquisition, double amount, double valuation,
                   String lead, String coInvestor, LocalDate announced, boolean recall) {
        static final double RECALLED_SEED = 3e6;

        String round() {
            return List.of("series_a", "series_b", "series_c").get(index % 3);
        }

        int dealCount() {
            return recall ? 2 : 1;
        }

        /** Funding raised: the round, plus the recalled earlier seed round (background rounds count). */
        double totalRaised() {
            return acquisition ? 0 : amount + (recall ? RECALLED_SEED : 0);
        }
    }

    @Test
    void everyInstanceAnswersEveryQueryTheSameAndTheSurvivorsDoAgainAfterOneIsStopped() throws Exception {
        List<Company> companies = companies();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"))) {
            KafkaConnection kafka = new KafkaConnection(broker.bootstrapServers(), new Properties());
            try (Admin admin = Admin.create(kafka.admin())) {
                TopicSetup.createAll(admin, PARTITIONS, 30_000);
            }
            List<AggregatorService> nodes = new ArrayList<>();
            try {
                long started = System.nanoTime();
                for (int i = 0; i < INSTANCES; i++) {
                    AggregatorService node = new AggregatorService(instanceProperties(broker.bootstrapServers(), i),
                            "localhost", 0);
                    nodes.add(node);
                    node.start();
                }
                produce(kafka, mentions(companies));

                HttpProbe http = new HttpProbe();
                List<String> urls = nodes.stream().map(n -> "http://localhost:" + n.httpPort()).toList();
                Map<String, JsonNode> baseline = awaitExpectedAnswers(http, urls.get(0), companies);
                List<String> queries = new ArrayList<>(baseline.keySet());
                long readyMillis = millisSince(started);

                // 1. Every instance gives the same answer to every query, some of them read from another instance.
                Sweep all = sweep(http, urls, queries, baseline);
                assertTrue(all.failures.isEmpty(), "answers differ between instances: " + all.failures);
                assertEquals(urls.size() * queries.size(), all.ok, "every instance answers every query");
                for (String url : urls) {
                    assertTrue(all.forwardedBy.getOrDefault(url, 0) > 0,
                            url + " answered every query itself: no key of another instance was forwarded");
                }
                Map<String, Set<Integer>> owners = assertInstancesView(http, urls, INSTANCES);

                // 2. Stop the instance that owns the most partitions; the others must answer everything again.
                int victim = victimIndex(urls, owners);
                String victimUrl = urls.get(victim);
                List<String> survivors = urls.stream().filter(u -> !u.equals(victimUrl)).toList();
                long stopStarted = System.nanoTime();
                nodes.get(victim).close();
                long closeMillis = millisSince(stopStarted);
                // A company first reported now, in a partition the stopped instance was processing.
                Company newcomer = newcomerIn(owners.get(victimUrl), companies);
                produce(kafka, List.of(plannedAcquisition(newcomer)));

                Map<String, Long> firstAnsweredMillis = new TreeMap<>();
                long recoveredMillis = -1;
                long unavailable = 0;
                Set<String> reasons = new TreeSet<>();
                long unavailableAfterRecovery = 0;
                long sweeps = 0;
                long rebalancedMillis = -1;
                long resumedMillis = -1;
                long deadline = System.nanoTime() + RECOVERY_WAIT.toNanos();
                while (rebalancedMillis < 0 || resumedMillis < 0 || sweeps < 3) {
                    if (System.nanoTime() > deadline) {
                        fail("not recovered within " + RECOVERY_WAIT + ": answered again " + firstAnsweredMillis.size()
                                + " of " + queries.size() + " queries; rebalanced: " + (rebalancedMillis >= 0)
                                + "; the new company processed: " + (resumedMillis >= 0));
                    }
                    Sweep s = sweep(http, survivors, queries, baseline);
                    sweeps++;
                    assertTrue(s.failures.isEmpty(), "after the stop, an answer was neither the same JSON nor a 503"
                            + " with Retry-After: " + s.failures);
                    s.okAt.forEach((q, at) -> firstAnsweredMillis.putIfAbsent(q, (at - stopStarted) / 1_000_000));
                    unavailable += s.unavailable;
                    reasons.addAll(s.unavailableReasons);
                    if (recoveredMillis < 0 && s.unavailable == 0) {
                        recoveredMillis = millisSince(stopStarted);
                    } else if (recoveredMillis >= 0) {
                        unavailableAfterRecovery += s.unavailable;
                    }
                    if (rebalancedMillis < 0 && rebalancedTo(http, survivors)) {
                        rebalancedMillis = millisSince(stopStarted);
                    }
                    if (resumedMillis < 0 && companyShows(http, survivors.get(0), newcomer, 1)) {
                        resumedMillis = millisSince(stopStarted);
                    }
                }
                long slowestQuery = firstAnsweredMillis.values().stream().mapToLong(Long::longValue).max().orElse(-1);
                assertEquals(queries.size(), firstAnsweredMillis.size());
                assertInstancesView(http, survivors, INSTANCES - 1);
                Sweep after = sweep(http, survivors, queries, baseline);
                assertEquals(survivors.size() * queries.size(), after.ok, "after the rebalance: " + after.failures);
                JsonNode newcomerSummary = awaitCompany(http, survivors.get(0), newcomer, 1);
                for (String url : survivors) {
                    assertEquals(newcomerSummary, awaitCompany(http, url, newcomer, 1));
                }

                String figures = String.format("scale-out figures: %d instances, %d partitions, %d queries;"
                                + " all answered identically %d ms after start; stopped the instance with %d partitions"
                                + " (close took %d ms); every query answered again %d ms after the stop began (slowest"
                                + " single query %d ms; %d answers were 503, %d of them after that); group rebalanced to"
                                + " %d instances after %d ms; a company first reported after the stop, in a partition of the"
                                + " stopped instance, queryable after %d ms; %d sweeps of %d answers each",
                        INSTANCES, PARTITIONS, queries.size(), readyMillis, owners.get(victimUrl).size(), closeMillis,
                        recoveredMillis, slowestQuery, unavailable, unavailableAfterRecovery, INSTANCES - 1,
                        rebalancedMillis, resumedMillis, sweeps, queries.size() * survivors.size());
                LOG.info(figures);
                LOG.info("reasons given with the 503 answers: {}", reasons);
                System.out.println(figures);
            } finally {
                for (AggregatorService node : nodes) {
                    node.close();
                }
            }
        }
    }

    // ------------------------------------------------------------------ the instances

    /**
     * Streams properties as the CLI builds them, plus one standby replica; each instance its own
     * state. Standbys may answer only when caught up: the test asks for the exact answers, and a copy
     * within a larger bound may rightly answer with an older version. Under exactly-once the marker
     * that commits each transaction takes an offset of the changelog, so a caught-up copy is 1 behind.
     */
    private Properties instanceProperties(String bootstrap, int index) {
        Properties props = LocalPipeline.streamsProperties(AppIds.AGGREGATOR, bootstrap,
                dir.resolve("state-" + index), new Properties());
        props.put("num.standby.replicas", "1");
        props.put("dealstream.query.max.standby.lag", "1");
        return props;
    }

    /** The partition of {@code deal-mentions} (and of the aggregator's stores) that holds a company. */
    private static int partitionOf(String companyKey) {
        byte[] key = companyKey.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(key)) % PARTITIONS;
    }

    private static int victimIndex(List<String> urls, Map<String, Set<Integer>> owners) {
        int best = 0;
        for (int i = 1; i < urls.size(); i++) {
            if (owners.get(urls.get(i)).size() > owners.get(urls.get(best)).size()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Checks {@code /instances} on each instance: the same list of {@code expected} instances, whose
     * active partitions of the ledger cover every partition exactly once, with standby copies;
     * returns each instance's active ledger partitions.
     */
    private static Map<String, Set<Integer>> assertInstancesView(HttpProbe http, List<String> urls, int expected)
            throws InterruptedException {
        JsonNode first = null;
        Map<String, Set<Integer>> owners = new LinkedHashMap<>();
        for (String url : urls) {
            HttpProbe.Answer answer = http.get(url, "/instances");
            assertTrue(answer.ok(), url + "/instances: " + answer);
            JsonNode view = withoutSelf(answer.body());
            if (first == null) {
                first = view;
            } else {
                assertEquals(first, view, "/instances differs between instances");
            }
        }
        assertEquals(expected, first.get("instances").size(), "instances: " + first);
        Set<Integer> active = new TreeSet<>();
        Set<Integer> standby = new TreeSet<>();
        for (JsonNode instance : first.get("instances")) {
            String url = "http://" + instance.get("host").asText() + ":" + instance.get("port").asInt();
            Set<Integer> mine = ledgerPartitions(instance.get("activePartitions"));
            mine.forEach(p -> assertTrue(active.add(p), "partition " + p + " has two active instances: " + instance));
            standby.addAll(ledgerPartitions(instance.get("standbyPartitions")));
            owners.put(url, mine);
            assertTrue(contains(instance.get("stores"), "deals-store"), "stores of " + instance);
        }
        assertEquals(PARTITIONS, active.size(), "every partition of the ledger has an active instance: " + first);
        assertEquals(PARTITIONS, standby.size(), "every partition of the ledger has a standby: " + first);
        return owners;
    }

    /** True once the survivors' {@code /instances} lists only them, with every ledger partition active. */
    private static boolean rebalancedTo(HttpProbe http, List<String> survivors) throws InterruptedException {
        for (String url : survivors) {
            HttpProbe.Answer answer = http.get(url, "/instances");
            if (!answer.ok() || answer.body().get("instances").size() != survivors.size()
                    || !"RUNNING".equals(answer.body().path("state").asText())) {
                return false;
            }
            Set<Integer> active = new TreeSet<>();
            answer.body().get("instances").forEach(i -> active.addAll(ledgerPartitions(i.get("activePartitions"))));
            if (active.size() != PARTITIONS) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode withoutSelf(JsonNode view) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = view.deepCopy();
        copy.remove("self");
        copy.remove("state");
        copy.withArray("instances").forEach(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("self"));
        return copy;
    }

    /** Partition numbers of the ledger's input (the mentions-by-company repartition topic) in a list of "topic-N". */
    private static Set<Integer> ledgerPartitions(JsonNode names) {
        Set<Integer> result = new TreeSet<>();
        for (JsonNode n : names) {
            String name = n.asText();
            if (name.startsWith(AppIds.AGGREGATOR + "-mentions-by-company-repartition-")) {
                result.add(Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)));
            }
        }
        return result;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ sweeps

    /** One pass of every query over some instances. */
    private static final class Sweep {
        int ok;
        int unavailable;
        final List<String> failures = new ArrayList<>();
        final Set<String> unavailableReasons = new TreeSet<>();
        final Map<String, Long> okAt = new LinkedHashMap<>();
        final Map<String, Integer> forwardedBy = new LinkedHashMap<>();
    }

    /**
     * Asks every instance every query. An answer is fine when it is the baseline's JSON; a 503 with
     * Retry-After is counted as unavailable; anything else (500, 404, another body, no answer) is a failure.
     * A query counts as answered ({@code okAt}) once every instance answered it right in this sweep.
     */
    private static Sweep sweep(HttpProbe http, List<String> urls, List<String> queries, Map<String, JsonNode> baseline)
            throws InterruptedException {
        Sweep s = new Sweep();
        for (String query : queries) {
            int right = 0;
            for (String url : urls) {
                HttpProbe.Answer answer = http.get(url, query);
                if (answer.ok() && answer.body().equals(baseline.get(query))) {
                    right++;
                    s.ok++;
                    if (answer.servedBy() != null && !url.endsWith("//" + answer.servedBy())) {
                        s.forwardedBy.merge(url, 1, Integer::sum);
                    }
                } else if (answer.wellFormedUnavailable()) {
                    s.unavailable++;
                    s.unavailableReasons.add(answer.body().path("message").asText());
                } else {
                    s.failures.add(url + query + " -> " + answer);
                }
            }
            if (right == urls.size()) {
                s.okAt.put(query, System.nanoTime());
            }
        }
        return s;
    }

    /**
     * Waits until one instance answers every query with what the mentions say, and returns those
     * answers: each company, each funded company's valuations, each deal, each investor,
     * and volume statistics by month (funding) and by week (all types).
     */
    private static Map<String, JsonNode> awaitExpectedAnswers(HttpProbe http, String url, List<Company> companies)
            throws InterruptedException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        String problem = "nothing asked yet";
        while (System.nanoTime() < deadline) {
            problem = expectedAnswers(http, url, companies, new LinkedHashMap<>());
            if (problem == null) {
                Map<String, JsonNode> answers = new LinkedHashMap<>();
                if (expectedAnswers(http, url, companies, answers) == null) {
                    return answers;
                }
            }
            Thread.sleep(500); // the ledger is still being built
        }
        return fail("the ledger never matched the mentions within " + START_WAIT + ": " + problem);
    }

    /** Fills {@code answers}; null when everything matched the expectation, else what did not. */
    private static String expectedAnswers(HttpProbe http, String url, List<Company> companies,
                                          Map<String, JsonNode> answers) throws InterruptedException {
        Set<String> parties = new TreeSet<>();
        for (Company c : companies) {
            String path = "/companies/" + HttpProbe.segment(c.name());
            HttpProbe.Answer summary = http.get(url, path);
            if (!summary.ok()) {
                return path + " " + summary;
            }
            JsonNode deals = summary.body().path("deals");
            if (deals.size() != c.dealCount()) {
                return path + " has " + deals.size() + " deals, expected " + c.dealCount();
            }
            double raised = 0;
            for (JsonNode m : summary.body().path("totalRaised")) {
                raised += "USD".equals(m.path("currency").asText()) ? m.path("value").asDouble() : 0;
            }
            if (Math.abs(raised - c.totalRaised()) > 0.5) {
                return path + " raised " + raised + ", expected " + c.totalRaised();
            }
            answers.put(path, summary.body());
            for (JsonNode ref : deals) {
                String dealPath = "/deals/" + HttpProbe.segment(ref.path("id").asText());
                HttpProbe.Answer deal = http.get(url, dealPath);
                if (!deal.ok()) {
                    return dealPath + " " + deal;
                }
                if (deal.body().path("current").asBoolean()) {
                    String problem = checkNewsDeal(c, deal.body());
                    if (problem != null) {
                        return dealPath + ": " + problem;
                    }
                }
                answers.put(dealPath, deal.body());
            }
            if (!c.acquisition()) {
                String valuations = path + "/valuations";
                HttpProbe.Answer v = http.get(url, valuations);
                if (!v.ok() || v.body().path("points").size() != 1
                        || Math.abs(v.body().path("points").get(0).path("valuation").path("value").asDouble() - c.valuation()) > 0.5) {
                    return valuations + " " + v;
                }
                answers.put(valuations, v.body());
                parties.add(c.lead());
                parties.add(c.coInvestor());
            }
        }
        for (String party : parties) {
            String path = "/investors/" + HttpProbe.segment(party);
            HttpProbe.Answer investor = http.get(url, path);
            if (!investor.ok()) {
                return path + " " + investor;
            }
            answers.put(path, investor.body());
        }
        String monthly = "/stats/volume?by=month&type=funding";
        HttpProbe.Answer volume = http.get(url, monthly);
        String expectedVolume = expectedMonthlyFunding(companies).toString();
        if (!volume.ok() || !monthlyCounts(volume.body()).toString().equals(expectedVolume)
                || volume.body().path("undated").asInt() != companies.stream().filter(Company::recall).count()) {
            return monthly + " " + volume + ", expected buckets " + expectedVolume;
        }
        answers.put(monthly, volume.body());
        String weekly = "/stats/volume?by=week&type=all";
        HttpProbe.Answer all = http.get(url, weekly);
        int counted = 0;
        for (JsonNode b : all.ok() ? all.body().path("buckets") : com.fasterxml.jackson.databind.node.MissingNode.getInstance()) {
            counted += b.path("deals").asInt();
        }
        if (counted != companies.size()) {
            return weekly + " counts " + counted + " dated deals, expected " + companies.size() + ": " + all;
        }
        answers.put(weekly, all.body());
        return null;
    }

    private static String checkNewsDeal(Company c, JsonNode deal) {
        if (Math.abs(deal.path("amount").path("value").asDouble() - c.amount()) > 0.5) {
            return "amount " + deal.path("amount") + ", expected " + c.amount();
        }
        if (c.acquisition()) {
            return "completed".equals(deal.path("status").asText()) ? null : "status " + deal.path("status");
        }
        if (!c.round().equals(deal.path("round").asText())) {
            return "round " + deal.path("round");
        }
        JsonNode totals = deal.path("totals");
        if (totals.path("investorCount").asInt() != 2) {
            return "investors " + totals;
        }
        return null;
    }

    private static Map<String, Integer> expectedMonthlyFunding(List<Company> companies) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Company c : companies) {
            if (!c.acquisition()) {
                counts.merge(String.format("%d-%02d", c.announced().getYear(), c.announced().getMonthValue()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> monthlyCounts(JsonNode volume) {
        Map<String, Integer> counts = new TreeMap<>();
        volume.path("buckets").forEach(b -> counts.put(b.path("period").asText(), b.path("deals").asInt()));
        return counts;
    }

    private static boolean companyShows(HttpProbe http, String url, Company c, int deals) throws InterruptedException {
        HttpProbe.Answer answer = http.get(url, "/companies/" + HttpProbe.segment(c.name()));
        return answer.ok() && answer.body().path("deals").size() == deals;
    }

    private static JsonNode awaitCompany(HttpProbe http, String url, Company c, int deals) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_WAIT.toNanos();
        HttpProbe.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = http.get(url, "/companies/" + HttpProbe.segment(c.name()));
            if (last.ok() && last.body().path("deals").size() == deals) {
                return last.body();
            }
            Thread.sleep(200); // the new mention is on its way through the repartition topic
        }
        return fail(c.name() + " never showed " + deals + " deals at " + url + "; last answer " + last);
    }

    // ------------------------------------------------------------------ the story

    /**
     * Thirty companies, every third acquired (announced, then completed 30 days later), the others
     * raising a round (announced with total, valuation and lead; two days later a second article adds
     * a co-investor's share); four of those later recall an earlier seed round (a background deal).
     */
    private static List<Company> companies() {
        List<Company> result = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            String name = WORDS[i % WORDS.length] + " " + SECTORS[i / WORDS.length];
            boolean acquisition = i % 3 == 0;
            double amount = acquisition ? (100 + 10 * i) * 1e6 : (10 + i) * 1e6;
            result.add(new Company(i, name, CompanyNames.key(name), acquisition, amount, amount * 8,
                    acquisition ? ACQUIRERS[i % ACQUIRERS.length] : INVESTORS[i % INVESTORS.length],
                    INVESTORS[(i + 2) % INVESTORS.length], FIRST_DAY.plusDays(11L * i), !acquisition && i % 5 == 0));
        }
        return result;
    }

    private static List<ArticleMentions> mentions(List<Company> companies) {
        List<ArticleMentions> out = new ArrayList<>();
        for (Company c : companies) {
            if (c.acquisition()) {
                out.add(article(c, "deal", 0, new DealMention("acquisition", c.name(),
                        List.of(new Party(c.lead(), Party.ACQUIRER, null)), null, usd(c.amount()), null, "announced",
                        List.of(new Condition("regulatory", "subject to regulatory approval")), List.of(), true,
                        List.of(c.lead() + " agreed to buy " + c.name() + "."))));
                out.add(article(c, "closed", 30, new DealMention("acquisition", c.name(),
                        List.of(new Party(c.lead(), Party.ACQUIRER, null)), null, usd(c.amount()), null, "completed",
                        List.of(), List.of(), true, List.of(c.lead() + " completed its purchase of " + c.name() + "."))));
                continue;
            }
            out.add(article(c, "round", 0, new DealMention("funding", c.name(),
                    List.of(new Party(c.lead(), Party.LEAD_INVESTOR, usd(c.amount() * 0.4))), c.round(), usd(c.amount()),
                    new Valuation(c.valuation(), "USD", "post"), "announced", List.of(), List.of(), true,
                    List.of(c.name() + " raised money led by " + c.lead() + "."))));
            out.add(article(c, "shares", 2, new DealMention("funding", c.name(),
                    List.of(new Party(c.lead(), Party.INVESTOR, null),
                            new Party(c.coInvestor(), Party.INVESTOR, usd(c.amount() * 0.2))),
                    c.round(), null, null, "announced", List.of(), List.of(), true,
                    List.of(c.coInvestor() + " also invested in " + c.name() + "."))));
            if (c.recall()) {
                out.add(article(c, "recap", 10, new DealMention("funding", c.name(),
                        List.of(new Party(INVESTORS[(c.index() + 4) % INVESTORS.length], Party.INVESTOR, null)), "seed",
                        usd(Company.RECALLED_SEED), null, "completed", List.of(), List.of(), false,
                        List.of(c.name() + " raised a seed round in 2023."))));
            }
        }
        return out;
    }

    /** Talks to buy the company: a planned deal, so the volume statistics (announced and completed deals) stay as they were. */
    private static ArticleMentions plannedAcquisition(Company c) {
        return article(c, "talks", 0, new DealMention("acquisition", c.name(),
                List.of(new Party(c.lead(), Party.ACQUIRER, null)), null, usd(c.amount()), null, "planned",
                List.of(), List.of(), true, List.of(c.lead() + " is in talks to buy " + c.name() + ".")));
    }

    /** A company not in the story yet, whose key falls in one of {@code partitions}. */
    private static Company newcomerIn(Set<Integer> partitions, List<Company> existing) {
        for (String word : WORDS) {
            for (String sector : List.of("Mobility", "Materials", "Networks", "Photonics")) {
                String name = word + " " + sector;
                String key = CompanyNames.key(name);
                if (partitions.contains(partitionOf(key)) && existing.stream().noneMatch(c -> c.key().equals(key))) {
                    return new Company(COMPANIES, name, key, true, 77e6, 0, "Kingsway Software", null,
                            FIRST_DAY.plusYears(1), false);
                }
            }
        }
        return fail("no invented name falls in partitions " + partitions);
    }

    private static ArticleMentions article(Company c, String what, int daysLater, DealMention mention) {
        String id = "mi-" + c.key() + "-" + what;
        Instant published = c.announced().plusDays(daysLater).atTime(10, 0).toInstant(ZoneOffset.UTC);
        return new ArticleMentions(id, what + " of " + c.name(), "https://news.example/" + id, published.toString(),
                c.key(), List.of(mention));
    }

    private static Money usd(double value) {
        return Money.of(value, "USD");
    }

    private static void produce(KafkaConnection kafka, List<ArticleMentions> records) {
        try (KafkaProducer<String, ArticleMentions> producer = new KafkaProducer<>(kafka.producer(),
                Topics.DEAL_MENTIONS.keySerde().serializer(), Topics.DEAL_MENTIONS.valueSerde().serializer())) {
            for (ArticleMentions m : records) {
                producer.send(new ProducerRecord<>(Topics.DEAL_MENTIONS.name(), m.companyKey(), m));
            }
            producer.flush();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
