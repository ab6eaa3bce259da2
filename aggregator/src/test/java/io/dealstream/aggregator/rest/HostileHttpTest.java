package io.dealstream.aggregator.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.aggregator.CompanyResolver;
import io.dealstream.aggregator.state.CompanySummary;
import io.dealstream.aggregator.state.ValuationHistory;
import io.dealstream.model.Json;
import io.dealstream.model.Money;
import io.dealstream.model.Stores;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the HTTP API: malformed paths and percent-escapes, traversal in names,
 * oversized query strings and headers, unknown routes and methods, bad parameters, broken request
 * lines. Every answer must be a 4xx with a JSON error body ({@code status}, {@code error},
 * {@code message}) and no trace of Java internals; the stores must not be asked about nonsense.
 */
class HostileHttpTest {

    private static final String DEAL_ID = "openai:funding:20260224:0a1b2c3d";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private LedgerApi api;
    private HttpProbe http;

    @BeforeEach
    void start() {
        api = new LedgerApi(CompanyResolver.none(), () -> "localhost:1");
        api.attach(ledger, ledger);
        http = new HttpProbe(api.start("localhost", 0));
        ledger.put(Stores.DEALS, DEAL_ID, LedgerApiTest.deal(DEAL_ID, "openai", "2026-02-24T14:00:00Z", 110e9));
        ledger.put(Stores.COMPANIES, "openai", new CompanySummary("openai", "OpenAI", null, null, List.of(), List.of(),
                null, List.of(Money.of(110e9, "USD")), 3, null, null));
        ledger.put(Stores.VALUATIONS, "openai", new ValuationHistory("openai", "OpenAI", List.of()));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void malformedPercentEscapesAndEncodingsAre400Json() throws Exception {
        for (String path : List.of("/deals/%ZZ", "/companies/%", "/companies/abc%2", "/companies/%G1%",
                "/companies/%E0%A4%A", "/companies/%C0%AF", "/companies/%FF%FE", "/companies/%ED%A0%80")) {
            assertJsonError(raw("GET " + path), 400, 400, path);
        }
    }

    @Test
    void controlCharactersAndOverlongNamesAre400JsonAndNeverReachTheStores() throws Exception {
        for (String path : List.of("/companies/open%00ai", "/companies/%0d%0aSet-Cookie:%20x=1", "/deals/a%1Bb",
                "/companies/" + "a".repeat(LedgerApi.MAX_NAME_LENGTH + 1), "/investors/%7F",
                "/companies/%20%20", "/companies/Inc.", "/investors/%2C%2E%3B")) {
            HttpProbe.Response r = http.get(path);
            assertJsonError(r, 400, 400, path);
        }
        assertTrue(ledger.asked.isEmpty(), "bad names never reach the stores: " + ledger.asked);
    }

    @Test
    void pathTraversalInNamesIsAnOrdinaryUnknownNameOrRefused() throws Exception {
        for (String path : List.of("/companies/..%2F..%2Fetc%2Fpasswd", "/companies/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/companies/..%5C..%5Cwindows%5Cwin.ini", "/deals/..%2F..%2Fetc%2Fpasswd", "/companies/%2e%2e",
                "/investors/....%2F%2F....%2F%2Fetc", "/companies/etc%2Fpasswd/valuations")) {
            HttpProbe.Response r = raw("GET " + path);
            assertJsonError(r, 400, 404, path);
            assertFalse(r.body().contains("root:"), path + " leaked a file");
        }
        for (String path : List.of("/companies/../../etc/passwd", "/deals/../../../etc/passwd", "/../../etc/passwd",
                "/companies/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd", "/companies/openai/../../../etc/passwd")) {
            HttpProbe.Response r = raw("GET " + path);
            assertJsonError(r, 400, 404, path);
            assertFalse(r.body().contains("root:"), path + " leaked a file");
        }
    }

    @Test
    void hugeQueryStringsAndHeadersAreRefusedWithJson() throws Exception {
        assertJsonError(http.get("/companies/openai/valuations?asOf=" + "9".repeat(7_000)), 400, 414, "7 KB asOf");
        assertJsonError(http.get("/health?" + "a=b&".repeat(20_000)), 414, 414, "80 KB query");
        assertJsonError(raw("GET /companies/openai?" + "x".repeat(300_000)), 414, 414, "300 KB request line");
        StringBuilder manyHeaders = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            manyHeaders.append("X-H").append(i).append(": v\r\n");
        }
        HttpProbe.Response r = http.raw("GET /health HTTP/1.1\r\nHost: x\r\n" + manyHeaders + "Connection: close\r\n\r\n");
        assertJsonError(r, 431, 431, "2,000 headers");
    }

    @Test
    void badParametersAre400WithTheirOwnMessage() throws Exception {
        for (String asOf : List.of("yesterday", "2026-13-45", "2026-02-30", "%00", "2026-02-24T25:00:00Z",
                "+999999999999-01-01", "-1", "1e309", "NaN", "%27%20OR%201=1--", "%3Cscript%3E")) {
            HttpProbe.Response r = http.get("/companies/openai/valuations?asOf=" + asOf);
            assertJsonError(r, 400, 400, "asOf=" + asOf);
            assertTrue(r.json().get("message").asText().contains("asOf"), r.body());
        }
        HttpProbe.Response emptyAsOf = http.get("/companies/openai/valuations?asOf=");
        assertJsonError(emptyAsOf, 400, 400, "asOf=");
        for (String query : List.of("by=year", "by=", "type=lottery", "by=%00", "type=" + "x".repeat(500))) {
            assertJsonError(http.get("/stats/volume?" + query), 400, 400, query);
        }
        for (String query : List.of("partition=-1", "partition=abc", "partition=99999999999999")) {
            assertJsonError(http.get("/internal/stores/deals-store/" + DEAL_ID + "?" + query), 400, 400, query);
        }
        assertJsonError(http.get("/internal/volume?partitions=1,,x"), 400, 400, "partitions=1,,x");
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() throws Exception {
        for (String path : List.of("/admin", "/deals", "/companies", "/companies/openai/valuations/2026",
                "/internal", "/internal/stores/deals-store", "/.env", "/WEB-INF/web.xml", "/%2e%2e/%2e%2e/")) {
            assertJsonError(raw("GET " + path), 400, 404, path);
        }
        assertJsonError(http.get("/internal/stores/no-such-store/x"), 404, 404, "unknown store");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
            HttpProbe.Response r = http.raw(method + " /deals/" + DEAL_ID + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            assertJsonError(r, 400, 405, method);
        }
    }

    @Test
    void brokenRequestLinesAndHeadersAreJsonErrors() throws Exception {
        List<String> requests = List.of(
                "GET /health HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\nConnection: close\r\n\r\n",
                "GET /he alth HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n",
                "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n");
        for (String request : requests) {
            HttpProbe.Response r = http.raw(request);
            assertJsonError(r, 400, 505, request.lines().findFirst().orElse(""));
        }
    }

    @Test
    void theApiStillAnswersAfterTheAbuse() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(raw("GET /companies/%ZZ" + i).status());
        }
        assertTrue(statuses.stream().allMatch(s -> s == 400), statuses.toString());
        HttpProbe.Response ok = http.get("/deals/" + DEAL_ID);
        assertEquals(200, ok.status());
        assertEquals(DEAL_ID, ok.json().get("id").asText());
    }

    private HttpProbe.Response raw(String requestLine) throws IOException {
        return http.raw(requestLine + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    }

    /** A 4xx (or 505) between {@code low} and {@code high} with a JSON error body free of Java internals. */
    private static void assertJsonError(HttpProbe.Response r, int low, int high, String what) throws IOException {
        assertTrue(r.status() >= low && r.status() <= high, what + ": status " + r.status() + " " + r.body());
        assertEquals("application/json", r.contentType(), what + ": content type of " + r.body());
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertEquals(r.status(), body.path("status").asInt(), what + ": " + r.body());
        assertFalse(body.path("error").asText().isBlank(), what + ": " + r.body());
        assertFalse(body.path("message").asText().isBlank(), what + ": " + r.body());
        for (String internal : List.of("Exception", "at io.", "at org.", "java.", "jetty", "javalin")) {
            assertFalse(r.body().contains(internal), what + " leaks '" + internal + "': " + r.body());
        }
    }
}
