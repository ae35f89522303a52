package dk.ddh.hotline.gateway.ratelimit;

import dk.ddh.hotline.gateway.problem.ProblemResponses;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits API calls per client. Runs after Spring Security (order -100), so the token is already validated and
 * requests refused with 401 never reach a service nor use up a client's tokens.
 */
@Component
@Order(0)
class RateLimitWebFilter implements WebFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final ClientBuckets buckets;
    private final ProblemResponses problems;

    RateLimitWebFilter(ClientBuckets buckets, ProblemResponses problems) {
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(authentication -> {
                    ConsumptionProbe probe = buckets.tryConsume(ClientKey.of(authentication, exchange));
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set(REMAINING, Long.toString(probe.getRemainingTokens()));
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfterSeconds =
                            Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
                    return problems.write(
                            exchange,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "Too many requests",
                            "This client has used up its request allowance. Retry after " + retryAfterSeconds
                                    + " seconds.");
                });
    }
}
