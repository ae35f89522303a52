package dk.ddh.hotline.gateway.problem;

import dk.ddh.hotline.webrules.problem.ProblemTypes;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the gateway's edge into problem+json, never a stack trace: an unreachable service
 * is 503, a slow one 504, any other failed exchange with a service 502.
 */
@Component
@Order(-2) // before Boot's default handler
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof CallNotPermittedException || causedBy(error, ConnectException.class)) {
            return problems.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "Service unavailable",
                    "The service behind this path cannot be reached right now. Try again later.");
        }
        if (causedBy(error, BulkheadFullException.class)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return problems.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-busy",
                    "Service busy",
                    "The service behind this path has as many calls in progress as it takes. Try again in a second.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return problems.write(
                    exchange,
                    HttpStatus.GATEWAY_TIMEOUT,
                    "gateway-timeout",
                    "Gateway timeout",
                    "The service behind this path did not answer in time.");
        }
        if (error instanceof ResponseStatusException statusError) {
            return problems.write(
                    exchange,
                    statusError.getStatusCode(),
                    ProblemTypes.slugFor(statusError.getStatusCode()),
                    title(statusError.getStatusCode()),
                    statusError.getReason());
        }
        if (causedBy(error, IOException.class)) {
            log.warn(
                    "Exchange with service failed for {}", exchange.getRequest().getPath(), error);
            return problems.write(
                    exchange,
                    HttpStatus.BAD_GATEWAY,
                    "bad-gateway",
                    "Bad gateway",
                    "The service behind this path failed to answer properly.");
        }
        log.error("Unexpected error for {}", exchange.getRequest().getPath(), error);
        return problems.write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The gateway failed to handle the request.");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String title(HttpStatusCode status) {
        return status instanceof HttpStatus known ? known.getReasonPhrase() : "HTTP " + status.value();
    }
}
