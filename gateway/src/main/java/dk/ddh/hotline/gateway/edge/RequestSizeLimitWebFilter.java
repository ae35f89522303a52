package dk.ddh.hotline.gateway.edge;

import dk.ddh.hotline.gateway.problem.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code hotline.gateway.max-request-size} with 413: at once when Content-Length says
 * so, and while streaming for chunked bodies that carry no length.
 */
@Component
@Order(1) // after Spring Security, so the refusal carries the security headers
class RequestSizeLimitWebFilter implements WebFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimitWebFilter(EdgeProperties edge, ProblemResponses problems) {
        this.maxBytes = edge.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(
                    exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(request)).build());
    }

    private String tooLarge() {
        return "The request body is larger than the " + maxBytes + " bytes allowed.";
    }

    private final class LimitedBody extends ServerHttpRequestDecorator {

        LimitedBody(ServerHttpRequest request) {
            super(request);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            var received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge()));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
