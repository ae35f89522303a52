package dk.ddh.hotline.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP/1.1 against a running application, for every test of the platform: JSON bodies (a {@code String} is sent
 * as it is, so a test can send broken JSON), a bearer token or none, any extra headers, any method; the answer whatever
 * its status, redirects not followed. Paths are relative to the base given, already encoded.
 */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;

    private TestHttp(String base) {
        this.base = base;
    }

    /** Requests to {@code base} followed by the path, e.g. {@code http://localhost:8081/api/guides/v1}. */
    public static TestHttp at(String base) {
        return new TestHttp(base);
    }

    /** Requests to {@code http://localhost:<port>} followed by the path. */
    public static TestHttp onPort(int port) {
        return at("http://localhost:" + port);
    }

    public Response get(String token, String path) {
        return send("GET", token, path, null, Map.of());
    }

    public Response post(String token, String path, Object body) {
        return send("POST", token, path, body, Map.of());
    }

    public Response post(String token, String path, Object body, Map<String, String> headers) {
        return send("POST", token, path, body, headers);
    }

    public Response put(String token, String path, Object body) {
        return send("PUT", token, path, body, Map.of());
    }

    public Response delete(String token, String path) {
        return send("DELETE", token, path, null, Map.of());
    }

    public Response send(String method, String token, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, publisher(body));
        try {
            return new Response(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * No body for null; a {@code String} or {@code byte[]} as it is (broken JSON, a body of a given size); a publisher
     * as it streams (without a length, so chunked); anything else as JSON.
     */
    private static HttpRequest.BodyPublisher publisher(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof HttpRequest.BodyPublisher publisher) {
            return publisher;
        }
        if (body instanceof byte[] bytes) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        return HttpRequest.BodyPublishers.ofString(
                body instanceof String text ? text : JsonMapper.shared().writeValueAsString(body));
    }

    /** An answer: status, headers, and the body as text and (when there is one) as JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        /** The body as JSON, or null when there is none. */
        public JsonNode body() {
            return raw.body().isBlank() ? null : JsonMapper.shared().readTree(raw.body());
        }

        public String text() {
            return raw.body();
        }

        /** The first value of the header, or null. */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The {@code Location} header resolved against the request, or null. */
        public URI location() {
            String location = header("Location");
            return location == null ? null : raw.uri().resolve(location);
        }

        /** The problem type's slug, e.g. {@code reviewer-is-author}. */
        public String problem() {
            String type = body().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** The texts of a JSON array field of the body. */
        public List<String> texts(String field) {
            List<String> texts = new ArrayList<>();
            body().path(field).forEach(node -> texts.add(node.asString()));
            return texts;
        }
    }
}
