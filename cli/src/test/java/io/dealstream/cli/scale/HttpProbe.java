package io.dealstream.cli.scale;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** GETs JSON from an aggregator instance and keeps what a test needs of the answer. */
final class HttpProbe {

    /** One answer: status, body (null when not JSON), the headers that matter; status -1 when nothing answered. */
    record Answer(int status, JsonNode body, String raw, String retryAfter, String servedBy) {
        boolean ok() {
            return status == 200 && body != null;
        }

        /** A 503 as the API promises it: {@code Retry-After} and a JSON error. */
        boolean wellFormedUnavailable() {
            return status == 503 && retryAfter != null && body != null && body.path("status").asInt() == 503;
        }

        @Override
        public String toString() {
            String text = raw == null ? "" : raw.length() > 300 ? raw.substring(0, 300) + "..." : raw;
            return status + " " + text;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    Answer get(String baseUrl, String path) throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(response.body());
            } catch (IOException e) {
                body = null;
            }
            return new Answer(response.statusCode(), body, response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("X-Dealstream-Served-By").orElse(null));
        } catch (IOException e) {
            return new Answer(-1, null, e.toString(), null, null);
        }
    }

    /** A path segment, percent-encoded (names have spaces, deal ids have colons). */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
