package dk.ddh.hotline.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service's public API as the person using the console: the access token the gateway relayed with this
 * request goes on as the bearer token, so every wall is the service's own. A refusal becomes an {@link ApiProblem}.
 */
@Component
public class HotlineApi {

    private final ServiceApis apis;
    private final JsonMapper json;
    private final RestClient http;

    HotlineApi(ServiceApis apis, JsonMapper json, RestClient.Builder builder) {
        this.apis = apis;
        this.json = json;
        this.http = builder.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
                        .build(HttpClientSettings.defaults()
                                .withConnectTimeout(apis.timeout())
                                .withReadTimeout(apis.timeout())))
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(currentToken());
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                })
                .build();
    }

    public <T> T get(String service, Function<UriBuilder, URI> uri, Class<T> type) {
        return call(() -> http.get().uri(base(service), uri).retrieve().body(type));
    }

    public <T> T post(String service, Function<UriBuilder, URI> uri, Object body, Class<T> type) {
        return call(() -> {
            RestClient.RequestBodySpec request = http.post().uri(base(service), uri);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().body(type);
        });
    }

    public <T> T put(String service, Function<UriBuilder, URI> uri, Object body, Class<T> type) {
        return call(() -> http.put()
                .uri(base(service), uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(type));
    }

    private String base(String service) {
        return apis.of(service).toString();
    }

    private static String currentToken() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("The console calls services only on behalf of a logged-in person");
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new ApiProblem(503, "service-unavailable", unreachable.getMessage(), Map.of());
        }
    }

    private ApiProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Map<String, String> fields = new LinkedHashMap<>();
        String type = "status-" + status;
        String detail = "";
        try {
            JsonNode problem = json.readTree(response.getBody());
            type = slug(problem.path("type").asString(type));
            detail = problem.path("detail").asString("");
            for (JsonNode error : problem.path("errors")) {
                fields.putIfAbsent(
                        error.path("field").asString(""), error.path("message").asString(""));
            }
        } catch (RuntimeException notProblemJson) {
            // A body that is no problem+json (a proxy's error page): the status says enough.
        }
        return new ApiProblem(status, type, detail, fields);
    }

    private static String slug(String type) {
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }
}
