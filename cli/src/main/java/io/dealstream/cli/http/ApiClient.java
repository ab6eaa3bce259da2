package io.dealstream.cli.http;

import io.dealstream.cli.UserError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A client of dealstream's HTTP API. It follows redirects (an aggregator instance may redirect to
 * the instance that owns a key) and waits out {@code 503 Retry-After} answers up to a deadline,
 * since stores are not queryable for a few seconds after start or during a rebalance.
 */
public final class ApiClient {

    /** An answer of the API: its status and body. */
    public record Response(int status, String body) {
    }

    private static final long DEFAULT_RETRY_AFTER_MS = 1000;
    private static final long MAX_RETRY_AFTER_MS = 5000;

    private final URI base;
    private final HttpClient http;
    private final Duration requestTimeout;

    public ApiClient(String baseUrl, Duration requestTimeout) {
        this.base = parseBase(baseUrl);
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    public URI base() {
        return base;
    }

    /** One path segment, percent-encoded ("Acme Robotics" becomes "Acme%20Robotics"). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * GETs {@code pathAndQuery} (already encoded), retrying 503 answers as their {@code Retry-After}
     * says until {@code waitFor} has passed; then returns the last answer, whatever its status.
     */
    public Response get(String pathAndQuery, Duration waitFor) {
        URI uri = base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
        long deadline = System.nanoTime() + waitFor.toNanos();
        while (true) {
            HttpResponse<String> response = send(uri);
            if (response.statusCode() != 503 || System.nanoTime() >= deadline) {
                return new Response(response.statusCode(), response.body());
            }
            long pause = Math.min(retryAfterMillis(response), Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
            sleep(pause);
        }
    }

    private HttpResponse<String> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new UserError(notRunningMessage(base), e);
        } catch (HttpTimeoutException e) {
            throw new UserError("the dealstream API at " + base + " did not answer within "
                    + requestTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new UserError("cannot reach the dealstream API at " + base + ": " + e.getMessage()
                    + " - start `./dealstream local` or pass --url", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted", e);
        }
    }

    public static String notRunningMessage(URI base) {
        return "no dealstream API answers at " + base + " - start `./dealstream local` or pass --url";
    }

    private static long retryAfterMillis(HttpResponse<?> response) {
        OptionalLong seconds = response.headers().firstValueAsLong("Retry-After");
        long ms = seconds.isPresent() ? seconds.getAsLong() * 1000 : DEFAULT_RETRY_AFTER_MS;
        return Math.max(100, Math.min(ms, MAX_RETRY_AFTER_MS));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis); // backoff between 503 answers, as the server's Retry-After asks
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted", e);
        }
    }

    private static URI parseBase(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UserError("--url must be an http(s) URL such as http://localhost:8080, not '" + baseUrl + "'", e);
        }
    }
}
