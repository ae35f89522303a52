package dk.ddh.hotline.guides;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running service (paths below {@value #API}, already encoded): sends JSON (a string is sent as it is, so tests can send broken JSON) and
 * hands back status, headers and body whatever the status.
 */
public final class GuidesApi {

    public static final String API = "/api/guides/v1";

    private final RestClient client = RestClient.create();
    private final String base;

    public GuidesApi(int port) {
        this.base = "http://localhost:" + port + API;
    }

    public Response get(String token, String path) {
        return send(HttpMethod.GET, token, path, null, Map.of());
    }

    public Response post(String token, String path, Object body) {
        return send(HttpMethod.POST, token, path, body, Map.of());
    }

    public Response post(String token, String path, Object body, Map<String, String> headers) {
        return send(HttpMethod.POST, token, path, body, headers);
    }

    public Response put(String token, String path, Object body) {
        return send(HttpMethod.PUT, token, path, body, Map.of());
    }

    public Response delete(String token, String path) {
        return send(HttpMethod.DELETE, token, path, null, Map.of());
    }

    private Response send(HttpMethod method, String token, String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method)
                .uri(URI.create(base + path))
                .headers(h -> {
                    headers.forEach(h::set);
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .body(
                            body instanceof String json
                                    ? json
                                    : JsonMapper.shared().writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            String text = StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8);
            JsonNode json = text.isBlank() ? null : JsonMapper.shared().readTree(text);
            return new Response(res.getStatusCode().value(), res.getHeaders(), json);
        });
    }

    public record Response(int status, HttpHeaders headers, JsonNode body) {

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.toString();
        }

        /** The problem type's slug, e.g. {@code reviewer-is-author}. */
        public String problem() {
            String type = body.path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        public List<String> texts(String field) {
            List<String> texts = new ArrayList<>();
            body.path(field).forEach(node -> texts.add(node.asString()));
            return texts;
        }
    }
}
