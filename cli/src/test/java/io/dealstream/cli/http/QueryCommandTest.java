package io.dealstream.cli.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dealstream.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `dealstream query` against a stand-in HTTP server: paths, redirects, 503 retries, errors. */
class QueryCommandTest {

    private HttpServer owner;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableAnswers = new AtomicInteger();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void start() throws IOException {
        owner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        owner.createContext("/", ex -> answer(ex, 200, "{\"id\":\"d-1\",\"servedBy\":\"owner\"}"));
        owner.start();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String uri = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            requests.add(uri);
            if (uri.startsWith("/deals/elsewhere")) {
                ex.getResponseHeaders().add("Location", "http://localhost:" + owner.getAddress().getPort() + "/deals/elsewhere");
                answer(ex, 307, "");
            } else if (uri.equals("/health") && unavailableAnswers.getAndDecrement() > 0) {
                ex.getResponseHeaders().add("Retry-After", "1");
                answer(ex, 503, "{\"error\":\"stores are restoring\"}");
            } else if (uri.startsWith("/companies/")) {
                answer(ex, 200, "{\"company\":\"Acme Robotics\",\"deals\":[]}");
            } else if (uri.equals("/health")) {
                answer(ex, 200, "{\"status\":\"UP\"}");
            } else {
                answer(ex, 404, "{\"status\":404,\"error\":\"not_found\",\"message\":\"no deal with id " + uri.substring(uri.lastIndexOf('/') + 1) + "\"}");
            }
        });
        server.start();
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        server.stop(0);
        owner.stop(0);
    }

    private static void answer(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private int query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--url";
        all[args.length + 2] = "http://localhost:" + server.getAddress().getPort();
        return Main.execute(all);
    }

    @Test
    void encodesNamesAndPrintsIndentedJson() {
        assertEquals(0, query("valuations", "Acme Robotics Inc.", "--as-of", "2026-03-01"));
        assertEquals(List.of("/companies/Acme%20Robotics%20Inc./valuations?asOf=2026-03-01"), requests);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"company\" : \"Acme Robotics\""), out.toString());
    }

    @Test
    void apiOptionsWorkBeforeTheSubcommandToo() {
        String url = "http://localhost:" + server.getAddress().getPort();
        assertEquals(0, Main.execute("query", "--url", url, "--compact", "company", "Acme Robotics"));
        assertEquals(List.of("/companies/Acme%20Robotics"), requests);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("{\"company\":\"Acme Robotics\",\"deals\":[]}"), out.toString());
    }

    @Test
    void followsARedirectToTheInstanceThatOwnsTheKey() {
        assertEquals(0, query("deal", "elsewhere"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"servedBy\" : \"owner\""), out.toString());
    }

    @Test
    void waitsOutServiceUnavailableAsRetryAfterSays() {
        unavailableAnswers.set(2);
        assertEquals(0, query("health"));
        assertEquals(3, requests.size(), "two 503 answers, then the 200");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("UP"));
    }

    @Test
    void givesUpOnServiceUnavailableAfterTheWaitWithAMessage() {
        unavailableAnswers.set(100);
        assertEquals(Main.EXIT_USER_ERROR, query("health", "--wait", "0"));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("is not ready yet (503: stores are restoring)"), error);
    }

    @Test
    void anUnknownKeyExitsWithOneAndTheServersMessage() {
        assertEquals(Main.EXIT_USER_ERROR, query("deal", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: 404 no deal with id nope"), err.toString());
    }

    @Test
    void noServerMeansAMessageSayingWhatToDoAndNoStackTrace() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        int code = Main.execute("query", "health", "--url", "http://localhost:" + closedPort);
        assertEquals(Main.EXIT_USER_ERROR, code);
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("no dealstream API answers at http://localhost:" + closedPort + "/"), error);
        assertTrue(error.contains("start `./dealstream local` or pass --url"), error);
        assertFalse(error.contains("\tat "), "no stack trace: " + error);
    }

    @Test
    void aBadAsOfIsRejectedBeforeAnyRequest() {
        assertEquals(Main.EXIT_USER_ERROR, query("valuations", "Acme", "--as-of", "last tuesday"));
        assertTrue(requests.isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--as-of must be a date or time"), err.toString());
    }
}
