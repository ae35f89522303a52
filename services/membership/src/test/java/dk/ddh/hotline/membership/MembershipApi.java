package dk.ddh.hotline.membership;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running service: sends JSON (a string is sent as it is, so tests can send broken JSON) and
 * hands back status, headers and body whatever the status.
 */
public final class MembershipApi {

    private final RestClient client;

    public MembershipApi(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
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

    /** Registers the member unless a test before has done so (members outlive a test within its class). */
    public void registerMemberIfAbsent(String token, String memberId, String name, String kind) {
        if (get(token, "/api/membership/v1/members/" + memberId).status() == 404) {
            post(token, "/api/membership/v1/members", Map.of("memberId", memberId, "name", name, "kind", kind));
        }
    }

    public Response put(String token, String path, Object body) {
        return send(HttpMethod.PUT, token, path, body, Map.of());
    }

    public Response delete(String token, String path) {
        return send(HttpMethod.DELETE, token, path, null, Map.of());
    }

    private Response send(HttpMethod method, String token, String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
            headers.forEach(h::set);
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
    }
}
