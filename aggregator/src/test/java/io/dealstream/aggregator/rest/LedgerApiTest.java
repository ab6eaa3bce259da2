package io.dealstream.aggregator.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Deal;
import io.dealstream.model.Json;
import io.dealstream.model.Money;
import io.dealstream.model.SourceRef;
import io.dealstream.model.Stores;
import io.dealstream.model.Valuation;
import io.dealstream.model.ValuationPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer over an in-memory ledger: status codes, JSON errors, parameters, name resolution. */
class LedgerApiTest {

    private static final String DEAL_ID = "openai:funding:20260224:0a1b2c3d";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private LedgerApi api;
    private HttpProbe http;

    @BeforeEach
    void start() {
        CompanyResolver resolver = CompanyResolver.parse(List.of("AWS = Amazon Web Services"), "test");
        api = new LedgerApi(resolver, () -> "localhost:1");
        api.attach(ledger, ledger);
        http = new HttpProbe(api.start("localhost", 0));
        ledger.put(Stores.DEALS, DEAL_ID, deal(DEAL_ID, "openai", "2026-02-24T14:00:00Z", 110e9));
        ledger.put(Stores.COMPANIES, "openai", new CompanySummary("openai", "OpenAI", null, null, List.of(), List.of(),
                null, List.of(Money.of(110e9, "USD")), 3, null, null));
        ledger.put(Stores.COMPANIES, "amazon-web-services", new CompanySummary("amazon-web-services",
                "Amazon Web Services", null, null, List.of(), List.of(), null, List.of(), 1, null, null));
        ledger.put(Stores.VALUATIONS, "openai", new ValuationHistory("openai", "OpenAI", List.of(
                point("2025-03-31T00:00:00Z", 300e9, "a-2025"), point("2026-02-24T14:00:00Z", 840e9, "a-2026"))));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void aKnownDealIsServedAsJsonWithTheInstanceThatAnswered() throws Exception {
        HttpProbe.Response r = http.get("/deals/" + DEAL_ID);
        assertEquals(200, r.status());
        assertEquals("application/json", r.contentType());
        assertEquals(DEAL_ID, r.json().get("id").asText());
        assertEquals(110e9, r.json().at("/amount/value").asDouble());
        assertEquals("localhost:1", r.header(LedgerApi.SERVED_BY_HEADER));
    }

    @Test
    void anAnswerFromAnotherInstanceNamesThatInstance() throws Exception {
        ledger.remoteHost.put(Stores.DEALS + "/" + DEAL_ID, "10.0.0.7:8080");
        HttpProbe.Response r = http.get("/deals/" + DEAL_ID);
        assertEquals(200, r.status());
        assertEquals("10.0.0.7:8080", r.header(LedgerApi.SERVED_BY_HEADER));
    }

    @Test
    void unknownKeysAre404WithAJsonMessage() throws Exception {
        HttpProbe.Response deal = http.get("/deals/openai:funding:20990101:ffffffff");
        assertEquals(404, deal.status());
        assertEquals("not_found", deal.json().get("error").asText());
        assertEquals(404, deal.json().get("status").asInt());
        assertEquals(404, http.get("/companies/Nonexistent%20Corp").status());
        assertEquals(404, http.get("/investors/Nobody").status());
    }

    @Test
    void notFoundMessagesNameWhatTheUserTypedAndTheKeyItWasLookedUpBy() throws Exception {
        String company = http.get("/companies/Nonexistent%20Corp").json().get("message").asText();
        assertTrue(company.contains("'Nonexistent Corp'") && company.contains("'nonexistent'"), company);
        String valuations = http.get("/companies/Nonexistent%20Corp/valuations").json().get("message").asText();
        assertTrue(valuations.contains("no valuations known for company 'Nonexistent Corp'"), valuations);
        String investor = http.get("/investors/Nobody%20Capital%20LLC").json().get("message").asText();
        assertTrue(investor.contains("investor 'Nobody Capital LLC'"), investor);
    }

    @Test
    void companyNamesResolveLikeArticleNames() throws Exception {
        assertEquals("OpenAI", http.get("/companies/OpenAI").json().get("name").asText());
        assertEquals("OpenAI", http.get("/companies/OpenAI,%20Inc.").json().get("name").asText());
        assertEquals("Amazon Web Services", http.get("/companies/AWS").json().get("name").asText());
        assertTrue(ledger.asked.contains(Stores.COMPANIES + "/amazon-web-services"), ledger.asked.toString());
    }

    @Test
    void badParametersAre400AndNeverReachTheStores() throws Exception {
        for (String path : List.of("/deals/not-a-deal-id", "/companies/Inc.", "/companies/%20",
                "/companies/openai/valuations?asOf=yesterday", "/companies/openai/valuations?asOf=2026-13-45",
                "/stats/volume?by=year", "/stats/volume?type=charity", "/investors/" + "x".repeat(201),
                "/companies/open%00ai", "/internal/stores/deals-store/x?partition=-1",
                "/internal/volume?partitions=1,two")) {
            ledger.asked.clear();
            HttpProbe.Response r = http.get(path);
            assertEquals(400, r.status(), path + " → " + r.body());
            assertEquals("bad_request", r.json().get("error").asText(), path);
            assertFalse(r.json().get("message").asText().isBlank(), path);
            assertEquals(List.of(), ledger.asked, path);
        }
    }

    @Test
    void unavailableStoresAre503WithRetryAfter() throws Exception {
        ledger.unavailableReason = "restoring partition 3";
        for (String path : List.of("/deals/" + DEAL_ID, "/companies/openai", "/companies/openai/valuations",
                "/investors/softbank", "/stats/volume")) {
            HttpProbe.Response r = http.get(path);
            assertEquals(503, r.status(), path);
            assertEquals("2", r.header("Retry-After"), path);
            assertTrue(r.json().get("message").asText().contains("restoring partition 3"), path);
        }
    }

    @Test
    void beforeTheStreamsAreAttachedEveryDataRouteIs503AndHealthSaysStarting() throws Exception {
        LedgerApi starting = new LedgerApi(CompanyResolver.none(), () -> "localhost:2");
        HttpProbe early = new HttpProbe(starting.start("localhost", 0));
        try {
            HttpProbe.Response health = early.get("/health");
            assertEquals(503, health.status());
            assertEquals("starting", health.json().get("status").asText());
            assertEquals("1", health.header("Retry-After"));
            assertEquals(503, early.get("/deals/" + DEAL_ID).status());
            assertEquals(503, early.get("/internal/stores/deals-store/x").status());
            assertEquals(400, early.get("/stats/volume?by=fortnight").status(), "bad input is still 400");
        } finally {
            starting.stop();
        }
    }

    @Test
    void healthFollowsTheStreamsState() throws Exception {
        assertEquals(200, http.get("/health").status());
        ledger.health = new Health(Health.DOWN, "ERROR");
        HttpProbe.Response down = http.get("/health");
        assertEquals(503, down.status());
        assertEquals("ERROR", down.json().get("state").asText());
    }

    @Test
    void valuationsAsOfADateOrInstant() throws Exception {
        assertEquals(2, http.get("/companies/openai/valuations").json().get("points").size());
        HttpProbe.Response onDay = http.get("/companies/openai/valuations?asOf=2026-02-24");
        assertEquals(200, onDay.status());
        assertEquals(840e9, onDay.json().at("/valuation/valuation/value").asDouble(), "a date means the end of that day");
        HttpProbe.Response instant = http.get("/companies/openai/valuations?asOf=2026-02-24T13:00:00Z");
        assertEquals(300e9, instant.json().at("/valuation/valuation/value").asDouble());
        assertEquals("a-2025", instant.json().at("/valuation/source/articleId").asText());
        assertEquals(300e9, http.get("/companies/openai/valuations?asOf=2026-02-24T15:00:00%2B02:00")
                .json().at("/valuation/valuation/value").asDouble(), "offsets count");
        HttpProbe.Response before = http.get("/companies/openai/valuations?asOf=2020-01-01");
        assertEquals(404, before.status());
        assertTrue(before.json().get("message").asText().contains("OpenAI"), before.body());
    }

    @Test
    void volumeBucketsDealsByFirstReport() throws Exception {
        ledger.put(Stores.DEALS, "grab:funding:20170725:00000000", deal("grab:funding:20170725:00000000", "grab",
                "2017-07-25T00:00:00Z", 2e9));
        ledger.put(Stores.DEALS, "grab:funding:20170801:00000000", deal("grab:funding:20170801:00000000", "grab",
                "2017-07-31T00:00:00Z", 1e9));
        JsonNode byMonth = http.get("/stats/volume").json();
        assertEquals("month", byMonth.get("by").asText());
        assertEquals("2017-07", byMonth.at("/buckets/0/period").asText());
        assertEquals(2, byMonth.at("/buckets/0/deals").asInt());
        assertEquals(3e9, byMonth.at("/buckets/0/amounts/0/value").asDouble());
        JsonNode byWeek = http.get("/stats/volume?by=week").json();
        assertEquals(List.of("2017-W30", "2017-W31", "2026-W09"),
                List.of(byWeek.at("/buckets/0/period").asText(), byWeek.at("/buckets/1/period").asText(),
                        byWeek.at("/buckets/2/period").asText()));
        assertEquals(3, http.get("/stats/volume?by=DAY&type=all").json().get("buckets").size());
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
        HttpProbe.Response route = http.get("/no/such/route");
        assertEquals(404, route.status());
        assertEquals("not_found", route.json().get("error").asText());
        assertTrue(route.json().get("message").asText().contains("GET /deals/{id}"), route.body());

        HttpProbe.Response post = http.raw("POST /deals/" + DEAL_ID + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
        assertEquals(405, post.status(), post.body());
        assertEquals("method_not_allowed", post.json().get("error").asText());
    }

    @Test
    void malformedAndOversizedRequestsAreJsonErrorsWithoutStackTraces() throws Exception {
        HttpProbe.Response escape = http.raw("GET /deals/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(400, escape.status(), escape.body());
        assertNotNull(escape.json().get("message"));

        HttpProbe.Response longUri = http.get("/companies/openai?q=" + "x".repeat(20_000));
        assertEquals(414, longUri.status(), longUri.body());
        assertEquals("uri_too_long", longUri.json().get("error").asText());

        HttpProbe.Response hugeHeader = http.raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, hugeHeader.status(), hugeHeader.body());
        assertEquals("application/json", hugeHeader.contentType());

        ledger.failure = new IllegalStateException("secret internal detail");
        HttpProbe.Response failed = http.get("/deals/" + DEAL_ID);
        assertEquals(500, failed.status());
        assertEquals("internal_error", failed.json().get("error").asText());
        assertFalse(failed.body().contains("secret internal detail"), failed.body());
        assertFalse(failed.body().contains("at io.dealstream"), failed.body());
    }

    @Test
    void internalRoutesReadOnlyThisInstance() throws Exception {
        HttpProbe.Response value = http.get("/internal/stores/deals-store/" + DEAL_ID + "?partition=3&stale=true");
        assertEquals(200, value.status());
        assertEquals(DEAL_ID, value.json().get("id").asText());
        assertTrue(ledger.asked.contains("local/deals-store/" + DEAL_ID + "/3/true"), ledger.asked.toString());
        HttpProbe.Response volume = http.get("/internal/volume?by=day&partitions=0,2");
        assertEquals(200, volume.status());
        assertTrue(ledger.asked.contains("localVolume/[0, 2]/false"), ledger.asked.toString());
    }

    @Test
    void instancesAreListed() throws Exception {
        JsonNode instances = http.get("/instances").json();
        assertEquals("localhost:1", instances.get("self").asText());
        assertEquals(1, instances.get("instances").size());
    }

    @Test
    void theApiBindsToLocalhostOnlyByDefault() throws Exception {
        assertEquals("localhost", new io.dealstream.aggregator.AggregatorService(new java.util.Properties(), null, 0)
                .httpHost(), "no host given binds to localhost, not to every interface");
        java.net.InetAddress external = null;
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    external = address;
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no non-loopback address");
        try (Socket s = new Socket()) {
            java.net.InetSocketAddress target = new java.net.InetSocketAddress(external, http.port());
            org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> s.connect(target, 2_000),
                    "the API bound to localhost must not accept connections on " + external);
        }
    }

    static Deal deal(String id, String company, String reported, double amount) {
        return new Deal(id, company, "funding", company, List.of(), null, Money.of(amount, "USD"), null, "announced",
                List.of(), List.of(), true, null, List.of(), List.of(), reported, reported, reported, null);
    }

    private static ValuationPoint point(String published, double value, String article) {
        return new ValuationPoint("openai", "OpenAI", new Valuation(value, "USD", "post"), published, "d",
                new SourceRef(article, published, null, null, null), true);
    }
}
