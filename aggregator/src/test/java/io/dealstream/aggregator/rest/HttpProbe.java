package io.dealstream.aggregator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.dealstream.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small HTTP client; {@link #raw} sends bytes as written, for requests no client library would send. */
public final class HttpProbe {
    private final int port;
    private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    public HttpProbe(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() throws IOException {
            return Json.MAPPER.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            String ct = header("Content-Type");
            return ct == null ? null : ct.split(";")[0].strip();
        }
    }

    public Response get(String path) throws IOException, InterruptedException {
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    public Response raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            // The server may answer (414, 431) and close before it has read a huge request, so the
            // request is written beside the read: a write that fails then is expected, and what
            // the server sent before closing is still read.
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(bytes);
                    out.flush();
                } catch (IOException expectedWhenTheServerClosesEarly) {
                    // the answer is read below
                }
            }, "http-probe-writer");
            writer.setDaemon(true);
            writer.start();
            String text = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf("\r\n\r\n");
            String head = text.substring(0, headerEnd);
            String body = text.substring(headerEnd + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            int status = Integer.parseInt(head.split(" ")[1]);
            java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip()));
                }
            }
            return new Response(status, java.net.http.HttpHeaders.of(headers, (a, b) -> true), body);
        }
    }

    /** Everything the server sent; a reset after an answer has arrived ends the read, it does not fail it. */
    private static byte[] readUntilClosed(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            if (received.size() == 0) {
                throw reset;
            }
        }
        return received.toByteArray();
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int lineEnd = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
