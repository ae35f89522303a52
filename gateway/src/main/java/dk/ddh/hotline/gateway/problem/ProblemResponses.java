package dk.ddh.hotline.gateway.problem;

import dk.ddh.hotline.webrules.problem.ProblemTypes;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 {@code application/problem+json} answers for everything the gateway itself refuses, with a stable
 * {@code type} per error.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(
            ServerWebExchange exchange, HttpStatusCode status, String slug, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = body(
                status, slug, title, detail, exchange.getRequest().getPath().value());
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The problem document itself; {@code instance} (the request's path) is left out when null. */
    byte[] body(HttpStatusCode status, String slug, String title, String detail, String instance) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", ProblemTypes.of(slug).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        return json.writeValueAsBytes(problem);
    }
}
